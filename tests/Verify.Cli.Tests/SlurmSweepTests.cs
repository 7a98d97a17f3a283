using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// The Slurm scripts on a real single-node cluster started on this machine (scripts/slurm/cluster.sh, as root):
/// submit.sh runs a plan as a 4-task job array and a merge job after it, and the merged store equals an unsharded
/// `verify sweep` of the same plan, row for row of `verify export --format csv` apart from the columns that vary
/// between runs. The plumbing (each shard i/N run once, the merge given every shard store) is checked on its own with
/// a stand-in for verify, so a failure says whether the scripts or the sweep broke.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SlurmSweepTests
{
    private static readonly TimeSpan ClusterPatience = TimeSpan.FromMinutes(10);   // may install the Debian packages
    private static readonly TimeSpan SweepPatience = TimeSpan.FromMinutes(3);
    private static readonly string[] VaryingColumns = ["elapsed_seconds", "allocated_bytes", "finished_at", "host"];

    // 4 cells for a 4-task array, so every shard has work (an empty shard is covered by the unit tests)
    private const string Plan = """{"name":"slurm-test","theorem":"du2019","grid":{"n":[4,6],"m":[100,1000],"seeds":2}}""";

    private static readonly string Repository = FindRepository();
    private static readonly string Scripts = Path.Combine(Repository, "scripts", "slurm");

    private string _slurmConf = "";
    private bool _clusterWasRunning;
    private string _directory = "";

    [OneTimeSetUp]
    public void StartCluster()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("The Slurm integration test runs on Linux (Debian) only.");
        }
        if (!IsRoot())
        {
            Assert.Fail("The Slurm integration test starts a single-node cluster (munged, slurmctld, slurmd) and must run as root "
                + "(scripts/test.sh does on CI); run it as root, or start the cluster yourself with sudo scripts/slurm/cluster.sh up.");
        }
        _clusterWasRunning = RunScript("cluster.sh", ["status"], new Dictionary<string, string>(), ClusterPatience).Code == 0;
        var up = RunScript("cluster.sh", ["up"], new Dictionary<string, string>(), ClusterPatience);
        if (up.Code != 0)
        {
            // NUnit does not promise the one-time teardown after a failed one-time setup: stop what did start.
            StopCluster();
            Assert.Fail($"scripts/slurm/cluster.sh up failed (it installs slurmctld slurmd slurm-client munge with apt-get when missing):\n{up.Output}{up.Error}");
        }
        var environment = RunScript("cluster.sh", ["env"], new Dictionary<string, string>(), ClusterPatience);
        _slurmConf = environment.Output.Trim().Replace("export SLURM_CONF=", "", StringComparison.Ordinal);
        Assert.That(File.Exists(_slurmConf), Is.True, $"cluster.sh env names the cluster's slurm.conf: {environment.Output}");
    }

    [OneTimeTearDown]
    public void StopCluster()
    {
        // A cluster someone had running before the test is left running.
        if (OperatingSystem.IsLinux() && IsRoot() && !_clusterWasRunning)
        {
            var down = RunScript("cluster.sh", ["down"], new Dictionary<string, string>(), ClusterPatience);
            Assert.That(down.Code, Is.Zero, $"scripts/slurm/cluster.sh down:\n{down.Output}{down.Error}");
        }
    }

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-slurm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
        else if (Directory.Exists(_directory))
        {
            TestContext.Out.WriteLine($"kept for inspection: {_directory}");
        }
    }

    [Test]
    public void SubmitWithAStandInVerify_RunsEveryShardOnceThenMergesThemAll()
    {
        string standIn = Path.Combine(_directory, "stand-in.sh");
        // Records its arguments; `sweep` creates the store it is given, `merge` concatenates its stores into --store.
        File.WriteAllText(standIn, """
            #!/usr/bin/env bash
            set -euo pipefail
            command=$1; shift
            case $command in
                sweep) while [[ $# -gt 0 ]]; do case $1 in --shard) shard=$2; shift 2 ;; --store) store=$2; shift 2 ;; *) shift ;; esac; done
                       echo "shard $shard" >"$store" ;;
                merge) stores=(); while [[ $# -gt 0 ]]; do case $1 in --store) into=$2; shift 2 ;; --out) out=$2; shift 2 ;; *) stores+=("$1"); shift ;; esac; done
                       cat "${stores[@]}" >"$into"; mkdir -p "$out" ;;
            esac
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        string plan = WritePlan();
        string stores = Path.Combine(_directory, "stores");

        var stopwatch = Stopwatch.StartNew();
        var submit = RunScript("submit.sh", [plan, "4", "--store-dir", stores, "--wait"], SlurmEnvironment($"bash {standIn}"), SweepPatience);
        TestContext.Out.WriteLine($"submit.sh with the stand-in: {stopwatch.Elapsed.TotalSeconds:F1} s\n{submit.Output}{submit.Error}");

        Assert.That(submit.Code, Is.Zero, $"submit.sh --wait exit code\n{submit.Output}{submit.Error}{Logs(stores)}");
        Assert.That(File.ReadAllLines(Path.Combine(stores, "all.db")), Is.EqualTo(new[] { "shard 0/4", "shard 1/4", "shard 2/4", "shard 3/4" }),
            $"the merge job got every shard's store, in order{Logs(stores)}");
    }

    [Test]
    public void SweepAsA4TaskArrayThenMerged_EqualsTheUnshardedSweep()
    {
        string plan = WritePlan();
        string stores = Path.Combine(_directory, "stores");
        string verify = Path.Combine(AppContext.BaseDirectory, "verify.dll");
        Assert.That(File.Exists(verify), Is.True, $"the built CLI next to the tests: {verify}");

        var stopwatch = Stopwatch.StartNew();
        var submit = RunScript("submit.sh", [plan, "4", "--store-dir", stores, "--out", Path.Combine(_directory, "report"), "--wait"],
            SlurmEnvironment($"dotnet {verify}"), SweepPatience);
        TestContext.Out.WriteLine($"submit.sh (4 shards and the merge): {stopwatch.Elapsed.TotalSeconds:F1} s\n{submit.Output}{submit.Error}");
        stopwatch.Restart();
        var unsharded = CliProcess.Run(new Dictionary<string, string>(), "sweep", plan, "--store", Path.Combine(_directory, "unsharded.db"),
            "--out", Path.Combine(_directory, "unsharded"), "--quiet");
        TestContext.Out.WriteLine($"verify sweep unsharded: {stopwatch.Elapsed.TotalSeconds:F1} s");

        Assert.That(unsharded.Code, Is.AnyOf(0, 1), $"verify sweep (unsharded):\n{unsharded.Output}{unsharded.Error}");
        Assert.That(submit.Code, Is.EqualTo(unsharded.Code), $"submit.sh --wait ends with the merge's code, as the unsharded sweep's\n{submit.Output}{submit.Error}{Logs(stores)}");
        Assert.That(File.Exists(Path.Combine(_directory, "report", "index.html")), Is.True, $"the merge job wrote the report{Logs(stores)}");

        for (int shard = 0; shard < 4; shard++)
        {
            using var store = Verify.Store.SweepStore.OpenExisting(Path.Combine(stores, $"shard-{shard}.db"));
            Assert.That(store.Finished(), Has.Count.EqualTo(2), $"shard {shard} ran its cell's 2 instances{Logs(stores)}");
        }
        var sharded = Export(Path.Combine(stores, "all.db"));
        var whole = Export(Path.Combine(_directory, "unsharded.db"));
        Assert.That(sharded.Header, Is.EqualTo(whole.Header), "the same columns");
        Assert.That(whole.Rows, Is.Not.Empty, "the unsharded store has rows");
        Assert.That(sharded.Rows, Is.EqualTo(whole.Rows), "the merged shards' rows equal the unsharded run's, apart from " + string.Join(", ", VaryingColumns));
    }

    /// <summary>`verify export STORE --format csv`, the varying columns dropped and the rows sorted (stores may hold instances in any order).</summary>
    private (IReadOnlyList<string> Header, IReadOnlyList<string> Rows) Export(string store)
    {
        string csv = Path.ChangeExtension(store, ".csv");
        var export = CliProcess.Run(new Dictionary<string, string>(), "export", store, "--format", "csv", "--output", csv);
        Assert.That(export.Code, Is.Zero, $"verify export {store}:\n{export.Output}{export.Error}");
        var records = Csv.Parse(File.ReadAllText(csv));
        Assert.That(records, Is.Not.Empty, $"{csv} has a header");
        var header = records[0];
        foreach (string column in VaryingColumns)
        {
            Assert.That(header, Does.Contain(column), $"{csv}'s header names the varying column {column}");
        }
        var kept = Enumerable.Range(0, header.Count).Where(i => !VaryingColumns.Contains(header[i])).ToList();
        var rows = records.Skip(1)
            .Select(record =>
            {
                Assert.That(record, Has.Count.EqualTo(header.Count), $"{csv}: a row with as many fields as the header");
                return string.Join('\u001f', kept.Select(i => record[i]));
            })
            .Order(StringComparer.Ordinal).ToList();
        return ([.. kept.Select(i => header[i])], rows);
    }

    private string WritePlan()
    {
        string plan = Path.Combine(_directory, "plan.json");
        File.WriteAllText(plan, Plan);
        return plan;
    }

    private Dictionary<string, string> SlurmEnvironment(string verify) => new() { ["SLURM_CONF"] = _slurmConf, ["VERIFY"] = verify };

    /// <summary>The job logs under the store directory, for a failure message.</summary>
    private static string Logs(string stores)
    {
        string logs = Path.Combine(stores, "logs");
        if (!Directory.Exists(logs))
        {
            return "";
        }
        var text = new StringBuilder("\njob logs:");
        foreach (string file in Directory.GetFiles(logs).Order(StringComparer.Ordinal))
        {
            text.Append("\n--- ").Append(Path.GetFileName(file)).Append('\n').Append(File.ReadAllText(file));
        }
        return text.ToString();
    }

    private static (int Code, string Output, string Error) RunScript(string script, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan patience) =>
        CliProcess.Execute("bash", [Path.Combine(Scripts, script), .. args], environment, patience, Repository);

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Verify.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no Verify.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>Whether this process's effective user is root (Linux: the second field of Uid: in /proc/self/status).</summary>
    private static bool IsRoot()
    {
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return line is not null && line["Uid:".Length..].Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0";
    }

    /// <summary>RFC 4180 records: fields separated by commas, quoted when they hold a comma, quote or line break.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            bool quoted = false, any = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                    continue;
                }
                switch (c)
                {
                    case '"':
                        quoted = true;
                        any = true;
                        break;
                    case ',':
                        record.Add(field.ToString());
                        field.Clear();
                        any = true;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        record.Add(field.ToString());
                        records.Add(record);
                        record = [];
                        field.Clear();
                        any = false;
                        break;
                    default:
                        field.Append(c);
                        any = true;
                        break;
                }
            }
            if (any || field.Length > 0)
            {
                record.Add(field.ToString());
                records.Add(record);
            }
            return records;
        }
    }
}

using System.Text.Json.Nodes;
using NUnit.Framework;
using Verify.Core;
using Verify.Theorems;

namespace Verify.Cli.Tests;

/// <summary>What a run records for its reproduction (report.json) and where it writes by default.</summary>
public sealed class RunRecordTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-record-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static readonly Func<TheoremServices, IReadOnlyList<ITheorem>> Catalog = _ =>
        [new CliTheorem("holds", () => Evidence.Compare(1, Relation.LessOrEqual, 2))];

    private JsonNode Run(params string[] args)
    {
        string output = Path.Combine(_directory, "out");
        Assert.That(VerifyCli.Run([.. args, "--out", output], new StringWriter(), new StringWriter(), CancellationToken.None, Catalog), Is.EqualTo(0));
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };

    [Test]
    public void ReportJson_RecordsSchemaCommandLineOptionsVersionAndResources()
    {
        var report = Run("run", "holds", "--backend", "managed", "--quick", "--seed", "11", "--jobs", "1");

        Assert.That(report["schemaVersion"]!.GetValue<int>(), Is.EqualTo(ReportJson.CurrentSchemaVersion));
        var invocation = report["invocation"]!;
        string output = Path.Combine(_directory, "out");
        Assert.That(invocation["commandLine"]!.GetValue<string>(), Is.EqualTo($"verify run holds --backend managed --quick --seed 11 --jobs 1 --out {output}"));
        Assert.That(invocation["options"]!["quick"]!.GetValue<bool>(), Is.True);
        Assert.That(invocation["options"]!["masterSeed"]!.GetValue<ulong>(), Is.EqualTo(11UL));
        Assert.That(invocation["options"]!["jobs"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(invocation["backend"]!.GetValue<string>(), Is.EqualTo("managed"));
        Assert.That(report["environment"]!["toolVersion"]!.GetValue<string>(), Is.Not.Empty.And.Not.Contain("+"));
        Assert.That(report["peakWorkingSetBytes"]!.GetValue<long>(), Is.GreaterThan(0));
        var resources = report["theorems"]![0]!["instances"]![0]!["resources"]!;
        Assert.That(resources["wallSeconds"]!.GetValue<double>(), Is.GreaterThan(0));
    }

    [Test]
    public void ReportJson_OfARealCheck_HasAsciiKeysOnly()
    {
        string setup = Path.Combine(AppContext.BaseDirectory, "Du2019", "examples", "antiparallel", "setup.json");
        string output = Path.Combine(_directory, "check");
        VerifyCli.Run(["check", setup, "--out", output], new StringWriter(), new StringWriter());
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;

        var keys = Keys(report).Distinct().ToList();
        Assert.That(keys, Does.Contain("key").And.Contain("schemaVersion"));
        Assert.That(keys.Where(k => !k.All(char.IsAscii)), Is.Empty);
        var parameters = report["theorems"]!.AsArray().SelectMany(t => t!["instances"]!.AsArray()).SelectMany(i => i!["parameters"]!.AsArray()).ToList();
        Assert.That(parameters.Select(p => p!["key"]!.GetValue<string>()).Where(k => !k.All(char.IsAscii)), Is.Empty);
        Assert.That(parameters.Select(p => p!["key"]!.GetValue<string>()), Does.Contain("lambda0").And.Contain("eta"));
    }

    [Test]
    public void DefaultFolder_HasTheTheoremAndTheTime_AndLatestFollowsTheLastRun()
    {
        var started = new DateTimeOffset(2026, 12, 3, 15, 44, 0, TimeSpan.Zero);
        string first = LatestReport.Folder("du2019", started, _directory);
        Assert.That(first, Is.EqualTo(Path.Combine(_directory, "du2019-20261203-154400")));
        Directory.CreateDirectory(first);
        string second = LatestReport.Folder("du2019", started, _directory);
        Assert.That(second, Is.EqualTo(first + "-2"), "a second run in the same second gets its own folder");

        var report = new RunReport(new EnvironmentInfo("b", "v", null, 1, "z3", "os", "cpu", "rt", "c", 1, started, []), []);
        string latest = Path.Combine(_directory, LatestReport.Name);
        LatestReport.Point(report, first, CancellationToken.None);
        Assert.That(new DirectoryInfo(latest).LinkTarget, Is.EqualTo("du2019-20261203-154400"));
        Directory.CreateDirectory(second);
        LatestReport.Point(report, second, CancellationToken.None);
        Assert.That(new DirectoryInfo(latest).LinkTarget, Is.EqualTo("du2019-20261203-154400-2"));
    }

    [Test]
    public void Latest_ThatIsARealFolder_GetsACopy()
    {
        var report = new RunReport(new EnvironmentInfo("b", "v", null, 1, "z3", "os", "cpu", "rt", "c", 1, DateTimeOffset.UnixEpoch, []), []);
        string latest = Path.Combine(_directory, LatestReport.Name);
        Directory.CreateDirectory(latest);
        string folder = Path.Combine(_directory, "t-19700101-000000");
        Directory.CreateDirectory(folder);

        LatestReport.Point(report, folder, CancellationToken.None);

        Assert.That(new DirectoryInfo(latest).LinkTarget, Is.Null);
        Assert.That(File.Exists(Path.Combine(latest, "report.json")), Is.True);
    }

    [Test]
    [Category("Slow")]
    public void RealQuickRun_PageParsesAsHtml5_AndJsonKeysAreAscii()
    {
        string output = Path.Combine(_directory, "du2019");
        int code = VerifyCli.Run(["run", "du2019", "--quick", "--instance", "0", "--out", output], new StringWriter(), new StringWriter());

        Assert.That(code, Is.EqualTo(0));
        Assert.That(HtmlValidity.ParseErrors(File.ReadAllText(Path.Combine(output, "index.html"))), Is.Empty);
        var keys = Keys(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))).Distinct();
        Assert.That(keys.Where(k => !k.All(char.IsAscii)), Is.Empty);
    }

    [Test]
    public void RunPage_ParsesAsHtml5_AndShowsTheCommandAndWhatEachInstanceCost()
    {
        Run("run", "holds", "--backend", "managed");
        string html = File.ReadAllText(Path.Combine(_directory, "out", "index.html"));

        Assert.That(HtmlValidity.ParseErrors(html), Is.Empty);
        Assert.That(html, Does.Contain("<tr><th>Command</th><td>verify run holds --backend managed --out "));
        Assert.That(html, Does.Match(@" · [0-9]+\.[0-9] s, [0-9]+ MB allocated</span>"));
    }
}

using System.Diagnostics;
using NUnit.Framework;
using Verify.Store;

namespace Verify.Cli.Tests;

/// <summary>
/// `verify sweep`, `merge`, `export` end to end on a small du2019 grid: bad plans refused with every problem, a killed
/// sweep resumed without loss or duplicates, shards merged into exactly the unsharded run's results.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SweepTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("verify-sweep-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>8 cells × 2 seeds of du2019 at n = 4, 6 and small widths: about 0.1 s an instance.</summary>
    private string Plan(string name = "tiny", string grid = "\"n\": [4, 6], \"m\": [50, 100, 200, 400], \"seeds\": 2")
    {
        string path = PathOf($"{name}.json");
        File.WriteAllText(path, $$"""{ "name": "{{name}}", "theorem": "du2019", "grid": { {{grid}} } }""");
        return path;
    }

    private static (int Code, string Output, string Error) Verify(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = VerifyCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The store's rows without the columns that vary between runs (timing, host).</summary>
    private static List<string> Results(string store)
    {
        using var opened = SweepStore.OpenExisting(store);
        return [.. StoreExport.Rows(opened).Select(r => (r with { ElapsedSeconds = 0, AllocatedBytes = null, FinishedAt = "", Host = "" }).ToString())];
    }

    [Test]
    public void ABadPlan_IsRefusedWithEveryProblem_BeforeAnyWork()
    {
        string path = PathOf("bad.json");
        File.WriteAllText(path, """{ "name": "bad name", "theorem": "du2019", "grid": { "n": [0, 4, 4], "width": [10], "seeds": 0 }, "extra": 1 }""");

        var (code, _, error) = Verify("sweep", path, "--out", PathOf("out"));

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), error);
        Assert.That(error, Does.Contain("$.name").And.Contain("$.grid.n[0]").And.Contain("$.grid.n[2]: 4 is listed twice")
            .And.Contain("$.grid.width: unknown parameter").And.Contain("$.grid.seeds").And.Contain("$.extra: unknown field"));
        Assert.That(Directory.Exists(PathOf("out")), Is.False, "nothing was run");
    }

    [Test]
    public void ACellThatCannotFit_IsRefusedNamingTheCell()
    {
        var (code, _, error) = Verify("sweep", Plan("huge", "\"n\": [4], \"m\": [100, 1e12]"), "--out", PathOf("out"));

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), error);
        Assert.That(error, Does.Contain("cell n=4,m=1000000000000").And.Not.Contain("cell n=4,m=100:"));
    }

    [Test]
    public void Shards_MergeIntoExactlyTheUnshardedRunsResults_AndTheMergedReportIsWritten()
    {
        string plan = Plan();
        Assert.That(Verify("sweep", plan, "--out", PathOf("all"), "--quiet").Code, Is.EqualTo(ExitCodes.Ok));
        var shards = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            shards.Add(PathOf($"shard{i}.db"));
            var (code, output, error) = Verify("sweep", plan, "--shard", $"{i}/3", "--store", shards[^1], "--out", PathOf($"out{i}"), "--quiet");
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain($"shard {i}/3"));
        }

        var merged = Verify(["merge", .. shards, "--store", PathOf("merged.db"), "--out", PathOf("merged")]);

        Assert.That(merged.Code, Is.EqualTo(ExitCodes.Ok), merged.Error);
        Assert.That(Results(PathOf("merged.db")), Is.EqualTo(Results(PathOf("all.db"))), "instance by instance");
        Assert.That(Results(PathOf("all.db")), Is.Not.Empty);
        Assert.That(File.ReadAllText(PathOf("merged/index.html")), Does.Contain("Phase diagrams: m × n").And.Contain("Required vs observed m"));
        BrowserTests.AssertRendersCleanly(PathOf("merged/index.html"), "sweep");
        var report = Core.ReportJson.Deserialize(File.ReadAllText(PathOf("merged/report.json"))).Theorems.Single();
        Assert.That(report.Scenarios.Select(c => c.Id).Take(4), Is.EqualTo(new[] { "n=4,m=50", "n=4,m=100", "n=4,m=200", "n=4,m=400" }), "cells in the grid's order");
        Assert.That(File.ReadAllText(PathOf("merged/index.html")), Does.Not.Contain("{Html."), "no unformatted template text");
        var instances = report.Instances;
        static bool Drawn(Core.InstanceReport i) => i.Hypotheses.Concat(i.Conclusions).Concat(i.Invariants).Any(c => c.Figure is not null);
        Assert.That(instances.Where(i => i.Index == 0).All(Drawn), Is.True, "instance 0 of each cell keeps its figures");
        Assert.That(instances.Where(i => i.Index > 0).Any(Drawn), Is.False, "the others keep values only: the page stays small");
        var export = Verify("export", PathOf("merged.db"), "--format", "csv");
        Assert.That(export.Code, Is.EqualTo(ExitCodes.Ok), export.Error);
        Assert.That(File.ReadLines(PathOf("merged.csv")).First(), Does.StartWith("plan,theorem,cell,index,seed"));
    }

    [Test]
    public void Report_OverStoresOfTwoTheorems_HasBothSections_AndTheGapTableAcrossThem()
    {
        File.WriteAllText(PathOf("base.json"), """
            { "name": "base", "data": { "generator": "unit-sphere", "n": 4, "d": 4, "seed": 1, "labels": "uniform", "labelBound": 0.5 },
              "model": { "architecture": "two-layer-relu", "width": 100, "init": { "seed": 1 } },
              "training": { "learningRate": 0.001, "steps": 50 }, "delta": 0.1 }
            """);
        File.WriteAllText(PathOf("thm31.json"), """{ "name": "thm31", "theorem": "du2019-thm31", "setup": "base.json", "grid": { "n": [4, 6], "m": [50, 100] } }""");
        Assert.That(Verify("sweep", Plan("du", "\"n\": [4, 6], \"m\": [50, 100]"), "--store", PathOf("du.db"), "--out", PathOf("o1"), "--quiet").Code, Is.EqualTo(ExitCodes.Ok));
        var thm31 = Verify("sweep", PathOf("thm31.json"), "--store", PathOf("thm31.db"), "--out", PathOf("o2"), "--quiet");
        Assert.That(thm31.Code, Is.EqualTo(ExitCodes.Ok), thm31.Error);

        var (code, _, error) = Verify("report", PathOf("du.db"), PathOf("thm31.db"), "--out", PathOf("both"));

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        string html = File.ReadAllText(PathOf("both/index.html"));
        Assert.That(html, Does.Contain("id=\"du2019-phase\"").And.Contain("id=\"du2019-thm31-phase\"").And.Contain("Required vs observed m"));
        Assert.That(Verify("report", PathOf("du.db"), PathOf("du.db"), "--out", PathOf("twice")).Code, Is.EqualTo(ExitCodes.Usage), "two stores of one theorem");
    }

    [Test]
    public void Merge_RefusesAStoreOfAnotherPlan()
    {
        Verify("sweep", Plan("one", "\"n\": [4], \"m\": [50]"), "--store", PathOf("one.db"), "--out", PathOf("o1"), "--quiet");
        Verify("sweep", Plan("two", "\"n\": [4], \"m\": [50]"), "--store", PathOf("two.db"), "--out", PathOf("o2"), "--quiet");

        var (code, _, error) = Verify("merge", PathOf("one.db"), PathOf("two.db"), "--store", PathOf("both.db"));

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("another plan").And.Contain("nothing was merged"));
    }

    [Test]
    public void AKilledSweep_ResumesWithoutLossOrDuplicates_AndEqualsAnUninterruptedRun()
    {
        string plan = Plan();
        string store = PathOf("killed.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "verify.dll"), "sweep", plan, "--store", store, "--out", PathOf("killed") })
        {
            start.ArgumentList.Add(argument);
        }
        int before;
        using (var process = Process.Start(start)!)
        {
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            before = 0;
            while (before < 3 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
                before = File.Exists(store) ? Count(store) : 0;
            }
            Assert.That(process.HasExited, Is.False, "the sweep finished before it could be killed: make the plan larger");
            process.Kill(entireProcessTree: true); // SIGKILL: no handler runs
            process.WaitForExit();
        }
        int kept = Count(store);
        Assert.That(kept, Is.GreaterThanOrEqualTo(before).And.LessThan(16), "what was committed survived the kill");

        var (code, output, error) = Verify("sweep", plan, "--store", store, "--out", PathOf("killed"), "--quiet");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain($"{kept} instances already in"), "the rerun skips what was stored");
        Verify("sweep", plan, "--store", PathOf("whole.db"), "--out", PathOf("whole"), "--quiet");

        Assert.That(Count(store), Is.EqualTo(16));
        Assert.That(Results(store), Is.EqualTo(Results(PathOf("whole.db"))));
    }

    private static int Count(string store)
    {
        try
        {
            using var opened = SweepStore.OpenExisting(store);
            return opened.Finished().Count;
        }
        catch (StoreException)
        {
            return 0; // created but not yet initialised
        }
    }
}

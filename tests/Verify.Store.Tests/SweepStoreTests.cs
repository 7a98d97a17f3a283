using NUnit.Framework;
using Verify.Core;

namespace Verify.Store.Tests;

public sealed class SweepStoreTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("verify-store-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static readonly StorePlan Plan = new("f00dfeed00112233", "du-phase", "du2019", "{\"name\":\"du-phase\"}", "1.0.0");

    private static readonly EnvironmentInfo Environment = new("managed", "1", null, 1, "4.8", "Linux", "cpu", ".NET", "abc", 1, DateTimeOffset.UnixEpoch, []);

    private static StoredInstance Instance(string cell, int index, double value = 0.5) =>
        new(cell, index, "du2019",
            new InstanceReport(cell, index, (ulong)(1000 + index), index % 2 == 0, index % 2 == 0 ? Verdict.Pass : Verdict.BeyondScope,
                [Parameter.Number("m", 100), Parameter.TextOnly("note", "x")],
                [new CheckReport("h", Tier.Instance, "s", "Lemma 1", Provenance.Verified, value, Relation.LessOrEqual, 1, 0.5, Verdict.Pass, null, null)],
                [], [], null),
            0.25, 1024, "host", DateTimeOffset.UnixEpoch.AddSeconds(index));

    [Test]
    public void AppendedInstances_ReadBackEqual_AndAreListedAsFinished()
    {
        using (var store = SweepStore.OpenFor(PathOf("a.db"), Plan))
        {
            long run = store.BeginRun(Environment);
            store.Append(Instance("m=100", 1), run);
            store.Append(Instance("m=100", 0), run);
        }

        using var reopened = SweepStore.OpenFor(PathOf("a.db"), Plan);
        Assert.That(reopened.Finished(), Is.EquivalentTo(new[] { ("m=100", 0), ("m=100", 1) }));
        var instances = reopened.Instances();
        Assert.That(instances.Select(i => i.Index), Is.EqualTo(new[] { 0, 1 }), "(cell, index) order");
        Assert.That(ReportJson.SerializeCompact(instances[1].Report), Is.EqualTo(ReportJson.SerializeCompact(Instance("m=100", 1).Report with { Resources = new InstanceResources(0.25, 1024) })));
        Assert.That(instances[1].ElapsedSeconds, Is.EqualTo(0.25));
        Assert.That(reopened.Runs().Values.Single().GitCommit, Is.EqualTo("abc"));
    }

    [Test]
    public void ADuplicateInstance_IsRefused_NotStoredTwice()
    {
        using var store = SweepStore.OpenFor(PathOf("a.db"), Plan);
        long run = store.BeginRun(Environment);
        store.Append(Instance("m=100", 0), run);

        Assert.That(() => store.Append(Instance("m=100", 0), run), Throws.InstanceOf<StoreException>());
        Assert.That(store.Instances(), Has.Count.EqualTo(1));
    }

    [Test]
    public void AStoreOfAnotherPlanOrVersion_IsRefused()
    {
        SweepStore.OpenFor(PathOf("a.db"), Plan).Dispose();

        Assert.That(() => SweepStore.OpenFor(PathOf("a.db"), Plan with { Fingerprint = "0123456789abcdef" }),
            Throws.InstanceOf<StoreException>().With.Message.Contains("another plan"));
        Assert.That(() => SweepStore.OpenFor(PathOf("a.db"), Plan with { ToolVersion = "2.0.0" }),
            Throws.InstanceOf<StoreException>().With.Message.Contains("not 2.0.0"));
        File.WriteAllText(PathOf("not.db"), "hello");
        Assert.That(() => SweepStore.OpenExisting(PathOf("not.db")), Throws.InstanceOf<StoreException>());
        Assert.That(() => SweepStore.OpenFor(PathOf("not.db"), Plan), Throws.InstanceOf<StoreException>());
        Assert.That(() => SweepStore.OpenExisting(PathOf("absent.db")), Throws.InstanceOf<StoreException>().With.Message.Contains("no such store"));
    }

    [Test]
    public void Merge_JoinsShards_InstanceByInstance_AndSkipsIdenticalDuplicates()
    {
        Write("s0.db", Instance("m=100", 0), Instance("m=1000", 1));
        Write("s1.db", Instance("m=100", 1), Instance("m=1000", 0), Instance("m=100", 0));
        Write("all.db", Instance("m=100", 0), Instance("m=100", 1), Instance("m=1000", 0), Instance("m=1000", 1));

        int added = SweepStore.Merge([PathOf("s0.db"), PathOf("s1.db")], PathOf("merged.db"));

        Assert.That(added, Is.EqualTo(4));
        Assert.That(Contents("merged.db"), Is.EqualTo(Contents("all.db")));
        using var merged = SweepStore.OpenExisting(PathOf("merged.db"));
        Assert.That(merged.Runs(), Has.Count.EqualTo(2), "each shard's environment kept");
    }

    [Test]
    public void Merge_RefusesConflictingResults_AndStoresOfAnotherPlan_LeavingTheTargetUntouched()
    {
        Write("s0.db", Instance("m=100", 0));
        Write("s1.db", Instance("m=100", 0, value: 0.75));
        using (var other = SweepStore.OpenFor(PathOf("other.db"), Plan with { Fingerprint = "0123456789abcdef", Name = "other" }))
        {
            other.Append(Instance("m=100", 1), other.BeginRun(Environment));
        }

        Assert.That(() => SweepStore.Merge([PathOf("s0.db"), PathOf("s1.db")], PathOf("merged.db")),
            Throws.InstanceOf<StoreException>().With.Message.Contains("differs"));
        Assert.That(File.Exists(PathOf("merged.db")), Is.False, "a refused merge creates nothing");
        Assert.That(() => SweepStore.Merge([PathOf("s0.db"), PathOf("other.db")], PathOf("merged2.db")),
            Throws.InstanceOf<StoreException>().With.Message.Contains("another plan"));
    }

    [Test]
    public void AnErrorInstance_IsRunAgainOnResume_AndItsResultReplacesIt()
    {
        using var store = SweepStore.OpenFor(PathOf("a.db"), Plan);
        long run = store.BeginRun(Environment);
        var failed = Instance("m=100", 0);
        store.Append(failed with { Report = failed.Report with { Verdict = Verdict.Error } }, run);

        Assert.That(store.Finished(), Is.Empty, "an Error is not a result: resume runs it again");
        store.Append(failed, run);
        Assert.That(store.Instances().Single().Report.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(() => store.Append(failed, run), Throws.InstanceOf<StoreException>().With.Message.Contains("already in the store"));
    }

    [Test]
    public void Merge_LeavesItsSourcesUntouched_AndAddsOnlyTheRunsOfAddedInstances()
    {
        Write("s0.db", Instance("m=100", 0));
        byte[] before = File.ReadAllBytes(PathOf("s0.db"));

        SweepStore.Merge([PathOf("s0.db")], PathOf("merged.db"));
        SweepStore.Merge([PathOf("s0.db")], PathOf("merged.db"));

        Assert.That(File.ReadAllBytes(PathOf("s0.db")), Is.EqualTo(before));
        using var merged = SweepStore.OpenExisting(PathOf("merged.db"));
        Assert.That(merged.Runs(), Has.Count.EqualTo(1), "merging again adds no run");
    }

    [Test]
    public void Merge_TheSameResultWithOtherTiming_IsOneInstance()
    {
        Write("s0.db", Instance("m=100", 0));
        var rerun = Instance("m=100", 0) with { ElapsedSeconds = 9 };
        Write("s1.db", rerun with { Report = rerun.Report with { Resources = new InstanceResources(9, 1) } });

        Assert.That(SweepStore.Merge([PathOf("s0.db"), PathOf("s1.db")], PathOf("merged.db")), Is.EqualTo(1));
    }

    [Test]
    public void ExportCsv_OneRowPerParameterAndCheck_QuotedAndRoundTripped()
    {
        Write("a.db", Instance("n=4,m=100", 0, value: 0.1));
        using var store = SweepStore.OpenExisting(PathOf("a.db"));
        var csv = new StringWriter();

        StoreExport.WriteCsv(store, csv);

        string[] lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("plan,theorem,cell,index,seed,instance_verdict,in_scope,kind,id,"));
        Assert.That(lines, Has.Length.EqualTo(1 + 3), "two parameters and one hypothesis");
        Assert.That(lines[1], Does.StartWith("du-phase,du2019,\"n=4,m=100\",0,1000,Pass,true,parameter,m,,,100,"));
        Assert.That(lines[3], Does.Contain(",hypothesis,h,Instance,[V],0.1,≤,1,0.5,Pass,,0.25,1024,"));
        Assert.That(StoreExport.RunDependentColumns.All(c => lines[0].Contains(c, StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void ExportParquet_ReadsBackTheSameRows()
    {
        Write("a.db", Instance("m=100", 0), Instance("m=100", 1));
        using var store = SweepStore.OpenExisting(PathOf("a.db"));
        using var stream = new MemoryStream();

        StoreExport.WriteParquet(store, stream);
        stream.Position = 0;
        var back = Parquet.Serialization.ParquetSerializer.DeserializeAsync<ExportRow>(stream).GetAwaiter().GetResult().Data;

        Assert.That(back, Is.EqualTo(StoreExport.Rows(store)));
    }

    private void Write(string name, params StoredInstance[] instances)
    {
        using var store = SweepStore.OpenFor(PathOf(name), Plan);
        long run = store.BeginRun(Environment);
        foreach (var instance in instances)
        {
            store.Append(instance, run);
        }
    }

    private string[] Contents(string name)
    {
        using var store = SweepStore.OpenExisting(PathOf(name));
        return [.. store.Instances().Select(i => $"{i.Cell}#{i.Index}:{ReportJson.SerializeCompact(i.Report)}")];
    }
}

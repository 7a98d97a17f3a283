using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Setup;
using Verify.Store;
using Verify.Theorems;

namespace Verify.Cli.Tests;

/// <summary>
/// Every theorem of the catalog declares a sweep base (<see cref="ISweepable"/>): a plan without "setup" loads for it, its
/// cells are setups the theorem covers, and a tiny sweep over m runs end to end, each instance of a training theorem
/// reporting a numeric final loss ratio (the sweeps' third phase diagram). du2019-thm31 trains nothing, so it reports none.
/// About 1 s per theorem.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SweepBaseTests
{
    private static readonly ILinearAlgebraBackend Backend = Backends.Load(BackendChoice.Auto);

    private static readonly int[] Widths = [16, 32];

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("verify-sweep-base-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static IReadOnlyList<ITheorem> Catalog() => TheoremCatalog.Create(new TheoremServices(Backend));

    private static IEnumerable<TestCaseData> Theorems() =>
        Catalog().Select(t => new TestCaseData(t.Info.Id).SetName($"SweepBase({t.Info.Id})"));

    /// <summary>A plan of the theorem over m = 16, 32, one seed each, on its declared base.</summary>
    private string Plan(string id)
    {
        string path = Path.Combine(_folder, "plan.json");
        File.WriteAllText(path, $$"""{ "name": "base", "theorem": "{{id}}", "grid": { "m": [{{string.Join(", ", Widths)}}], "seeds": 1 } }""");
        return path;
    }

    [TestCaseSource(nameof(Theorems))]
    public void TheBase_LoadsAsSetupsTheTheoremCovers_AndATinySweepRuns(string id)
    {
        var theorems = Catalog();
        var theorem = theorems.Single(t => t.Info.Id == id);
        Assert.That(theorem, Is.InstanceOf<ISweepable>(), $"{id} declares no sweep base");
        var sweepable = (ISweepable)theorem;
        Assert.That(sweepable.SweepBase.Description, Is.Not.Empty);
        var ids = theorems.Select(t => t.Info.Id).ToList();
        string planPath = Plan(id);

        var plan = SweepPlanLoader.Load(planPath, theorems.ToDictionary(t => t.Info.Id, t => (t as ISweepable)?.SweepBase.Json, StringComparer.Ordinal));
        var cells = SweepPlanLoader.CheckCells(plan, ids);

        Assert.That(cells, Has.Count.EqualTo(Widths.Length));
        foreach (var (cell, _) in cells)
        {
            var setup = SweepCellSetup.Build(plan, cell, 0, ids);
            Assert.That(sweepable.Mismatch(setup.Network, setup.Training), Is.Null, $"cell {cell.Key}");
            Assert.That(setup.Network.Widths[0], Is.EqualTo(int.Parse(cell.Values.Single().Text, System.Globalization.CultureInfo.InvariantCulture)), "m sets the first width");
        }

        var output = new StringWriter();
        var error = new StringWriter();
        string store = Path.Combine(_folder, "out.db");
        int code = VerifyCli.Run(["sweep", planPath, "--out", Path.Combine(_folder, "out"), "--store", store, "--quiet"], output, error);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.Counterexample), $"{output}\n{error}");
        using var opened = SweepStore.OpenExisting(store);
        var rows = StoreExport.Rows(opened);
        Assert.That(rows.Select(r => r.Cell).Distinct(), Is.EquivalentTo(Widths.Select(m => $"m={m}")), "one instance per cell");
        if (!sweepable.TrainsNetwork)
        {
            return; // du2019-thm31 is about the data alone: no run, no loss ratio
        }
        foreach (var group in rows.GroupBy(r => (r.Cell, r.Index)))
        {
            var ratio = group.SingleOrDefault(r => r.Kind == "parameter" && r.Id == AsciiKey.From(Parameter.FinalLossRatio));
            Assert.That(ratio?.Value, Is.Not.Null.And.GreaterThanOrEqualTo(0), $"{group.Key}: a numeric final loss ratio");
        }
    }
}

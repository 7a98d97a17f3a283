using NUnit.Framework;

namespace Verify.Setup.Tests;

/// <summary>Sweep plans: exact cell keys, refused empty grids, and a fingerprint that follows the files the base setup reads.</summary>
public sealed class SweepPlanTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("verify-plan-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static readonly Dictionary<string, string?> Bases = new() { ["toy"] = """{ "name": "base", "data": { "generator": "gaussian", "n": 4, "d": 4, "seed": 1 } }""" };

    private SweepPlan Load(string json)
    {
        string path = Path.Combine(_folder, "plan.json");
        File.WriteAllText(path, json);
        return SweepPlanLoader.Load(path, Bases);
    }

    [Test]
    public void CellKeys_AreExact_SoCloseValuesStayDistinct_FirstAxisSlowest()
    {
        var plan = Load("""{ "name": "p", "theorem": "toy", "grid": { "m": [1234567, 1234568], "eta": [0.0012345671, 0.0012345672] } }""");

        Assert.That(plan.Cells().Select(c => c.Key), Is.EqualTo(new[]
        {
            "m=1234567,eta=0.0012345671", "m=1234567,eta=0.0012345672", "m=1234568,eta=0.0012345671", "m=1234568,eta=0.0012345672",
        }));
        Assert.That(plan.InstanceSeed(plan.Cells()[0], 0), Is.Not.EqualTo(plan.InstanceSeed(plan.Cells()[1], 0)));
        Assert.That(plan.InstanceSeed(plan.Cells()[0], 0), Is.EqualTo(Load(File.ReadAllText(Path.Combine(_folder, "plan.json"))).InstanceSeed(plan.Cells()[0], 0)),
            "a cell's seed depends on the plan, not on the order or the run");
    }

    [TestCase("""{ "name": "p", "theorem": "toy", "grid": {} }""")]
    [TestCase("""{ "name": "p", "theorem": "toy", "grid": { "seeds": 3 } }""")]
    public void AGridWithNothingToSweep_IsRefused(string json)
    {
        Assert.That(() => Load(json), Throws.InstanceOf<SetupException>().With.Message.Contains("no parameter to sweep"));
    }

    [Test]
    public void TheFingerprint_ChangesWhenADataFileOfTheBaseSetupChanges()
    {
        File.WriteAllText(Path.Combine(_folder, "x.csv"), "1,2\n3,4\n");
        File.WriteAllText(Path.Combine(_folder, "base.json"), """{ "name": "b", "data": { "inputs": "x.csv", "targets": "y.csv" }, "training": { "steps": 3 } }""");
        const string json = """{ "name": "p", "theorem": "toy", "setup": "base.json", "grid": { "steps": [1, 2] } }""";
        string before = Load(json).Fingerprint();

        Assert.That(Load(json).Fingerprint(), Is.EqualTo(before), "the same plan and files: the same fingerprint");
        File.WriteAllText(Path.Combine(_folder, "x.csv"), "1,2\n3,5\n");
        Assert.That(Load(json).Fingerprint(), Is.Not.EqualTo(before));
    }
}

using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Setup;

namespace Verify.Setup.Tests;

public sealed class SetupLoaderTests : InTempFolder
{
    private static readonly string[] KnownIds = ["du2019", "nguyen2021"];

    private string Setup(string json) => Folder.Write("my-setup.json", json);

    private IReadOnlyList<SetupProblem> Problems(string json) =>
        Assert.Throws<SetupException>(() => SetupLoader.Load(Setup(json), KnownIds))!.Problems;

    [Test]
    public void CsvFilesWithSeedInit_LoadWithDefaultsAndAbsolutePaths()
    {
        Folder.Write("data/x.csv", "a,b\n0.6,0.8\n1,0\n0,-1\n");
        Folder.Write("data/y.csv", "y\n0.5\n-0.25\n1e-3\n");
        string path = Setup("""
            {
              "data": { "inputs": "data/x.csv", "targets": "data/y.csv" },
              "model": { "architecture": "two-layer-relu", "width": 50, "init": { "seed": 7 } },
              "training": { "learningRate": 0.1, "steps": 200 }
            }
            """);

        var setup = SetupLoader.Load(path, KnownIds);

        var file = setup;
        Assert.That(file.Path, Is.EqualTo(path));
        Assert.That(file.Name, Is.EqualTo("my-setup"));
        Assert.That(file.Theorems, Is.Null);
        Assert.That(file.Delta, Is.EqualTo(0.1));
        Assert.That(file.Data, Is.EqualTo(new FileData(Path.Combine(Folder.Path, "data", "x.csv"), Path.Combine(Folder.Path, "data", "y.csv"))));
        Assert.That(file.Network.Widths, Is.EqualTo(new[] { 50, 1 }), "two-layer-relu is widths [m, 1]");
        Assert.That(file.Network.Activation, Is.EqualTo(ActivationSpec.Relu));
        Assert.That(file.Network.OutputScale, Is.EqualTo(1 / Math.Sqrt(50)));
        Assert.That(file.Init, Is.EqualTo(new SchemeInit(SchemeInit.StandardSignOutput, 7)));
        Assert.That(file.Training.StepSizes, Is.EqualTo(new[] { 0.1, 0 }), "the output layer is frozen");
        Assert.That(file.Training.Steps, Is.EqualTo(200));
        Assert.That(setup.Inputs!.ToArray(), Is.EqualTo(new double[,] { { 0.6, 0.8 }, { 1, 0 }, { 0, -1 } }));
        Assert.That(setup.Targets!.ToArray(), Is.EqualTo(new double[,] { { 0.5 }, { -0.25 }, { 1e-3 } }));
        Assert.That(setup.InitialWeights, Is.Null);
    }

    [Test]
    public void NpyDataWithWeightFiles_AreUsedExactly()
    {
        Folder.Write("x.npy", NpyBytes.Float64([2, 3], fortranOrder: true, 1, 4, 2, 5, 3, 6));
        Folder.Write("y.npy", NpyBytes.Float32([2], fortranOrder: false, 0.1f, -0.7f));
        Folder.Write("w0.csv", "0.25,-0.5,1e-2\n3,2,1\n-1,-2,-3\n0,0,0.125\n");
        Folder.Write("a0.npy", NpyBytes.Float64([4, 1], fortranOrder: false, 1, -1, 1, -1));
        string path = Setup("""
            {
              "name": "weights", "theorems": ["du2019"], "delta": 0.05,
              "data": { "inputs": "x.npy", "targets": "y.npy" },
              "model": { "architecture": "two-layer-relu", "width": 4, "init": { "firstLayer": "w0.csv", "outputLayer": "a0.npy" } },
              "training": { "learningRate": 1e-3, "steps": 1 }
            }
            """);

        var setup = SetupLoader.Load(path, KnownIds);

        Assert.That(setup.Name, Is.EqualTo("weights"));
        Assert.That(setup.Theorems, Is.EqualTo(new[] { "du2019" }));
        Assert.That(setup.Delta, Is.EqualTo(0.05));
        Assert.That(((GivenWeights)setup.Init).Paths, Is.EqualTo(new[] { Path.Combine(Folder.Path, "w0.csv"), Path.Combine(Folder.Path, "a0.npy") }));
        Assert.That(setup.Inputs!.ToArray(), Is.EqualTo(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }));
        Assert.That(setup.Targets!.ToArray(), Is.EqualTo(new double[,] { { 0.1f }, { -0.7f } }));
        Assert.That(setup.InitialWeights![0].ToArray(), Is.EqualTo(new[,] { { 0.25, 3, -1, 0 }, { -0.5, 2, -2, 0 }, { 1e-2, 1, -3, 0.125 } }),
            "W₁ is the first layer transposed (d×m)");
        Assert.That(setup.InitialWeights![1].ToArray(), Is.EqualTo(new double[,] { { 1 }, { -1 }, { 1 }, { -1 } }));
    }

    [Test]
    public void Generator_ReturnsTheValidatedSpecAndNoData()
    {
        string path = Setup("""
            {
              "data": { "generator": "unit-sphere", "n": 4, "d": 3, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": 2000, "init": { "seed": 9007199254740992 } },
              "training": { "learningRate": 0.5, "steps": 2000000 }
            }
            """);

        var setup = SetupLoader.Load(path, KnownIds);

        Assert.That(setup.Data, Is.EqualTo(new GeneratedData("unit-sphere", 4, 3, 1, "gaussian", 1.0)));
        Assert.That(setup.Init, Is.EqualTo(new SchemeInit(SchemeInit.StandardSignOutput, 1UL << 53)));
        Assert.That(setup.Training.Steps, Is.EqualTo(2_000_000));
        Assert.That(setup.Inputs, Is.Null);
        Assert.That(setup.Targets, Is.Null);
    }

    [Test]
    public void SchemaKey_IsAcceptedAndIgnored()
    {
        string path = Setup("""
            { "$schema": "../../schemas/setup.schema.json",
              "data": { "generator": "gaussian", "n": 10, "d": 2, "seed": 0 },
              "model": { "architecture": "two-layer-relu", "width": 8, "init": { "seed": 0 } },
              "training": { "learningRate": 2, "steps": 5 } }
            """);

        Assert.That(SetupLoader.Load(path, KnownIds).Network.Widths[0], Is.EqualTo(8));
    }

    [Test]
    public void SchemaKey_ThatIsNotAString_IsReported()
    {
        var problems = Problems("""
            { "$schema": 3,
              "data": { "generator": "gaussian", "n": 10, "d": 2, "seed": 0 },
              "model": { "architecture": "two-layer-relu", "width": 8, "init": { "seed": 0 } },
              "training": { "learningRate": 2, "steps": 5 } }
            """);

        Assert.That(problems.Single().ToString(), Does.Contain("$[\"$schema\"]").And.Contain("JSON Schema, a string"));
    }

    [Test]
    public void Generator_WithUniformLabels()
    {
        string path = Setup("""
            { "data": { "generator": "gaussian", "n": 10, "d": 2, "seed": 0, "labels": "uniform", "labelBound": 0.5 },
              "model": { "architecture": "two-layer-relu", "width": 1e3, "init": { "seed": 0 } },
              "training": { "learningRate": 2, "steps": 5 } }
            """);

        var setup = SetupLoader.Load(path, KnownIds);

        Assert.That(setup.Data, Is.EqualTo(new GeneratedData("gaussian", 10, 2, 0, "uniform", 0.5)));
        Assert.That(setup.Network.Widths[0], Is.EqualTo(1000));
    }

    [Test]
    public void RelativeSetupPath_GivesAbsolutePathsAndRelativeMessages()
    {
        Folder.Write("x.csv", "1,2\n");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Setup("""
            { "data": { "inputs": "x.csv", "targets": "missing.csv" },
              "model": { "architecture": "two-layer-relu", "width": 1, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """));

        var problem = Assert.Throws<SetupException>(() => SetupLoader.Load(relative, KnownIds))!.Problems.Single();

        Assert.That(problem.File, Is.EqualTo(relative));
        Assert.That(problem.Location, Is.EqualTo("$.data.targets"));
        Assert.That(problem.Message, Does.Contain(Path.Combine(Path.GetDirectoryName(relative)!, "missing.csv"))
            .And.Contain(Path.Combine(Folder.Path, "missing.csv")).And.Contain("does not exist"));
    }

    [Test]
    public void EveryProblemIsReportedTogether()
    {
        var problems = Problems("""
            {
              "theorems": ["du2091"],
              "data": { "inputs": "nope.csv", "targets": 3 },
              "model": { "architecture": "", "widht": 10, "init": { "seed": -1 } },
              "training": { "learningRate": "fast", "steps": 2.5 },
              "delta": 1
            }
            """);

        Assert.That(problems.Select(p => p.Location), Is.EquivalentTo(new[]
        {
            "$.theorems[0]", "$.delta", "$.data.targets", "$.model.widht", "$.model.architecture", "$.model.width",
            "$.model.init.seed", "$.training.learningRate", "$.training.steps", "$.data.inputs",
        }));
        Assert.That(problems.Single(p => p.Location == "$.theorems[0]").Message, Does.Contain("did you mean 'du2019'").And.Contain("known theorems: du2019, nguyen2021"));
        Assert.That(problems.Single(p => p.Location == "$.model.widht").Message, Does.Contain("did you mean 'width'").And.Contain("allowed fields here: architecture, width, init"));
        Assert.That(problems.Single(p => p.Location == "$.model.width").Message, Does.Contain("missing required field"));
        Assert.That(problems.Single(p => p.Location == "$.training.learningRate").Message, Does.Contain("found the string \"fast\""));
        Assert.That(problems.Single(p => p.Location == "$.training.steps").Message, Does.Contain("2.5").And.Contain("not a whole number"));
        Assert.That(problems.All(p => p.File.EndsWith("my-setup.json", StringComparison.Ordinal)));
    }

    [Test]
    public void ExceptionMessage_ListsEveryProblem()
    {
        var e = Assert.Throws<SetupException>(() => SetupLoader.Load(Setup("""{ "name": 1 }"""), KnownIds))!;

        Assert.That(e.Problems, Has.Count.EqualTo(4));
        Assert.That(e.Message, Does.StartWith("The setup has 4 problems:"));
        foreach (var problem in e.Problems)
        {
            Assert.That(e.Message, Does.Contain(problem.ToString()));
        }
    }

    [Test]
    public void JsonSyntaxError_HasLineAndColumn()
    {
        var problem = Problems("{\n  \"name\": \"x\",\n  \"data\" 1\n}").Single();

        Assert.That(problem.Location, Is.EqualTo("line 3, column 10"));
        Assert.That(problem.Message, Does.StartWith("invalid JSON"));
    }

    [Test]
    public void TrailingGarbage_IsReportedAndTheObjectIsStillChecked()
    {
        var problems = Problems("{ \"delta\": 3 }\n\n  oops");

        Assert.That(problems[0].Location, Is.EqualTo("line 3, column 3"));
        Assert.That(problems[0].Message, Does.Contain("\"oops\""));
        Assert.That(problems.Select(p => p.Location), Does.Contain("$.delta").And.Contain("$.model"));
    }

    [TestCase("9007199254740993", "$.model.init.seed")]
    [TestCase("1.5", "$.model.init.seed")]
    public void Seeds_AreCheckedExactly(string seed, string location)
    {
        var problems = Problems($$"""
            { "data": { "generator": "gaussian", "n": 2, "d": 2, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": 1, "init": { "seed": {{seed}} } },
              "training": { "learningRate": 1, "steps": 1 } }
            """);

        Assert.That(problems.Single().Location, Is.EqualTo(location));
    }

    [Test]
    public void HugeWidth_SaysWhatItWouldNeedAndWhatIsAvailable()
    {
        var problem = Problems("""
            { "data": { "generator": "gaussian", "n": 100, "d": 10, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": 1000000000000, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """).Single();

        Assert.That(problem.Location, Is.EqualTo("$.model.width"));
        Assert.That(problem.Message, Does.Contain("too large to store").And.Contain("100000000000000 elements")
            .And.Contain("2147483647").And.Contain("5280000000000000 bytes").And.Contain("available")
            .And.Contain("expected a width of at most"));
    }

    [Test]
    public void WidthThatFitsElementsButNotMemory_IsReported()
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        Assume.That(available, Is.GreaterThan(0));
        long width = Math.Min(int.MaxValue / 1000, available / (1000 * 48) * 2);
        Assume.That(1000L * width * 48, Is.GreaterThan(available));

        var problem = Problems($$"""
            { "data": { "generator": "gaussian", "n": 1000, "d": 1, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": {{width}}, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """).Single();

        Assert.That(problem.Message, Does.Contain("memory").And.Contain("available").And.Not.Contain("dense matrix"));
    }

    [Test]
    public void GeneratorAsNestedObject_ExplainsTheFlatForm()
    {
        var problems = Problems("""
            { "data": { "generator": { "generator": "gaussian", "n": 4 } },
              "model": { "architecture": "two-layer-relu", "width": 1, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """);

        Assert.That(problems.First(p => p.Location == "$.data.generator").Message, Does.Contain("put n, d, seed"));
    }

    [Test]
    public void Utf8ByteOrderMarkInTheSetupFile_IsAcceptedSilently()
    {
        string path = Folder.Write("bom.json", [0xEF, 0xBB, 0xBF, .. """
            { "data": { "generator": "gaussian", "n": 2, "d": 2, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": 3, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """u8.ToArray()]);

        Assert.That(SetupLoader.Load(path, KnownIds).Name, Is.EqualTo("bom"));
    }

    [Test]
    public void GeneratorTooLargeToStore_IsReported()
    {
        var problem = Problems("""
            { "data": { "generator": "gaussian", "n": 100000, "d": 100000, "seed": 1 },
              "model": { "architecture": "two-layer-relu", "width": 1, "init": { "seed": 1 } },
              "training": { "learningRate": 1, "steps": 1 } }
            """).Single();

        Assert.That(problem.Location, Is.EqualTo("$.data"));
        Assert.That(problem.Message, Does.Contain("10000000000 values").And.Contain("too large to store"));
    }

    [Test]
    public void ProblemToString_NamesFileLocationAndMessage()
    {
        Assert.That(new SetupProblem("s.json", "$.model.width", "bad").ToString(), Is.EqualTo("s.json: $.model.width: bad"));
        Assert.That(new SetupProblem("x.csv", "", "empty").ToString(), Is.EqualTo("x.csv: empty"));
    }
}

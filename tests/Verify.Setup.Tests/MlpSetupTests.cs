using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Setup;

namespace Verify.Setup.Tests;

/// <summary>The <c>mlp</c> architecture: widths, activation, output scale, init schemes or per-layer files, per-layer step sizes.</summary>
public sealed class MlpSetupTests : InTempFolder
{
    private static readonly string[] KnownIds = ["du2019"];

    [SetUp]
    public void WriteData()
    {
        Folder.Write("x.csv", "0.6,0.8,0\n1,0,0\n0,-1,0\n0,0,1\n");
        Folder.Write("y2.csv", "0.5,1\n-0.25,0\n1,2\n0,0\n");
    }

    private UserSetup Load(string model, string training = """{ "learningRate": 0.01, "steps": 20 }""", string targets = "y2.csv") =>
        SetupLoader.Load(Folder.Write("setup.json", $$"""
            { "data": { "inputs": "x.csv", "targets": "{{targets}}" }, "model": {{model}}, "training": {{training}} }
            """), KnownIds);

    [Test]
    public void SchemeInit_OneRateForEveryLayer_DefaultScale()
    {
        var setup = Load("""{ "architecture": "mlp", "widths": [5, 4, 2], "activation": "tanh", "init": { "scheme": "xavier", "seed": 3 } }""");

        Assert.That(setup.Network, Is.EqualTo(new NetworkSpec([5, 4, 2], ActivationSpec.Tanh, 1.0)).Using<NetworkSpec>(SameNetwork));
        Assert.That(setup.Init, Is.EqualTo(new SchemeInit("xavier", 3)));
        Assert.That(setup.Training.StepSizes, Is.EqualTo(new[] { 0.01, 0.01, 0.01 }));
        Assert.That(setup.Targets!.ColumnCount, Is.EqualTo(2));
        Assert.That(setup.Network.WeightShape(1, 3), Is.EqualTo((3, 5)));
        Assert.That(setup.Network.WeightShape(3, 3), Is.EqualTo((4, 2)));
    }

    [Test]
    public void PositiveScheme_Loads_WithTheOutputScaleAsItsLambda()
    {
        var setup = Load("""{ "architecture": "mlp", "widths": [5, 4, 2], "activation": "tanh", "outputScale": 8, "init": { "scheme": "positive", "seed": 12 } }""");

        Assert.That(setup.Init, Is.EqualTo(new SchemeInit(SchemeInit.Positive, 12)));
        Assert.That(setup.Network.OutputScale, Is.EqualTo(8.0));
    }

    [Test]
    public void UnknownScheme_MessageListsEveryScheme_IncludingPositive()
    {
        var e = Assert.Throws<SetupException>(() => Load(
            """{ "architecture": "mlp", "widths": [5, 2], "activation": "tanh", "init": { "scheme": "positiv", "seed": 1 } }"""))!;

        string message = e.Problems.Single(p => p.Location == "$.model.init.scheme").Message;
        Assert.That(message, Does.Contain("did you mean 'positive'?"));
        Assert.That(message, Does.Contain("expected one of lecun, he, xavier, standard, standard-sign-output, positive"));
    }

    [Test]
    public void SmoothLeaky_OutputScale_AndPerLayerRates()
    {
        var setup = Load(
            """{ "architecture": "mlp", "widths": [6, 2], "activation": { "name": "smooth-leaky", "gamma": 0.25, "b": 4 }, "outputScale": 0.5, "init": { "scheme": "he", "seed": 0 } }""",
            """{ "learningRate": [0.1, 0], "steps": 5 }""");

        Assert.That(setup.Network.Activation, Is.EqualTo(ActivationSpec.SmoothLeaky(0.25, 4)));
        Assert.That(setup.Network.OutputScale, Is.EqualTo(0.5));
        Assert.That(setup.Training.StepSizes, Is.EqualTo(new[] { 0.1, 0.0 }));
        Assert.That(setup.Training.Trains(1), Is.True);
        Assert.That(setup.Training.Trains(2), Is.False);
    }

    [Test]
    public void LayerFiles_AreReadExactlyInTheLayerConvention()
    {
        Folder.Write("w1.csv", "1,2\n3,4\n5,6\n");
        Folder.Write("w2.npy", NpyBytes.Float64([2], fortranOrder: false, 0.5, -0.5));
        Folder.Write("y1.csv", "1\n2\n3\n4\n");
        var setup = Load("""{ "architecture": "mlp", "widths": [2, 1], "activation": "sigmoid", "init": { "layers": ["w1.csv", "w2.npy"] } }""",
            targets: "y1.csv");

        Assert.That(((GivenWeights)setup.Init).Paths, Has.Count.EqualTo(2));
        Assert.That(setup.InitialWeights![0].ToArray(), Is.EqualTo(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }));
        Assert.That(setup.InitialWeights![1].ToArray(), Is.EqualTo(new double[,] { { 0.5 }, { -0.5 } }), "a 1-D file is one column");
    }

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var e = Assert.Throws<SetupException>(() => Load(
            """{ "architecture": "mlp", "widths": [0, 2], "activation": "softmax", "outputScale": 0, "init": { "scheme": "lecun" } }""",
            """{ "learningRate": [0, 0], "steps": 5 }"""))!;

        Assert.That(e.Problems.Select(p => p.Location), Is.SupersetOf(new[]
        {
            "$.model.widths[0]", "$.model.activation", "$.model.outputScale", "$.model.init.seed", "$.training.learningRate",
        }));
        Assert.That(e.Problems.Single(p => p.Location == "$.training.learningRate").Message, Does.Contain("nothing would train"));
    }

    [Test]
    public void WidthOfTwoLayerRelu_IsAnUnknownFieldOfMlp()
    {
        var e = Assert.Throws<SetupException>(() => Load(
            """{ "architecture": "mlp", "width": 5, "activation": "tanh", "init": { "scheme": "lecun", "seed": 1 } }"""))!;

        Assert.That(e.Problems.Single(p => p.Location == "$.model.width").Message, Does.Contain("did you mean 'widths'?"));
    }

    private static bool SameNetwork(NetworkSpec a, NetworkSpec b) =>
        a.Widths.SequenceEqual(b.Widths) && a.Activation == b.Activation && a.OutputScale == b.OutputScale;
}

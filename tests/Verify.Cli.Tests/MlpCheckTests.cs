using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// `verify check` on <c>mlp</c> setups: a network no theorem that trains covers is trained and its training reported; the
/// two-layer ReLU preset written as an <c>mlp</c> is Du et al.'s network, checked with the same numbers.
/// </summary>
public sealed class MlpCheckTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-mlp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private (int Code, string Output, JsonNode Report) Check(string setup, string name)
    {
        string output = Path.Combine(_directory, name);
        var text = new StringWriter();
        int code = VerifyCli.Run(["check", setup, "--out", output], text, text);
        Assert.That(text.ToString(), Does.Not.Contain("   at "), "no stack trace");
        return (code, text.ToString(), JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!);
    }

    [Test]
    public void ThreeLayerTanhWithNpyWeights_IsTrainedAndItsTrainingReported()
    {
        // chatterjee2022 covers tanh networks and trains them itself; restricted to the theorems that do not train, the
        // check trains the setup and reports the training observed.
        string setup = WithoutTrainingTheorems(Path.Combine(AppContext.BaseDirectory, "examples", "mlp-tanh", "setup.json"));

        var (code, output, report) = Check(setup, "tanh");

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(report["skipped"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()), Does.Contain("du2019"));
        var thm31 = report["theorems"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "du2019-thm31")!;
        Assert.That(thm31["verdict"]!.GetValue<string>(), Is.EqualTo("pass"), "Theorem 3.1 checks the data alone: 20 Gaussian inputs, no two parallel");
        var training = report["training"]!;
        Assert.That(training["completedSteps"]!.GetValue<int>(), Is.EqualTo(500));
        Assert.That(training["divergedAtStep"], Is.Null);
        Assert.That(training["finalLoss"]!.GetValue<double>(), Is.LessThan(training["initialLoss"]!.GetValue<double>() / 100),
            "η = 0.02 for 500 steps fits 20 points with 224 weights (measured: 7.9 → 1e-3)");
        var layers = training["layers"]!.AsArray();
        Assert.That(layers.Select(l => l!["width"]!.GetValue<int>()), Is.EqualTo(new[] { 16, 8, 1 }));
        Assert.That(layers.Select(l => l!["distanceFrobenius"]!.GetValue<double>()), Has.All.GreaterThan(0), "every layer trains");
        Assert.That(training["figures"]!.AsArray(), Has.Count.EqualTo(4));
        Assert.That(output, Does.Contain("training observed"));
        Assert.That(File.ReadAllText(Path.Combine(_directory, "tanh", "index.html")), Does.Contain("<h2>Training observed</h2>"));
    }

    [Test]
    public void ThreeLayerTanh_IsCheckedByChatterjeeBeyondScope_ForItsDataRank()
    {
        string setup = Path.Combine(AppContext.BaseDirectory, "examples", "mlp-tanh", "setup.json");

        var (code, output, report) = Check(setup, "tanh-all");

        Assert.That(code, Is.EqualTo(0), output);
        var chatterjee = report["theorems"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "chatterjee2022")!;
        Assert.That(chatterjee["verdict"]!.GetValue<string>(), Is.EqualTo("beyondScope"), "d = 5 < n = 20: the inputs cannot be linearly independent");
        Assert.That(output, Does.Contain("data-rank"));
        Assert.That(report["training"], Is.Null, "chatterjee2022 trains the network itself");
    }

    /// <summary>A copy of the setup (in the test's folder, file paths made absolute) restricted to du2019 and du2019-thm31, which do not train.</summary>
    private string WithoutTrainingTheorems(string setupPath)
    {
        var node = JsonNode.Parse(File.ReadAllText(setupPath))!;
        string folder = Path.GetDirectoryName(setupPath)!;
        node["theorems"] = new JsonArray("du2019", "du2019-thm31");
        node.AsObject().Remove("$schema");
        foreach (string key in new[] { "inputs", "targets" })
        {
            node["data"]![key] = Path.Combine(folder, node["data"]![key]!.GetValue<string>());
        }
        var layers = node["model"]!["init"]!["layers"]!.AsArray();
        node["model"]!["init"]!["layers"] = new JsonArray([.. layers.Select(l => (JsonNode?)JsonValue.Create(Path.Combine(folder, l!.GetValue<string>())))]);
        string copy = Path.Combine(_directory, "mlp-tanh-restricted.json");
        File.WriteAllText(copy, node.ToJsonString());
        return copy;
    }

    [Test]
    public void TwoLayerReluPresetAsMlp_GivesDuTheSameNumbers()
    {
        string data = Path.Combine(AppContext.BaseDirectory, "Du2019", "examples", "antiparallel");
        string Write(string name, string model, string rate)
        {
            string path = Path.Combine(_directory, name + ".json");
            File.WriteAllText(path, $$"""
                { "theorems": ["du2019"],
                  "data": { "inputs": "{{Path.Combine(data, "x.csv")}}", "targets": "{{Path.Combine(data, "y.csv")}}" },
                  "model": {{model}}, "training": { "learningRate": {{rate}}, "steps": 20 } }
                """);
            return path;
        }
        // 1/√50 one ulp above C#'s 1/Math.Sqrt(50), as another language may round it: it still means 1/√50.
        string scale = Math.BitIncrement(1 / Math.Sqrt(50)).ToString("R", CultureInfo.InvariantCulture);
        string preset = Write("preset", """{ "architecture": "two-layer-relu", "width": 50, "init": { "seed": 3 } }""", "0.1");
        string mlp = Write("mlp", $$"""
            { "architecture": "mlp", "widths": [50, 1], "activation": "relu", "outputScale": {{scale}},
              "init": { "scheme": "standard-sign-output", "seed": 3 } }
            """, "[0.1, 0]");

        var (_, presetOutput, presetReport) = Check(preset, "preset");
        var (_, mlpOutput, mlpReport) = Check(mlp, "mlp");

        var presetChecks = Checks(presetReport);
        Assert.That(presetChecks, Is.Not.Empty, presetOutput);
        Assert.That(Checks(mlpReport), Is.EqualTo(presetChecks), mlpOutput);
        Assert.That(mlpReport["training"], Is.Null, "du2019 trains the network: no separate training observed");
    }

    [Test]
    public void TwoLayerReluWithATrainedOutputLayer_IsNotDus_ButRazborovs()
    {
        string data = Path.Combine(AppContext.BaseDirectory, "Du2019", "examples", "antiparallel");
        string setup = Path.Combine(_directory, "both-layers.json");
        File.WriteAllText(setup, $$"""
            { "data": { "inputs": "{{Path.Combine(data, "x.csv")}}", "targets": "{{Path.Combine(data, "y.csv")}}" },
              "model": { "architecture": "two-layer-relu", "width": 32, "init": { "seed": 1 } },
              "training": { "learningRate": [0.1, 0.05], "steps": 30 } }
            """);

        var (code, output, report) = Check(setup, "both");

        Assert.That(code, Is.EqualTo(0), output);
        var skipped = report["skipped"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "du2019")!;
        Assert.That(skipped["reason"]!.GetValue<string>(), Does.Contain("its output layer is trained"));
        var razborov = report["theorems"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "razborov2022")!;
        Assert.That(razborov["verdict"]!.GetValue<string>(), Is.Not.EqualTo("error"), output);
        Assert.That(report["training"], Is.Null, "razborov2022 (depth 2, ReLU, both layers at their own rates) trains the network itself");
    }

    [Test]
    public void DivergingRun_IsReportedAsDiverged_WithExitZero()
    {
        string setup = Path.Combine(_directory, "diverging.json");
        File.WriteAllText(setup, """
            { "theorems": ["du2019-thm31"],
              "data": { "generator": "gaussian", "n": 8, "d": 3, "seed": 2 },
              "model": { "architecture": "mlp", "widths": [16, 1], "activation": "tanh", "init": { "scheme": "standard", "seed": 2 } },
              "training": { "learningRate": 50, "steps": 200 } }
            """);

        var (code, output, report) = Check(setup, "diverging");

        Assert.That(code, Is.EqualTo(0), output);
        var training = report["training"]!;
        Assert.That(training["divergedAtStep"]!.GetValue<int>(), Is.LessThan(200), output);
        Assert.That(output, Does.Contain("diverged at step"));
        Assert.That(File.ReadAllText(Path.Combine(_directory, "diverging", "index.html")), Does.Contain("the last scheduled step before the divergence"));
    }

    private static List<string> Checks(JsonNode report) =>
    [
        .. report["theorems"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "du2019")!["instances"]![0]!
            .AsObject().Where(p => p.Key is "hypotheses" or "conclusions" or "invariants")
            .SelectMany(p => p.Value!.AsArray())
            .Select(c => $"{c!["id"]} {c["value"]} {c["bound"]} {c["verdict"]}"),
    ];
}

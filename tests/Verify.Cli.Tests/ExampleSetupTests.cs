using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// The shipped example setups through the whole `verify check` path: exit codes, report.json and the printed notes. That
/// every example of every module gives the verdicts its README promises is the catalog-wide contract
/// (tests/Verify.Theorems.Tests/ModuleContractTests.cs); these tests add what only the CLI shows.
/// </summary>
public sealed class ExampleSetupTests
{
    private string _outputDirectory = "";

    [SetUp]
    public void CreateOutputDirectory() =>
        _outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-example-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
    }

    private (int Code, string Output, JsonNode Report) Check(string example)
    {
        string setup = Path.Combine(AppContext.BaseDirectory, "Du2019", "examples", example, "setup.json");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = VerifyCli.Run(["check", setup, "--out", _outputDirectory], output, error);
        Assert.That(error.ToString(), Does.Not.Contain("   at "), "no stack trace");
        Assert.That(HtmlValidity.ParseErrors(File.ReadAllText(Path.Combine(_outputDirectory, "index.html"))), Is.Empty, "index.html parses as HTML5");
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")))!;
        return (code, output.ToString() + error, report);
    }

    private static JsonNode Theorem(JsonNode report, string id) =>
        report["theorems"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == id)!;

    [Test]
    public void InScope_Passes()
    {
        var (code, output, report) = Check("in-scope");

        Assert.That(code, Is.EqualTo(0), output);
        var du = Theorem(report, "du2019");
        Assert.That(du["verdict"]!.GetValue<string>(), Is.EqualTo("pass"), output);
        Assert.That(du["instances"]![0]!["inScope"]!.GetValue<bool>(), Is.True);
        var recommendations = du["recommendations"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.That(recommendations, Does.Contain("asymptotic-width").And.Contain("instance-width").And.Contain("instance-step-contraction").And.Contain("stability-limit"));
        // The given η = 0.005 meets the Instance-tier step at m = 10⁶ and the stability limit; the headline width does not hold.
        bool Holds(string id) => du["recommendations"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == id)!["alreadyHolds"]!.GetValue<bool>();
        Assert.That(Holds("instance-step-contraction") && Holds("stability-limit"), Is.True);
        Assert.That(Holds("asymptotic-width"), Is.False);
        Assert.That(output, Does.Contain("  holds: largest step size for the Instance tier").And.Contain("  change: smallest width for the headline bound"));
    }

    [Test]
    public void Antiparallel_FailsTheDataTierNamingThePair()
    {
        var (code, output, report) = Check("antiparallel");

        Assert.That(code, Is.EqualTo(0), output);
        var du = Theorem(report, "du2019");
        Assert.That(du["verdict"]!.GetValue<string>(), Is.EqualTo("beyondScope"));
        var nonParallel = du["instances"]![0]!["hypotheses"]!.AsArray().Single(h => h!["id"]!.GetValue<string>() == "data-non-parallel")!;
        Assert.That(nonParallel["verdict"]!.GetValue<string>(), Is.EqualTo("fail"));
        Assert.That(nonParallel["note"]!.GetValue<string>(), Does.Contain("inputs 2 and 4"));

        // An antiparallel pair does not make H∞ singular (λ₀ > 0 here): the advice must not say it does, and after
        // "no width or step size can fix this" it must not go on to advise a width or a step.
        var recommendations = du["recommendations"]!.AsArray();
        Assert.That(recommendations.Select(r => r!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "data-non-parallel" }));
        string advice = recommendations[0]!["note"]!.GetValue<string>();
        Assert.That(advice, Does.Contain("point in opposite directions").And.Contain("H∞ stays positive definite").And.Not.Contain("singular"));
        Assert.That(output, Does.Contain("not covered: the first failed tier is Data: data-non-parallel failed"));
        Assert.That(output, Does.Contain("du2019: BeyondScope\n").Or.Contain("du2019: BeyondScope\r\n"));
        Assert.That(output, Does.Not.Contain("BeyondScope (beyond scope)").And.Not.Contain("none (none"), "nothing said twice");
    }

    [Test]
    public void Iris_HasParallelSamplesSoLambda0IsZero()
    {
        var (code, output, report) = Check("iris");

        Assert.That(code, Is.EqualTo(0), output);
        var hypotheses = Theorem(report, "du2019")["instances"]![0]!["hypotheses"]!.AsArray();
        string Verdict(string id) => hypotheses.Single(h => h!["id"]!.GetValue<string>() == id)!["verdict"]!.GetValue<string>();
        Assert.That(Verdict("data-non-parallel"), Is.EqualTo("fail"));
        Assert.That(Verdict("data-lambda0-positive"), Is.EqualTo("fail"));
        Assert.That(Verdict("data-unit-norm"), Is.EqualTo("pass"));
        Assert.That(output, Does.Contain("inputs 102 and 143"));
    }

    [Test]
    public void ZeroRow_IsNamedEverywhere_AndNoBoundDividesByZeroLambda()
    {
        // A zero input: λ₀ = 0 exactly. The messages must name the row, call it a zero input (not a parallel pair), give
        // no R′ = ∞ or astronomically required width, and advise nothing but removing it.
        var (code, text, _) = CheckTwoLayerRelu("1,0,0\n0,0,0\n0,1,0\n0,0,1\n", "0.1\n0.2\n-0.1\n0.3\n", theorems: "");

        Assert.That(code, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain("input 2 (1-based), ‖x‖ = 0").And.Contain("input 2 (1-based) is a zero row"));
        Assert.That(text, Does.Contain("a zero input has no direction"));
        Assert.That(text, Does.Not.Contain("Infinity").And.Not.Contain("required m ≈").And.Not.Contain("|cos| = 1"));
        Assert.That(text, Does.Contain("λ₀ = 0 (input 2 is a zero row"));
    }

    [Test]
    public void HugeFiniteInputs_FailTheDataTierInsteadOfErroring()
    {
        // Entries of 1e200 are finite, but XXᵀ overflows float64: every check must still come out as a verdict.
        var (code, output, report) = CheckTwoLayerRelu(
            "1e200,0,0\n0,1e200,0\n0,0,1e200\n1e200,1e200,0\n", "0.1\n-0.2\n0.3\n0.4\n", theorems: "\"theorems\": [\"du2019\", \"du2019-thm31\"], ");

        Assert.That(code, Is.EqualTo(0), output);
        var du = Theorem(report, "du2019");
        Assert.That(du["verdict"]!.GetValue<string>(), Is.EqualTo("beyondScope"), output);
        Assert.That(Theorem(report, "du2019-thm31")["verdict"]!.GetValue<string>(), Is.EqualTo("beyondScope"),
            "the non-parallel premise cannot be established from an overflowed XXᵀ, so λ₀'s conclusion is no counterexample");
        var checks = du["instances"]![0]!["hypotheses"]!.AsArray().Concat(du["instances"]![0]!["conclusions"]!.AsArray()).ToList();
        Assert.That(checks.Select(c => c!["verdict"]!.GetValue<string>()), Has.None.EqualTo("error"));
        Assert.That(output, Does.Contain("XXᵀ overflows float64"));
    }

    /// <summary>`verify check` on a width-64 two-layer-relu setup over the given CSV texts, written to a temporary folder.</summary>
    private (int Code, string Output, JsonNode Report) CheckTwoLayerRelu(string inputs, string targets, string theorems)
    {
        string directory = _outputDirectory + "-setup";
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "x.csv"), inputs);
            File.WriteAllText(Path.Combine(directory, "y.csv"), targets);
            File.WriteAllText(Path.Combine(directory, "setup.json"), "{ " + theorems + """
                "data": { "inputs": "x.csv", "targets": "y.csv" },
                  "model": { "architecture": "two-layer-relu", "width": 64, "init": { "seed": 1 } },
                  "training": { "learningRate": 0.01, "steps": 5 } }
                """);
            var output = new StringWriter();
            int code = VerifyCli.Run(["check", Path.Combine(directory, "setup.json"), "--out", _outputDirectory], output, new StringWriter());
            return (code, output.ToString(), JsonNode.Parse(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")))!);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void ArchitectureThatNoTheoremCovers_IsSkippedWithTheReason()
    {
        string directory = Path.Combine(_outputDirectory + "-setup");
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "setup.json"), """
                { "data": { "generator": "unit-sphere", "n": 5, "d": 3, "seed": 1 },
                  "model": { "architecture": "mlp", "widths": [16, 8, 1], "activation": "tanh", "init": { "scheme": "lecun", "seed": 1 } },
                  "training": { "learningRate": 0.1, "steps": 10 } }
                """);
            var output = new StringWriter();
            int code = VerifyCli.Run(["check", Path.Combine(directory, "setup.json"), "--out", _outputDirectory], output, new StringWriter());

            Assert.That(code, Is.EqualTo(0));
            Assert.That(output.ToString(), Does.Contain("du2019: skipped: Du et al. 2019 covers two-layer ReLU networks")
                .And.Contain("it has 3 weight layer(s)").And.Contain("its activation is tanh"));
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")))!;
            Assert.That(report["skipped"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()), Does.Contain("du2019"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

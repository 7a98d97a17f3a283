using System.Text.Json;
using Json.Schema;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// schemas/setup.schema.json against the setups the loader sees: every shipped example (which `verify check` accepts)
/// validates and names the schema; corpus setups whose problems lie in file contents validate, structurally bad ones do not.
/// </summary>
public sealed class SetupSchemaTests
{
    private static readonly string Repository = FindRepository();
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository, "schemas", "setup.schema.json")));
    private static readonly string Corpus = Path.Combine(Repository, "tests", "Verify.Cli.Tests", "BadSetups");

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

    public static IEnumerable<TestCaseData> ShippedExamples()
    {
        var theorems = Directory.GetDirectories(Path.Combine(Repository, "theorems"))
            .Select(module => Path.Combine(module, "examples"))
            .Where(Directory.Exists)
            .SelectMany(examples => Directory.GetDirectories(examples));
        var shared = Directory.GetDirectories(Path.Combine(Repository, "examples"));
        return theorems.Concat(shared)
            .Select(folder => Path.Combine(folder, "setup.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetRelativePath(Repository, path)));
    }

    private static (bool Valid, string Errors) Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return (result.IsValid, string.Join(Environment.NewLine, errors));
    }

    [Test]
    public void ThereAreShippedExamples() =>
        Assert.That(ShippedExamples().Count(), Is.GreaterThanOrEqualTo(4));

    [TestCaseSource(nameof(ShippedExamples))]
    public void ShippedExample_IsValidAndNamesTheSchemaByARelativePathThatExists(string path)
    {
        string json = File.ReadAllText(path);
        var (valid, errors) = Validate(json);

        Assert.That(valid, Is.True, errors);
        using var document = JsonDocument.Parse(json);
        string reference = document.RootElement.GetProperty("$schema").GetString()!;
        Assert.That(Path.IsPathRooted(reference), Is.False, reference);
        string resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference));
        Assert.That(resolved, Is.EqualTo(Path.Combine(Repository, "schemas", "setup.schema.json")));
    }

    // Their problems lie in the data files or across fields: the structure is valid.
    [TestCase("12-width-huge")]
    [TestCase("16-missing-file")]
    [TestCase("32-targets-length-mismatch")]
    [TestCase("58-mlp-rate-array-length")]
    public void CorpusSetupWithValidStructure_IsValid(string name)
    {
        var (valid, errors) = Validate(File.ReadAllText(Path.Combine(Corpus, name, "setup.json")));

        Assert.That(valid, Is.True, errors);
    }

    [TestCase("04-root-not-object", "")]
    [TestCase("05-unknown-field-widht", "/model")]
    [TestCase("08-delta-too-large", "/delta")]
    [TestCase("09-width-zero", "/model/width")]
    [TestCase("13-learning-rate-zero", "/training/learningRate")]
    [TestCase("15-steps-too-large", "/training/steps")]
    [TestCase("41-data-without-files", "/data")]
    [TestCase("42-seed-above-2-53", "/model/init/seed")]
    [TestCase("50-theorems-not-an-array", "/theorems")]
    [TestCase("54-mlp-unknown-activation", "/model/activation")]
    [TestCase("62-mlp-smooth-leaky-bad-gamma", "/model/activation/gamma")]
    [TestCase("64-mlp-unknown-architecture", "/model/architecture")]
    [TestCase("66-mlp-output-scale-zero", "/model/outputScale")]
    [TestCase("68-mlp-architecture-missing", "/model")]
    public void StructurallyInvalidCorpusSetup_IsInvalidAtItsLocation(string name, string location)
    {
        var (valid, errors) = Validate(File.ReadAllText(Path.Combine(Corpus, name, "setup.json")));

        Assert.That(valid, Is.False);
        Assert.That(errors, Does.Contain($"{location}: "));
    }

    private const string Generated = """
        { "data": { "generator": "unit-sphere", "n": 4, "d": 4, "seed": 1, LABELS },
          "model": { "architecture": "two-layer-relu", "width": 100, "init": { "seed": 7 } },
          "training": { "learningRate": [0.1, 0], "steps": 10 } }
        """;

    [TestCase("\"labels\": \"uniform\", \"labelBound\": 0.5", true)]
    [TestCase("\"labels\": \"gaussian\"", true)]
    [TestCase("\"labelBound\": 0.5", false)]
    [TestCase("\"labels\": \"gaussian\", \"labelBound\": 0.5", false)]
    [TestCase("\"labels\": \"uniform\", \"inputs\": \"x.csv\"", false)]
    public void Generator_LabelBoundOnlyWithUniformLabelsAndNoFiles(string labels, bool expected) =>
        Assert.That(Validate(Generated.Replace("LABELS", labels)).Valid, Is.EqualTo(expected));
}

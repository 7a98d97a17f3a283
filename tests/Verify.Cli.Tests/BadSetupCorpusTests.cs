using NUnit.Framework;
using Verify.Setup;

namespace Verify.Cli.Tests;

/// <summary>
/// The bad-setup corpus: each folder under BadSetups/ holds a setup.json that `verify check` must refuse, its data
/// files, and expected.txt, whose every line must appear in the error output. Refusing means exit code 2, every
/// problem listed, no stack trace, and no report folder.
/// </summary>
public sealed class BadSetupCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "BadSetups");

    public static IEnumerable<TestCaseData> Setups() =>
        Directory.GetDirectories(Corpus)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name!));

    private static string SetupPath(string name) => Path.Combine(Corpus, name, "setup.json");

    private static string[] ExpectedFragments(string name) =>
        File.ReadAllLines(Path.Combine(Corpus, name, "expected.txt")).Where(line => line.Length > 0).ToArray();

    [Test]
    public void Corpus_HasAtLeastThirtySetupsEachWithExpectations()
    {
        var names = Setups().Select(data => (string)data.Arguments[0]!).ToList();

        Assert.That(names, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(names.Select(ExpectedFragments), Has.All.Not.Empty);
    }

    [TestCaseSource(nameof(Setups))]
    public void Check_RefusesWithExitCodeTwoAndEveryProblem(string name)
    {
        string outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-bad-setup-{Guid.NewGuid():N}");
        var output = new StringWriter();
        var error = new StringWriter();

        int code = VerifyCli.Run(["check", SetupPath(name), "--out", outputDirectory], output, error);

        string errors = error.ToString();
        Assert.That(code, Is.EqualTo(2), errors);
        foreach (string fragment in ExpectedFragments(name))
        {
            Assert.That(errors, Does.Contain(fragment));
        }
        Assert.That(errors, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace");
        Assert.That(Directory.Exists(outputDirectory), Is.False, "no report folder for a refused setup");
    }

    [TestCaseSource(nameof(Setups))]
    public void Loader_ReportsEveryExpectedProblem(string name)
    {
        var e = Assert.Throws<SetupException>(() => SetupLoader.Load(SetupPath(name), ["du2019", "du2019-thm31"]))!;

        string problems = string.Join(Environment.NewLine, e.Problems);
        foreach (string fragment in ExpectedFragments(name))
        {
            Assert.That(problems, Does.Contain(fragment));
        }
    }
}

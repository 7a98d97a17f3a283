using System.Text.Json.Nodes;
using NUnit.Framework;
using Verify.Core;
using Verify.Theorems;

namespace Verify.Cli.Tests;

/// <summary>
/// The command line's conventions: help with no arguments, "did you mean" for unknown commands, options and ids, bad
/// option values in the user's terms, `list` in 100 columns, as JSON and with scenarios, and `run --scenario`.
/// </summary>
public sealed class CliConventionTests
{
    private static readonly Func<TheoremServices, IReadOnlyList<ITheorem>> Catalog = _ =>
        [new CliTheorem("holds", () => Evidence.Compare(1, Relation.LessOrEqual, 2))];

    private static (int Code, string Output, string Error) Verify(params string[] args) => VerifyWith(Catalog, args);

    private static (int Code, string Output, string Error) VerifyWith(Func<TheoremServices, IReadOnlyList<ITheorem>>? catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = VerifyCli.Run(args, output, error, CancellationToken.None, catalog);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void NoArguments_ShowsTheHelpAndExitsZero()
    {
        var (code, output, error) = Verify();

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("Usage:").And.Contain("list").And.Contain("doctor").And.Contain("run").And.Contain("check"));
        Assert.That(error, Is.Empty);
    }

    [TestCase(new[] { "lsit" }, "unknown command 'lsit' (did you mean 'list'?)")]
    [TestCase(new[] { "chekc", "setup.json" }, "unknown command 'chekc' (did you mean 'check'?)")]
    [TestCase(new[] { "run", "holds", "--sed", "3" }, "unknown option '--sed' for 'verify run' (did you mean '--seed'?)")]
    [TestCase(new[] { "list", "--jsno" }, "unknown option '--jsno' for 'verify list' (did you mean '--json'?)")]
    [TestCase(new[] { "run", "hodls" }, "unknown theorem 'hodls' (did you mean 'holds'?)")]
    public void UnknownNames_SuggestTheNearest(string[] args, string expected)
    {
        var (code, _, error) = Verify(args);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain(expected));
        Assert.That(error, Does.Not.Contain("Required command").And.Not.Contain("Unrecognized"));
    }

    [Test]
    public void UnknownCommandFarFromAny_ListsTheCommandsWithoutASuggestion()
    {
        var (code, _, error) = Verify("frobnicate");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("unknown command 'frobnicate'; the commands are list, doctor, run, check").And.Not.Contain("did you mean"));
    }

    [TestCase("--seed", "abc", "--seed expects a non-negative integer, got 'abc'")]
    [TestCase("--seed", "-1", "--seed expects a non-negative integer, got '-1'")]
    [TestCase("--seed", "99999999999999999999", "--seed expects a non-negative integer (at most 18446744073709551615), got '99999999999999999999'")]
    [TestCase("--jobs", "0", "--jobs expects an integer ≥ 1, got '0'")]
    [TestCase("--jobs", "two", "--jobs expects an integer ≥ 1, got 'two'")]
    [TestCase("--instances", "0", "--instances expects an integer ≥ 1, got '0'")]
    [TestCase("--instance", "-1", "--instance expects a non-negative instance index, got '-1'")]
    [TestCase("--backend", "openbals", "--backend expects one of auto, mkl, openblas, managed, got 'openbals' (did you mean 'openblas'?)")]
    public void BadOptionValues_SayWhatWasExpected(string option, string value, string expected)
    {
        string[] backend = option == "--backend" ? [] : ["--backend", "managed"];
        var (code, _, error) = Verify(["run", "holds", option, value, .. backend]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain($"verify: {expected}"));
        Assert.That(error, Does.Not.Contain("System.").And.Not.Contain("Cannot parse"));
    }

    [Test]
    public void RunHelp_ShowsEachDefaultOnce()
    {
        var (code, output, _) = Verify("run", "--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        foreach (string line in output.Split('\n').Where(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
        {
            int defaults = line.Split("default", StringSplitOptions.None).Length - 1;
            Assert.That(defaults, Is.LessThanOrEqualTo(1), line);
        }
    }

    [TestCase("list")]
    [TestCase("list", "--scenarios")]
    public void List_OfTheRealCatalogFitsOneHundredColumns(params string[] args)
    {
        var (code, output, _) = VerifyWith(null, args);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.That(lines.Where(l => l.Length > TextWrap.Width), Is.Empty);
        Assert.That(output, Does.Contain("du2019").And.Contain("data-non-parallel  [Data]"));
    }

    [Test]
    public void ListScenarios_ShowsEachTheoremsScenariosAndTheirRunModes()
    {
        var (_, plain, _) = VerifyWith(null, "list");
        var (code, output, _) = VerifyWith(null, "list", "--scenarios");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(plain, Does.Not.Contain("paper-fig1-m100"));
        Assert.That(output, Does.Contain("in-scope  2 instance(s), full and --quick")
            .And.Contain("in-scope-generic  2 instance(s), full run only")
            .And.Contain("paper-fig1-m100  2 instance(s), full and --quick, sweep paper-fig1"));
    }

    [Test]
    public void ListJson_IsMachineReadable()
    {
        var (code, output, _) = VerifyWith(null, "list", "--json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        var theorems = JsonNode.Parse(output)!["theorems"]!.AsArray();
        var du = theorems.Single(t => t!["id"]!.GetValue<string>() == "du2019")!;
        var check = du["checks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "data-non-parallel")!;
        Assert.That(check["tier"]!.GetValue<string>(), Is.EqualTo("data"));
        Assert.That(check["kind"]!.GetValue<string>(), Is.EqualTo("hypothesis"));
        Assert.That(check["provenance"]!.GetValue<string>(), Is.EqualTo("verified"));
        var scenario = du["scenarios"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "in-scope-generic")!;
        Assert.That(scenario["full"]!.GetValue<bool>(), Is.True);
        Assert.That(scenario["quick"]!.GetValue<bool>(), Is.False);
        Assert.That(output, Does.Contain("λ₀"), "symbols are not escaped");
    }

    [Test]
    public void RunScenario_RunsOnlyTheMatchingScenario()
    {
        string outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-scenario-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = VerifyWith(_ => [new TwoScenarioTheorem()], "run", "two", "--scenario", "second", "--backend", "managed", "--out", outputDirectory);

            Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("two/second #0").And.Not.Contain("two/first"));
        }
        finally
        {
            if (Directory.Exists(outputDirectory))
            {
                Directory.Delete(outputDirectory, recursive: true);
            }
        }
    }

    [Test]
    public void RunScenario_MatchingNoneIsAUsageErrorWithASuggestion()
    {
        string outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-scenario-{Guid.NewGuid():N}");
        var (code, _, error) = VerifyWith(_ => [new TwoScenarioTheorem()], "run", "two", "--scenario", "secnod", "--backend", "managed", "--out", outputDirectory);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("no scenario 'secnod' (did you mean 'second'?); the scenarios are: first, second"));
        Assert.That(Directory.Exists(outputDirectory), Is.False);
    }

    [TestCase(0, "0s")]
    [TestCase(45.2, "46s")]
    [TestCase(80, "1m20s")]
    [TestCase(7500, "2h05m")]
    public void Eta_FormatsMinutesAndSeconds(double seconds, string expected) =>
        Assert.That(Eta.Format(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));

    [Test]
    public void Eta_AppearsOnceStepsAreDoneAndNotAtTheEnd()
    {
        var eta = new Eta();

        Assert.That(eta.Of("task", 0, 100), Is.Null, "nothing to extrapolate from");
        Thread.Sleep(20);
        Assert.That(eta.Of("task", 50, 100), Does.Match(@"^ETA \d+s$"));
        Assert.That(eta.Of("task", 100, 100), Is.Null, "done");
    }

    [Test]
    public void TextWrap_KeepsDoubleSpacesAndCutsOverlongWords()
    {
        var lines = TextWrap.Lines("id  title " + new string('x', 30), 2, 4, width: 12);

        Assert.That(lines, Is.EqualTo(new[] { "  id  title", "    xxxxxxxx", "    xxxxxxxx", "    xxxxxxxx", "    xxxxxx" }));
    }

    /// <summary>A theorem with two scenarios, "first" and "second", whose checks hold.</summary>
    private sealed class TwoScenarioTheorem : ITheorem
    {
        private readonly CliTheorem _inner = new("two", () => Evidence.Compare(1, Relation.LessOrEqual, 2));

        public TheoremInfo Info => _inner.Info;

        public IReadOnlyList<Scenario> Scenarios(RunOptions options)
        {
            var draw = _inner.Scenarios(options)[0].Draw;
            return [new Scenario("first", "the first", 1, draw), new Scenario("second", "the second", 1, draw)];
        }
    }
}

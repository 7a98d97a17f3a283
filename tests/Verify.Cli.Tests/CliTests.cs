using System.Text.Json.Nodes;
using NUnit.Framework;
using Verify.Core;
using Verify.Theorems;

namespace Verify.Cli.Tests;

public sealed class CliTests
{
    private string _outputDirectory = "";

    [SetUp]
    public void CreateOutputDirectory() =>
        _outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-cli-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
    }

    private static readonly Func<TheoremServices, IReadOnlyList<ITheorem>> Catalog = _ =>
    [
        new CliTheorem("holds", () => Evidence.Compare(1, Relation.LessOrEqual, 2)),
        new CliTheorem("broken", () => Evidence.Compare(3, Relation.LessOrEqual, 2)),
        new CliTheorem("throws", () => throw new InvalidOperationException("kaput")),
        new CliTheorem("z3-fails", () => throw new Verify.Symbolic.Z3QueryException("Z3 failed on the goal: out of memory", "out of memory", "")),
    ];

    private static (int Code, string Output, string Error) Verify(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = VerifyCli.Run(args, output, error, CancellationToken.None, Catalog);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void List_ShowsTheoremsWithTiers()
    {
        var (code, output, _) = Verify("list");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("holds").And.Contain("[Instance]").And.Contain("Lemma 0 [D]").And.Contain("Theorem 0 [M]"));
    }

    [Test]
    public void List_OfTheRealCatalogWorks()
    {
        var output = new StringWriter();

        Assert.That(VerifyCli.Run(["list"], output, new StringWriter()), Is.EqualTo(0));
    }

    [Test]
    public void Run_Z3FailingMidRun_IsOneLineExit3AndAWholeReport()
    {
        var (code, _, error) = Verify("run", "z3-fails", "--backend", "managed", "--out", _outputDirectory);

        Assert.That(code, Is.EqualTo(ExitCodes.Internal), error);
        Assert.That(error, Does.Contain("verify: 2 check(s) failed inside Z3 and are Errors in the report (first: z3-fails claim: Z3QueryException: Z3 failed on the goal: out of memory)")
            .And.Contain("verify doctor"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")))!;
        Assert.That(json["theorems"]![0]!["verdict"]!.GetValue<string>(), Is.EqualTo("error"));
        Assert.That(File.Exists(Path.Combine(_outputDirectory, "index.html")), Is.True);
    }

    [Test]
    public void Run_ReportThatCannotBeWritten_IsOneLineExit4AndLeavesThePreviousReport()
    {
        // A file of the user's appears in --out while the run works (after the up-front check): the report is not swapped in.
        Directory.CreateDirectory(_outputDirectory);
        File.WriteAllText(Path.Combine(_outputDirectory, "report.json"), "previous");
        IReadOnlyList<ITheorem> catalog(TheoremServices _) =>
        [
            new CliTheorem("intruded", () =>
            {
                File.WriteAllText(Path.Combine(_outputDirectory, "notes.txt"), "mine");
                return Evidence.Compare(1, Relation.LessOrEqual, 2);
            }),
        ];
        var error = new StringWriter();

        int code = VerifyCli.Run(["run", "intruded", "--backend", "managed", "--out", _outputDirectory], new StringWriter(), error, CancellationToken.None, catalog);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment), error.ToString());
        Assert.That(error.ToString(), Does.Contain($"verify: could not write the report to '{_outputDirectory}': it holds 'notes.txt'")
            .And.Contain("'notes.txt', which a report does not write").And.Contain("a previous report there is left as it was"));
        Assert.That(error.ToString(), Does.Not.Contain("   at "));
        Assert.That(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")), Is.EqualTo("previous"));
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(_outputDirectory)!, $".{Path.GetFileName(_outputDirectory)}*"), Is.Empty);
    }

    [Test]
    public void Run_PassingTheoremWritesBothReportsAndExitsZero()
    {
        var (code, output, error) = Verify("run", "holds", "--backend", "managed", "--seed", "11", "--out", _outputDirectory);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("holds: Pass").And.Contain("index.html"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")))!;
        Assert.That(json["environment"]!["backend"]!.GetValue<string>(), Does.Contain("managed"));
        Assert.That(json["environment"]!["masterSeed"]!.GetValue<ulong>(), Is.EqualTo(11UL));
        Assert.That(json["theorems"]![0]!["instances"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(File.ReadAllText(Path.Combine(_outputDirectory, "index.html")), Does.Contain("Theorem holds"));
    }

    [Test]
    public void Run_CounterexampleExitsOne()
    {
        Assert.That(Verify("run", "broken", "--backend", "managed", "--out", _outputDirectory).Code, Is.EqualTo(1));
    }

    [Test]
    public void Run_ThrowingCheckExitsThreeAndStillWritesTheReport()
    {
        Assert.That(Verify("run", "throws", "--backend", "managed", "--out", _outputDirectory).Code, Is.EqualTo(3));
        Assert.That(File.ReadAllText(Path.Combine(_outputDirectory, "report.json")), Does.Contain("kaput"));
    }

    [Test]
    public void Run_AllRunsEveryTheorem()
    {
        var (code, output, _) = Verify("run", "all", "--backend", "managed", "--instances", "1", "--out", _outputDirectory);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("holds: Pass").And.Contain("broken: Fail").And.Contain("throws: Error"));
    }

    [Test]
    public void Run_UnknownIdExitsTwoListingKnownIds()
    {
        var (code, _, error) = Verify("run", "nosuch", "--backend", "managed", "--out", _outputDirectory);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nosuch").And.Contain("holds, broken, throws"));
        Assert.That(Directory.Exists(_outputDirectory), Is.False);
    }

    [TestCase("run", "holds", "--backend", "cuda")]
    [TestCase("run", "holds", "--instances", "0")]
    [TestCase("run", "holds", "--instance", "-1")]
    [TestCase("run", "holds", "--jobs", "0")]
    [TestCase("run", "holds", "--seed", "minus-one")]
    [TestCase("run")]
    [TestCase("frobnicate")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var (code, _, error) = Verify(args);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("verify: "));
    }

    [Test]
    public void Help_ExitsZero()
    {
        var (code, output, _) = Verify("--help");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("doctor").And.Contain("run"));
    }

    [Test]
    public void Run_CancelledBeforeStartWritesNothing()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        int code = VerifyCli.Run(["run", "all", "--backend", "managed", "--out", _outputDirectory], new StringWriter(), new StringWriter(), source.Token, Catalog);

        Assert.That(code, Is.EqualTo(ExitCodes.Interrupted));
        Assert.That(Directory.Exists(_outputDirectory), Is.False);
    }
}

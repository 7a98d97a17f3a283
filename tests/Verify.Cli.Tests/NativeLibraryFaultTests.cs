using System.Text.Json.Nodes;
using NUnit.Framework;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Cli.Tests;

/// <summary>
/// The CLI in a child process with a native library hidden (its path variable pointing at a file that does not exist):
/// Z3 missing, or a forced backend missing, is one clear line and exit 4 with no stack trace and no report; with
/// <c>--backend auto</c> a missing first choice falls back to the next backend and says so in the console and the report.
/// </summary>
public sealed class NativeLibraryFaultTests
{
    private const string Missing = "/nonexistent/verify-hidden-library.so";

    private string _directory = "";

    private string OutFolder => Path.Combine(_directory, "out");

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-fault-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "x.csv"), "0.6,0.8,0\n0,0.6,0.8\n0.8,0,0.6\n1,0,0\n");
        File.WriteAllText(Path.Combine(_directory, "y.csv"), "y\n0.5\n-0.5\n0.25\n-0.25\n");
        File.WriteAllText(Path.Combine(_directory, "setup.json"), """
            {
              "data": { "inputs": "x.csv", "targets": "y.csv" },
              "model": { "architecture": "two-layer-relu", "width": 5, "init": { "seed": 7 } },
              "training": { "learningRate": 0.1, "steps": 20 }
            }
            """);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string SetupPath => Path.Combine(_directory, "setup.json");

    private static string PathVariable(BackendKind kind) => kind == BackendKind.Mkl ? Backends.MklPathVariable : Backends.OpenBlasPathVariable;

    [TestCase("run")]
    [TestCase("check")]
    public void Z3Missing_IsOneLineAndExit4WithNoReport(string command)
    {
        string[] args = command == "run" ? ["run", "du2019", "--quick", "--out", OutFolder] : ["check", SetupPath, "--out", OutFolder];

        var (code, output, error) = CliProcess.Run(new Dictionary<string, string> { [Z3Library.PathVariable] = Missing }, args);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment), error + output);
        Assert.That(error, Does.StartWith("verify: Z3 is missing: ").And.Contain(Missing).And.Contain("install libz3-4").And.Contain("verify doctor"));
        AssertOneCleanLine(error);
        Assert.That(Directory.Exists(OutFolder), Is.False, "no report");
    }

    [Test]
    public void ForcedBackendMissing_IsOneLineAndExit4WithNoReport()
    {
        var (code, output, error) = CliProcess.Run(new Dictionary<string, string> { [Backends.OpenBlasPathVariable] = Missing },
            "run", "du2019", "--quick", "--backend", "openblas", "--out", OutFolder);

        Assert.That(code, Is.EqualTo(ExitCodes.Environment), error + output);
        Assert.That(error, Does.StartWith("verify: --backend openblas: OpenBLAS (libopenblas.so.0) did not load (")
            .And.Contain(Missing).And.Contain("libopenblas0-pthread").And.Contain("verify doctor"));
        AssertOneCleanLine(error);
        Assert.That(Directory.Exists(OutFolder), Is.False, "no report");
    }

    [Test]
    public void AutoWithItsFirstChoiceMissing_FallsBackAndSaysSoInConsoleAndReport()
    {
        BackendKind first = Backends.AutoOrder[0];
        BackendKind next = Backends.AutoOrder[1];
        Assume.That(Backends.ProbeAll().Single(p => p.Kind == next).IsAvailable, Is.True, $"{next} is installed (the fallback)");
        var environment = new Dictionary<string, string> { [PathVariable(first)] = Missing, [Backends.EnvironmentVariable] = "" };

        var (code, output, error) = CliProcess.Run(environment, "check", SetupPath, "--out", OutFolder);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error + output);
        string warning = $"backend auto fell back to {Backends.ProbeAll().Single(p => p.Kind == next).Description!.Name}: ";
        Assert.That(error, Does.Contain("WARNING: " + warning).And.Contain(Missing).And.Contain("verify doctor"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(OutFolder, "report.json")))!;
        Assert.That(json["environment"]!["warnings"]!.AsArray().Select(w => w!.GetValue<string>()), Has.Some.StartsWith(warning));
        Assert.That(File.ReadAllText(Path.Combine(OutFolder, "index.html")), Does.Contain("fell back to"));
    }

    private static void AssertOneCleanLine(string error)
    {
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
    }
}

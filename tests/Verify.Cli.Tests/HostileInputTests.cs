using System.Diagnostics;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// Hostile input the bad-setup corpus cannot hold (FIFOs and devices made at test time, unusable report folders, huge
/// files): each refused up front with exit 2, a clear message and no stack trace, and in bounded time.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-hostile-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "y.csv"), "y\n0.5\n-0.5\n0.25\n-0.25\n");
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Setup(string inputs = "x.csv", string delta = "0.1", string rate = "0.1", string? theorems = null, string width = "5")
    {
        string path = Path.Combine(_directory, "setup.json");
        string theoremsField = theorems is null ? "" : $"\"theorems\": {theorems},";
        File.WriteAllText(path, $$"""
            {
              {{theoremsField}}
              "data": { "inputs": "{{inputs}}", "targets": "y.csv" },
              "model": { "architecture": "two-layer-relu", "width": {{width}}, "init": { "seed": 7 } },
              "training": { "learningRate": {{rate}}, "steps": 20 },
              "delta": {{delta}}
            }
            """);
        return path;
    }

    private void WriteInputs() => File.WriteAllText(Path.Combine(_directory, "x.csv"), "0.6,0.8,0\n0,0.6,0.8\n0.8,0,0.6\n1,0,0\n");

    /// <summary>Runs the CLI on a worker thread so a hang fails the test instead of stalling the suite.</summary>
    private static (int Code, string Output, string Error) Verify(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = Task.Run(() => VerifyCli.Run(args, output, error));
        Assert.That(run.Wait(Patience), Is.True, $"verify {string.Join(' ', args)} did not finish within {Patience}");
        return (run.Result, output.ToString(), error.ToString());
    }

    private static void AssertRefused((int Code, string Output, string Error) result, params string[] fragments)
    {
        Assert.That(result.Code, Is.EqualTo(2), result.Error + result.Output);
        foreach (string fragment in fragments)
        {
            Assert.That(result.Error, Does.Contain(fragment));
        }
        Assert.That(result.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace");
    }

    private string OutFolder => Path.Combine(_directory, "out");

    /// <summary>60 000 samples in a 1.6 MB CSV: its n×n kernels cannot be stored; refused cheaply, before any analysis.</summary>
    [Test]
    public void Check_60000SamplesInACsv_AreRefusedBeforeAnyWork()
    {
        const int n = 60_000;
        File.WriteAllText(Path.Combine(_directory, "x.csv"), string.Concat(Enumerable.Repeat("0.600000,0.800000,0.000000\n", n)));
        File.WriteAllText(Path.Combine(_directory, "y.csv"), "y\n" + string.Concat(Enumerable.Repeat("0.5\n", n)));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = Verify("check", Setup(), "--out", OutFolder);

        AssertRefused(result, "setup.json: $.data.inputs: 60000 samples are too many for the n×n kernel matrices",
            "60000×60000 = 3600000000 elements", "expected at most 46340 samples");
        Assert.That(result.Output, Does.Not.Contain("checking"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "refused cheaply");
        Assert.That(Directory.Exists(OutFolder), Is.False);
    }

    [Test]
    public void Check_FifoAsDataFile_IsRefusedWithoutOpeningIt()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "FIFOs are a Unix thing");
        string fifo = Path.Combine(_directory, "x.csv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        }

        var result = Verify("check", Setup(), "--out", OutFolder);

        AssertRefused(result, "$.data.inputs", "x.csv' is a FIFO, not a regular file");
        Assert.That(Directory.Exists(OutFolder), Is.False);
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void Check_CharacterDeviceBehindADataName_IsRefusedWithoutReadingIt(string device)
    {
        Assume.That(File.Exists(device), device);
        File.CreateSymbolicLink(Path.Combine(_directory, "x.csv"), device);

        AssertRefused(Verify("check", Setup(), "--out", OutFolder), "$.data.inputs", "x.csv' is a character device, not a regular file");
        AssertRefused(Verify("check", Setup(inputs: device), "--out", OutFolder), $"'{device}' is a character device, not a regular file");
    }

    /// <summary>The extremes of δ and η that are accepted are analysed through: no check errs and nothing overflows into an exception.</summary>
    [TestCase("1e-50", "0.1")]
    [TestCase("0.1", "1e300")]
    [TestCase("0.1", "1e-320")]
    public void Check_ExtremeAcceptedDeltaAndStepSize_AreAnalysedWithoutError(string delta, string rate)
    {
        WriteInputs();

        var (code, output, error) = Verify("check", Setup(delta: delta, rate: rate), "--out", OutFolder);

        Assert.That(code, Is.Zero, output + error);
        Assert.That(output + error, Does.Not.Contain("Error").And.Not.Contain("working out what to change failed").And.Not.Contain("could not be evaluated").And.Not.Contain("Exception"));
    }

    private static IEnumerable<TestCaseData> UnusableOutFolders()
    {
        foreach (string command in new[] { "check", "run" })
        {
            yield return new TestCaseData(command, "a-file", "it exists and is not a folder").SetArgDisplayNames(command, "an existing file");
            yield return new TestCaseData(command, "/dev/null", "it exists and is not a folder").SetArgDisplayNames(command, "/dev/null");
            yield return new TestCaseData(command, "report-json-folder", "report.json' is a folder").SetArgDisplayNames(command, "report.json a folder");
            yield return new TestCaseData(command, "index-html-folder", "index.html' is a folder").SetArgDisplayNames(command, "index.html a folder");
            yield return new TestCaseData(command, "too-long", "").SetArgDisplayNames(command, "a name too long");
            yield return new TestCaseData(command, "under-a-file", "a-file' is a file, not a folder").SetArgDisplayNames(command, "under a file");
        }
    }

    private string OutPath(string kind)
    {
        switch (kind)
        {
            case "a-file":
                File.WriteAllText(Path.Combine(_directory, "a-file"), "taken");
                return Path.Combine(_directory, "a-file");
            case "report-json-folder":
                Directory.CreateDirectory(Path.Combine(_directory, "out", "report.json"));
                return Path.Combine(_directory, "out");
            case "index-html-folder":
                Directory.CreateDirectory(Path.Combine(_directory, "out", "index.html"));
                return Path.Combine(_directory, "out");
            case "too-long":
                return Path.Combine(_directory, "out", new string('o', 300));
            case "under-a-file":
                File.WriteAllText(Path.Combine(_directory, "a-file"), "taken");
                return Path.Combine(_directory, "a-file", "out");
            default:
                return kind;
        }
    }

    /// <summary>An unusable --out is exit 2 with the path and the reason, before any work (no theorem runs, no training).</summary>
    [TestCaseSource(nameof(UnusableOutFolders))]
    public void UnusableOut_IsRefusedBeforeAnyWork(string command, string kind, string reason)
    {
        Assume.That(kind != "/dev/null" || File.Exists("/dev/null"));
        WriteInputs();
        string setup = Setup();
        string outPath = OutPath(kind);

        var result = command == "check" ? Verify("check", setup, "--out", outPath) : Verify("run", "du2019", "--quick", "--out", outPath);

        AssertRefused(result, $"cannot write the report to --out '{outPath}': ", reason, "nothing was run");
        Assert.That(result.Output, Does.Not.Contain("checking").And.Not.Contain("report:"), "no work was done");
        if (kind is "too-long")
        {
            Assert.That(Directory.Exists(Path.Combine(_directory, "out")), Is.False);
        }
    }

    [Test]
    public void ReadOnlyOut_IsRefusedBeforeAnyWork()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes");
            return;
        }
        string folder = Path.Combine(_directory, "read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            string probe = Path.Combine(folder, "probe");
            bool writable;
            try
            {
                File.WriteAllText(probe, "");
                File.Delete(probe);
                writable = true;
            }
            catch (UnauthorizedAccessException)
            {
                writable = false;
            }
            Assume.That(writable, Is.False, "this user (root?) writes into read-only folders");
            WriteInputs();

            AssertRefused(Verify("check", Setup(), "--out", folder), $"cannot write the report to --out '{folder}': ", "denied");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A setup that names theorems none of which covers it is bad input: exit 2, each theorem's reason, no report.</summary>
    [Test]
    public void Check_NamedTheoremsThatDoNotCoverTheSetup_AreRefusedWithEachReason()
    {
        WriteInputs();
        string setup = Path.Combine(_directory, "setup.json");
        File.WriteAllText(setup, """
            {
              "theorems": ["du2019"],
              "data": { "inputs": "x.csv", "targets": "y.csv" },
              "model": { "architecture": "mlp", "widths": [6, 1], "activation": "tanh", "init": { "scheme": "lecun", "seed": 7 } },
              "training": { "learningRate": 0.1, "steps": 20 }
            }
            """);

        var result = Verify("check", setup, "--out", OutFolder);

        AssertRefused(result, "setup.json: $.theorems[0]: theorem 'du2019' does not cover this setup: ",
            "none of the theorems the setup names covers it; nothing was run", "leave out \"theorems\"");
        Assert.That(result.Output, Does.Not.Contain("training observed"));
        Assert.That(Directory.Exists(OutFolder), Is.False);
    }

    [Test]
    public void Check_SetupFileThatIsAFifoOrADevice_IsRefusedWithoutReadingIt()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "FIFOs are a Unix thing");
        string fifo = Path.Combine(_directory, "fifo.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        }

        AssertRefused(Verify("check", fifo, "--out", OutFolder), "the setup file is a FIFO, not a regular file");
        AssertRefused(Verify("check", "/dev/zero", "--out", OutFolder), "the setup file is a character device, not a regular file");
    }
}

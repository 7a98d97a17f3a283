using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace Verify.Cli.Tests;

/// <summary>
/// Signals sent to the real CLI in a child process (<c>dotnet verify.dll run du2019 --quick</c> with the default
/// jobs, so instances and their Z3 checks run on parallel threads): SIGINT exits 130 and SIGTERM 143, never a crash
/// inside libz3 (134/139), and the output folder holds no report and no temporary file.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SignalTests
{
    private const int Sigint = 2;
    private const int Sigterm = 15;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private string _outputDirectory = "";

    [SetUp]
    public void CreateOutputDirectory()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("POSIX signals only.");
        }
        if (SigintIgnoredHere())
        {
            Assert.Ignore("SIGINT is ignored in this process (e.g. started in the background by a non-interactive shell), so a child would inherit that.");
        }
        _outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-signal-{Guid.NewGuid():N}");
    }

    /// <summary>Whether SIGINT is ignored here (Linux: bit 1 of SigIgn in /proc/self/status); children inherit that.</summary>
    private static bool SigintIgnoredHere()
    {
        const string status = "/proc/self/status";
        string? line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null
            && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & (1UL << (Sigint - 1))) != 0;
    }

    [TearDown]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
    }

    // The in-scope instances train and call Z3 on both threads here; before Z3's calls took turns, one of these
    // crashed inside libz3 (139) or lost .NET's handler in most runs.
    [TestCase(0.0)]
    [TestCase(0.5)]
    [TestCase(1.5)]
    public void Sigint_WhileTheFirstInstancesTrain_Exits130WithNothingLeft(double seconds)
    {
        using var run = new ChildRun(_outputDirectory);
        run.WaitForOutput(line => line.Contains("training #", StringComparison.Ordinal), "the first progress line");
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        run.Signal(Sigint);

        AssertStoppedCleanly(run, ExitCodes.Interrupted);
    }

    [TestCase(Sigint, ExitCodes.Interrupted)]
    [TestCase(Sigterm, ExitCodes.Terminated)]
    public void Signal_WithAPreviousReport_LeavesItWhole(int signal, int expected)
    {
        var previous = SeedPreviousReport();
        using var run = new ChildRun(_outputDirectory);
        run.WaitForOutput(line => line.Contains("training #", StringComparison.Ordinal), "the first progress line");
        Thread.Sleep(TimeSpan.FromSeconds(0.5));
        run.Signal(signal);

        Assert.That(run.WaitForExit(), Is.EqualTo(expected), run.Describe());
        AssertPreviousReportWhole(previous, run);
    }

    [Test]
    public void Sigterm_WhileTheFirstInstancesTrain_Exits143WithNothingLeft()
    {
        using var run = new ChildRun(_outputDirectory);
        run.WaitForOutput(line => line.Contains("training #", StringComparison.Ordinal), "the first progress line");
        Thread.Sleep(TimeSpan.FromSeconds(1));
        run.Signal(Sigterm);

        AssertStoppedCleanly(run, ExitCodes.Terminated);
    }

    [TestCase(Sigint, 3.0)]
    [TestCase(Sigint, 6.0)]
    [TestCase(Sigterm, 6.0)]
    [Category("Slow")]
    public void Signal_SecondsAfterTheFirstProgressLine_StopsCleanly(int signal, double seconds)
    {
        using var run = new ChildRun(_outputDirectory);
        run.WaitForOutput(line => line.Contains("training #", StringComparison.Ordinal), "the first progress line");
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        run.Signal(signal);

        AssertStoppedCleanly(run, signal == Sigint ? ExitCodes.Interrupted : ExitCodes.Terminated);
    }

    [TestCase(1, false)]
    [TestCase(8, false)]
    [TestCase(8, true)]
    [Category("Slow")]
    public void Sigint_AfterTheNthInstanceFinished_EitherStopsCleanlyOrCompletesTheReport(int finished, bool withPreviousReport)
    {
        // After the 8th (last) instance of the quick run the report is being written: the signal either rolls it
        // back (130: the previous report, or nothing, left) or arrives after the swap (the run's own exit code, the new report).
        var previous = withPreviousReport ? SeedPreviousReport() : null;
        using var run = new ChildRun(_outputDirectory);
        run.WaitForOutput(line => line.StartsWith("du2019/", StringComparison.Ordinal), $"{finished} instance result line(s)", finished);
        run.Signal(Sigint);

        int code = run.WaitForExit();
        if (code == ExitCodes.Interrupted)
        {
            if (previous is null)
            {
                AssertNothingLeft(run);
            }
            else
            {
                AssertPreviousReportWhole(previous, run);
            }
        }
        else
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.Counterexample), run.Describe());
            Assert.That(File.ReadAllText(Path.Combine(_outputDirectory, "index.html")), Does.Not.Contain(PreviousMarker), run.Describe());
            Assert.That(TemporaryFiles(), Is.Empty, run.Describe());
            Assert.That(Siblings(), Is.Empty, run.Describe());
        }
    }

    private const string PreviousMarker = "previous report";

    /// <summary>Puts a previous report (index.html, report.json, a figure) into the output folder and returns its files' bytes.</summary>
    private Dictionary<string, byte[]> SeedPreviousReport()
    {
        Directory.CreateDirectory(Path.Combine(_outputDirectory, "figures"));
        File.WriteAllText(Path.Combine(_outputDirectory, "index.html"), $"<p>{PreviousMarker}</p>");
        File.WriteAllText(Path.Combine(_outputDirectory, "report.json"), $"{{\"note\": \"{PreviousMarker}\"}}");
        File.WriteAllBytes(Path.Combine(_outputDirectory, "figures", "previous.png"), [0x89, 0x50, 0x4E, 0x47]);
        return Snapshot();
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_outputDirectory, "*", SearchOption.AllDirectories).ToDictionary(path => Path.GetRelativePath(_outputDirectory, path), File.ReadAllBytes);

    private void AssertPreviousReportWhole(Dictionary<string, byte[]> previous, ChildRun run)
    {
        var now = Snapshot();
        Assert.That(now.Keys, Is.EquivalentTo(previous.Keys), run.Describe());
        foreach (var (path, bytes) in previous)
        {
            Assert.That(now[path], Is.EqualTo(bytes), $"{path} changed. {run.Describe()}");
        }
        Assert.That(Siblings(), Is.Empty, $"a staging or old folder left beside the output folder. {run.Describe()}");
    }

    /// <summary>The report's staging and old folders beside the output folder (named after it).</summary>
    private string[] Siblings() =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(_outputDirectory)!, $".{Path.GetFileName(_outputDirectory)}*");

    private void AssertStoppedCleanly(ChildRun run, int expected)
    {
        int code = run.WaitForExit();
        Assert.That(code, Is.Not.EqualTo(134).And.Not.EqualTo(139), $"crashed. {run.Describe()}");
        Assert.That(run.Error, Does.Not.Contain("stack smashing").And.Not.Contain("Segmentation"), run.Describe());
        Assert.That(code, Is.EqualTo(expected), run.Describe());
        Assert.That(run.Error, Does.Contain("no report was written"), run.Describe());
        AssertNothingLeft(run);
    }

    private void AssertNothingLeft(ChildRun run)
    {
        string[] left = Directory.Exists(_outputDirectory)
            ? Directory.GetFiles(_outputDirectory, "*", SearchOption.AllDirectories)
            : [];
        Assert.That(left, Is.Empty, $"files left in the output folder. {run.Describe()}");
        Assert.That(Siblings(), Is.Empty, $"a staging folder left beside the output folder. {run.Describe()}");
    }

    private string[] TemporaryFiles() =>
        Directory.GetFiles(_outputDirectory, "*.tmp", SearchOption.AllDirectories);

    /// <summary><c>dotnet verify.dll run du2019 --quick --out DIR</c>, its output collected line by line.</summary>
    private sealed class ChildRun : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly StringBuilder _error = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public ChildRun(string outputDirectory)
        {
            string verify = Path.Combine(AppContext.BaseDirectory, "verify.dll");
            Assert.That(File.Exists(verify), Is.True, $"the built CLI next to the tests: {verify}");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { verify, "run", "du2019", "--quick", "--out", outputDirectory })
            {
                start.ArgumentList.Add(argument);
            }
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_lines)
                    {
                        _lines.Add(e.Data);
                        Monitor.PulseAll(_lines);
                    }
                }
            };
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_error)
                    {
                        _error.AppendLine(e.Data);
                    }
                }
            };
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        /// <summary>Waits until <paramref name="count"/> output lines match (the process must still be running).</summary>
        public void WaitForOutput(Func<string, bool> match, string what, int count = 1)
        {
            var deadline = DateTime.UtcNow + Patience;
            lock (_lines)
            {
                while (_lines.Count(match) < count)
                {
                    if (_process.HasExited || DateTime.UtcNow > deadline)
                    {
                        Assert.Fail($"no {what} before the run {(_process.HasExited ? "ended" : "timed out")}. {Describe()}");
                    }
                    Monitor.Wait(_lines, TimeSpan.FromMilliseconds(100));
                }
            }
        }

        public void Signal(int signal)
        {
            using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            Assert.That(kill.ExitCode, Is.EqualTo(0), $"kill -{signal} failed (the run had already ended?). {Describe()}");
            _clock.Restart();
        }

        public int WaitForExit()
        {
            if (!_process.WaitForExit(Patience))
            {
                _process.Kill(entireProcessTree: true);
                Assert.Fail($"the run did not stop within {Patience.TotalMinutes} minutes of the signal. {Describe()}");
            }
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public string Describe()
        {
            string output;
            lock (_lines)
            {
                output = string.Join("\n", _lines.TakeLast(15));
            }
            return $"After the signal: {_clock.Elapsed.TotalSeconds:F1} s. Output (tail):\n{output}\nError:\n{Error}";
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
            _process.Dispose();
        }
    }
}

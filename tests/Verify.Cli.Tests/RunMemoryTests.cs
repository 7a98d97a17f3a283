using System.Globalization;
using NUnit.Framework;
using Verify.Setup;

namespace Verify.Cli.Tests;

/// <summary>
/// <see cref="RunMemory"/> against measurements: report.json's bytes per recorded number, and a real run that completes
/// under a GC heap limit of the estimate plus the runtime's own need, while a limit below the estimate is refused up front.
/// </summary>
public sealed class RunMemoryTests
{
    /// <summary>A `verify check` of 4 samples (n ≥ 1000 with the generator) finishes under this GC heap limit: measured, an n = 50 check completes under 40 MiB.</summary>
    private const long RuntimeBytes = 40L << 20;

    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"verify-memory-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "x.csv"), "0.6,0.8,0\n0,0.6,0.8\n0.8,0,0.6\n1,0,0\n");
        File.WriteAllText(Path.Combine(_directory, "y.csv"), "y\n0.5\n-0.5\n0.25\n-0.25\n");
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string Setup(string name, string data, int steps)
    {
        string path = Path.Combine(_directory, name + ".json");
        File.WriteAllText(path, $$"""
            { "data": {{data}},
              "model": { "architecture": "two-layer-relu", "width": 5, "init": { "seed": 7 } },
              "training": { "learningRate": 0.1, "steps": {{steps}} } }
            """);
        return path;
    }

    private const string Files = """{ "inputs": "x.csv", "targets": "y.csv" }""";

    /// <summary>
    /// report.json grows per step by ReportNumbersPerStep numbers of at most JsonBytesPerNumber bytes. Measured here ≈ 32
    /// (4-digit steps); the constant, 36, allows 8-digit steps and exponents, so the measurement must lie within
    /// [0.8, 1] of it: a report that drew more every-step series, or a format that grew, fails the upper end, and an
    /// estimate far too generous fails the lower one.
    /// </summary>
    [Test]
    public void ReportJson_GrowsPerStepAsEstimated()
    {
        long Size(int steps)
        {
            string folder = Path.Combine(_directory, $"out{steps}");
            int code = VerifyCli.Run(["check", Setup($"s{steps}", Files, steps), "--out", folder], new StringWriter(), new StringWriter());
            Assert.That(code, Is.Zero);
            return new FileInfo(Path.Combine(folder, "report.json")).Length;
        }

        double perNumber = (Size(3000) - Size(1000)) / (2000.0 * RunMemory.ReportNumbersPerStep(null));

        Assert.That(perNumber, Is.InRange(0.8 * RunMemory.JsonBytesPerNumber, RunMemory.JsonBytesPerNumber));
    }

    private long Estimate(int n) => (long)RunMemory.Total(RunMemory.TwoLayerRelu(n, 3, 5, 20, "$.data.n"));

    private (int Code, string Output, string Error) CheckUnderHeapLimit(int n, long limit) =>
        CliProcess.Run(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = limit.ToString("x", CultureInfo.InvariantCulture) },
            "check", Setup($"n{n}", $$"""{ "generator": "unit-sphere", "n": {{n}}, "d": 3, "seed": 1 }""", 20), "--out", Path.Combine(_directory, "out"));

    /// <summary>
    /// n = 1500: the estimate (9 n×n kernels = 162 MB, the advice's search trial 160 MB, the rest &lt; 1 MB) plus the
    /// runtime's own 40 MiB is enough: the GC never needs more heap than that for the whole check (it collects before it
    /// would exceed a hard limit, and throws OutOfMemoryException — exit 3 — if it cannot). Measured with 5 kernels counted (before the
    /// certified bounds' work copies): the check completed under 250 MiB (that estimate + 12 MB); without a limit its peak RSS is 597 MB, since the GC leaves the
    /// ~20 short-lived n×n arrays (eigensolver copies, one per λ_min(H(k)) probe step) for later collections.
    /// </summary>
    [Test]
    [Category("Slow")]
    public void Estimate_IsEnoughForARealRunUnderAHeapLimit()
    {
        var (code, output, error) = CheckUnderHeapLimit(1500, Estimate(1500) + RuntimeBytes);

        Assert.That(code, Is.Zero, error + output);
    }

    [Test]
    public void HeapLimitBelowTheEstimate_IsRefusedUpFrontWithTheNumbers()
    {
        long limit = Estimate(1500) * 9 / 10;

        var (code, output, error) = CheckUnderHeapLimit(1500, limit);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), error + output);
        Assert.That(error, Does.Contain($"the run would need about {Estimate(1500)} bytes").And.Contain("9 n×n kernel matrices")
            .And.Contain($"but {limit} bytes").And.Contain("are available"));
        Assert.That(output, Does.Not.Contain("checking"), "refused before any work");
    }
}

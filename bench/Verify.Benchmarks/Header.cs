using MathNet.Numerics;

namespace Verify.Benchmarks;

/// <summary>The lines above the table: machine, runtime, settings, and each backend's version, library and threads.</summary>
internal static class Header
{
    private const string CoreType = "OPENBLAS_CORETYPE";

    private static readonly string[] ThreadVariables = ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"];

    /// <summary>
    /// OPENBLAS_CORETYPE as the process started. Read it before any backend loads: .NET snapshots the environment
    /// on first access, so a later read would include Verify.Numerics' own setenv.
    /// </summary>
    public static string? CoreTypeAtStart { get; private set; }

    public static void CaptureStartEnvironment() => CoreTypeAtStart = Environment.GetEnvironmentVariable(CoreType);

    public static void Write(TextWriter output, BackendSet backends, BenchOptions options, Sizes sizes)
    {
        output.WriteLine($"Verify backend benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine($"CPU:       {MachineInfo.Cpu()}");
        output.WriteLine($"runtime:   {MachineInfo.Runtime()}");
        output.WriteLine($"load avg:  {MachineInfo.LoadAverage()} (1, 5, 15 min) before the run");
        output.WriteLine($"{CoreType}: {CoreTypeText()}");
        var threads = ThreadVariables.Select(v => $"{v}={Environment.GetEnvironmentVariable(v) ?? "(unset)"}");
        output.WriteLine($"threads:   {string.Join(", ", threads)}; MathNet MaxDegreeOfParallelism={Control.MaxDegreeOfParallelism}");
        output.WriteLine(
            $"method:    {(options.Quick ? "--quick, " : "")}1 warm-up + {options.Reps} timed reps per backend, interleaved " +
            $"(A B C A B C), full GC before each call; median, min and max of wall-clock time");
        output.WriteLine(
            $"sizes:     DGEMM {sizes.Gemm} (managed {sizes.ManagedGemm}), eigen {sizes.Eigen}x{sizes.Eigen}, " +
            $"SVD {sizes.SvdRows}x{sizes.SvdColumns}; standard normal inputs, fixed seed");
        if (backends.Forced is { } forced)
        {
            output.WriteLine($"VERIFY_BACKEND={forced}: only this backend was loaded into the process");
        }

        output.WriteLine("backends:");
        foreach (var backend in backends.Loaded)
        {
            var d = backend.Description;
            output.WriteLine($"  {BackendSet.Label(d.Kind),-9} {d.Version}");
            output.WriteLine($"  {"",-9} {d.LibraryPath ?? "(managed code)"}, {d.Threads} threads");
        }

        foreach (var missing in backends.Unavailable)
        {
            output.WriteLine($"  not loaded: {missing}");
        }

        output.WriteLine();
    }

    private static string CoreTypeText()
    {
        var atStart = CoreTypeAtStart;
        var now = NativeEnvironment.Get(CoreType);
        return (atStart, now) switch
        {
            (null, null) => "(unset)",
            (null, _) => $"{now} (set by Verify.Numerics before loading OpenBLAS)",
            _ when atStart == now => $"{now} (from the environment)",
            _ => $"{now} (was {atStart} at start)",
        };
    }
}

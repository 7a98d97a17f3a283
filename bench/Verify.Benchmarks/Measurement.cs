using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>The timings of one workload on one backend.</summary>
/// <param name="Workload">The workload's name.</param>
/// <param name="Backend">The backend kind.</param>
/// <param name="Shape">The problem size measured.</param>
/// <param name="Flops">Operations per run, when counted.</param>
/// <param name="Seconds">Wall-clock seconds of each timed repetition, in run order.</param>
internal sealed record Measurement(string Workload, BackendKind Backend, string Shape, double? Flops, IReadOnlyList<double> Seconds)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToArray();
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
        }
    }

    public double Min => Seconds.Min();

    public double Max => Seconds.Max();

    /// <summary>GFLOP/s at the median time, when the operation count is known.</summary>
    public double? GigaflopsPerSecond => Flops / Median / 1e9;
}

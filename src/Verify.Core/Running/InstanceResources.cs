using System.Diagnostics;

namespace Verify.Core;

/// <summary>
/// What one instance cost: its wall time, and the managed memory the process allocated while it ran
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise — the imprecise count can miss a small instance entirely — before and after). Allocation is measured rather than a peak working set
/// because it can be attributed to the instance: the working set belongs to the whole process (the GC keeps freed memory
/// and concurrent instances share it), while an instance's allocations are its own — exactly so when instances run one at
/// a time (<c>--jobs 1</c>); with more jobs the count also takes in the instances running alongside. Native BLAS buffers
/// are not managed memory and are not counted; the run's peak working set is <see cref="RunReport.PeakWorkingSetBytes"/>.
/// </summary>
public sealed record InstanceResources(double WallSeconds, long AllocatedBytes)
{
    /// <summary>Starts measuring; <see cref="Measurement.Stop"/> gives the resources used since.</summary>
    public static Measurement Start() => new(Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(precise: true));

    /// <summary>A measurement under way.</summary>
    public readonly record struct Measurement(long StartTimestamp, long StartAllocated)
    {
        public InstanceResources Stop() =>
            new(Stopwatch.GetElapsedTime(StartTimestamp).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - StartAllocated);
    }
}

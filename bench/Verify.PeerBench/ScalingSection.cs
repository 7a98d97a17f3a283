using System.Diagnostics;
using System.Globalization;

namespace Verify.PeerBench;

/// <summary>
/// Time per gradient step as the width m grows (n = d fixed) and as the number of samples n grows (d, m fixed), on
/// every Verify backend and in PyTorch, side by side at every point. Both sweeps should have slope 1 on log-log axes:
/// a step is two GEMMs of 2·n·d·m FLOP each plus O(n·m + m·d) elementwise work.
/// </summary>
internal static class ScalingSection
{
    public static IReadOnlyList<Sweep> Run(BenchContext context)
    {
        var sizes = context.Sizes;
        var runner = new InterleavedRunner(sizes.ScalingReps, context.Peer.ProcessId, context.Log);
        var d = sizes.StepInputs;
        var byWidth = sizes.ScalingWidths
            .Select(m => new SweepPoint(m, Point(context, runner, "sweep m", d, d, m)))
            .ToList();
        var bySamples = sizes.ScalingSamples
            .Select(n => new SweepPoint(n, Point(context, runner, "sweep n", n, d, sizes.ScalingFixedWidth)))
            .ToList();
        return
        [
            new Sweep("m", $"time per gradient step vs width m (n = d = {d})", byWidth),
            new Sweep("n", $"time per gradient step vs samples n (d = {d}, m = {sizes.ScalingFixedWidth})", bySamples),
        ];
    }

    /// <summary>
    /// One point. The previous point's buffers (gigabytes at m = 64000, on both sides) are garbage by now: collect
    /// them before drawing the next instance, so that the two processes together stay well inside the machine's memory.
    /// </summary>
    private static Comparison Point(BenchContext context, InterleavedRunner runner, string workload, int n, int d, int m)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var clock = Stopwatch.StartNew();
        var data = DuData.Draw(n, d, m, Seeds.Scaling);
        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (n={n}, d={d}, m={m}: drawn in {clock.Elapsed.TotalSeconds:F1} s)"));
        return GradientStepSection.Measure(context, data, workload, runner, withGemmFloor: false);
    }
}

namespace Verify.PeerBench;

/// <summary>
/// The issue's targets, checked against the medians and printed (the benchmark never fails on them): W1 Verify/PyTorch
/// ≤ 0.8 and step ≤ 1.2 × its GEMMs; W2 and W3 Verify/peer ≤ 1.0; W5 Verify/PyTorch ≤ 0.9, step ≤ 1.2 × its GEMMs and
/// peak RSS ≤ 1.5 × the arrays of the step; W4 peak RSS ≤ 1.5 × the arrays; the m sweep linear.
/// </summary>
internal static class Targets
{
    public static IEnumerable<string> Describe(BenchResults results)
    {
        foreach (var row in results.Rows.Where(r => r.Workload.StartsWith('W')))
        {
            var limit = row.Workload.StartsWith("W1", StringComparison.Ordinal) ? 0.8
                : row.Workload.StartsWith("W5", StringComparison.Ordinal) ? 0.9
                : 1.0;
            yield return Line($"{row.Workload} {row.Shape}: {row.Verify} / {row.Peer} = {Format.Ratio(row.Ratio)}", row.Ratio <= limit, $"≤ {Format.Number(limit, "F1")}");
            if (row.StepOverGemms is { } overGemms && row.Peer == "PyTorch")
            {
                yield return Line($"{row.Workload} {row.Shape}: {row.Verify} step / its GEMMs = {Format.Ratio(overGemms)}", overGemms <= 1.2, "≤ 1.2");
            }
        }

        foreach (var memory in results.StepMemory)
        {
            yield return Line($"W5 {memory.Activation} peak RSS / array bytes = {Format.Ratio(memory.PeakOverArrays)}", memory.PeakOverArrays <= 1.5, "≤ 1.5");
        }

        if (results.WholeRun is { } whole)
        {
            foreach (var run in new[] { whole.Shipped, whole.Sequential })
            {
                var ratio = whole.PeakOverArrays(run);
                yield return Line($"W4 ({run.Jobs} jobs) peak RSS / array bytes = {Format.Ratio(ratio)}", ratio <= 1.5, "≤ 1.5");
            }
        }

        foreach (var sweep in results.Sweeps)
        {
            foreach (var label in sweep.Labels)
            {
                var slope = sweep.Fit(label).Slope;
                yield return Line($"sweep {sweep.Parameter}: {label} log-log slope = {Format.Number(slope, "F2")}", Math.Abs(slope - 1) <= 0.15, "1 ± 0.15 (linear)");
            }
        }
    }

    private static string Line(string measured, bool met, string target) => $"{(met ? "met   " : "MISSED")}  {measured}  (target {target})";
}

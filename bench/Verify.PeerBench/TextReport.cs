using System.Globalization;

namespace Verify.PeerBench;

/// <summary>The plain-text report: header, the side-by-side table, the sweeps with their slopes, W4, targets, notes.</summary>
internal static class TextReport
{
    private const string RowFormat = "{0,-24} {1,-17} {2,-17} {3,9} {4,-19} {5,9} {6,8} {7,8} {8,8} {9,9}";

    public static void Write(TextWriter output, BenchResults results)
    {
        foreach (var line in results.Header)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine(Line("workload", "shape", "Verify", "median s", "peer", "median s", "V/peer", "V %DGEMM", "p %DGEMM", "V/GEMMs"));
        output.WriteLine(new string('-', 140));
        foreach (var row in results.Rows)
        {
            output.WriteLine(Line(
                row.Workload, row.Shape, row.Verify, Format.Seconds(row.VerifyMedian), row.Peer, Format.Seconds(row.PeerMedian),
                Format.Ratio(row.Ratio), Format.Percent(row.VerifyDgemm), Format.Percent(row.PeerDgemm),
                row.StepOverGemms is { } g ? Format.Ratio(g) : ""));
        }

        output.WriteLine();
        output.WriteLine(
            "V/peer = Verify median / peer median (< 1: Verify faster). %DGEMM = the workload's GEMM FLOP / median / the DGEMM rate of the "
            + "same library in this run (NumPy and PyTorch share one OpenBLAS: torch.mm's rate). V/GEMMs = the step's median / the median "
            + "of its GEMMs alone on the same backend (W1: two; W5: the 3L − 1 of one step, forward and backward). A %DGEMM above 100% means the library runs the workload's shapes faster "
            + "than its own 2000x2000 DGEMM (MKL here).");
        output.WriteLine("DGEMM rates: " + string.Join(", ", results.DgemmRates.Select(r =>
            $"{r.Key} {Format.Number(r.Value / 1e9, "F1")} GFLOP/s")));
        if (results.Breakdown.Count > 0)
        {
            WriteBreakdown(output, results.Breakdown);
        }

        foreach (var sweep in results.Sweeps)
        {
            WriteSweep(output, sweep);
        }

        if (results.StepMemory.Count > 0)
        {
            WriteStepMemory(output, results.StepMemory);
        }

        if (results.WholeRun is { } whole)
        {
            WriteWholeRun(output, whole);
        }

        output.WriteLine();
        output.WriteLine("targets (printed, never enforced):");
        foreach (var line in Targets.Describe(results))
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine();
        output.WriteLine("checks and noise:");
        foreach (var comparison in new[] { results.Dgemm }.Concat(results.Workloads).Concat(results.Breakdown).Concat(results.Sweeps.SelectMany(s => s.Points.Select(p => p.Comparison))))
        {
            output.WriteLine($"  {comparison.Workload} {comparison.Shape}: {comparison.Agreement}; {comparison.Noise}");
        }

        output.WriteLine($"whole run: {results.Noise}");
    }

    private static void WriteBreakdown(TextWriter output, IReadOnlyList<Comparison> breakdown)
    {
        output.WriteLine();
        output.WriteLine("breakdown of W2, W3 and W5 (each piece alone, interleaved like the table; GFLOP/s where the piece is GEMM work):");
        foreach (var comparison in breakdown)
        {
            foreach (var timing in comparison.Timings)
            {
                var rate = comparison.GemmFlops is { } f ? Format.Number(f / timing.Median / 1e9, "F1") : "";
                output.WriteLine($"  {comparison.Workload,-30} {comparison.Shape,-17} {timing.Label,-27} {Format.Seconds(timing.Median),9} {rate,7}");
            }
        }
    }

    private static void WriteSweep(TextWriter output, Sweep sweep)
    {
        output.WriteLine();
        output.WriteLine($"{sweep.Title}:");
        var labels = sweep.Labels;
        var verify = labels.Where(l => l.StartsWith("Verify", StringComparison.Ordinal)).ToList();
        var peer = labels.First(l => !l.StartsWith("Verify", StringComparison.Ordinal));
        output.WriteLine("  " + string.Join(" ", new[] { $"{sweep.Parameter,8}" }
            .Concat(labels.Select(l => $"{l,18}"))
            .Concat(verify.Select(l => $"{l.Replace("Verify", "V", StringComparison.Ordinal) + "/peer",16}"))));
        for (var i = 0; i < sweep.Points.Count; i++)
        {
            var point = i;
            output.WriteLine("  " + string.Join(" ", new[] { $"{sweep.Points[i].Value,8}" }
                .Concat(labels.Select(l => $"{Format.Seconds(sweep.Medians(l)[point]),18}"))
                .Concat(verify.Select(l => $"{Format.Ratio(sweep.Medians(l)[point] / sweep.Medians(peer)[point]),16}"))));
        }

        output.WriteLine("  log-log least-squares slopes: " + string.Join(", ", labels.Select(l =>
            $"{l} {Format.Number(sweep.Fit(l).Slope, "F3")}")));
    }

    private static void WriteStepMemory(TextWriter output, IReadOnlyList<StepMemory> memory)
    {
        output.WriteLine();
        output.WriteLine(
            $"W5 memory: Verify's step alone in a child process (auto backend, {StepMemoryProbe.Steps} steps) under GNU time; arrays the step must hold: "
            + "X, Y, W(k), the hidden features F_l, one N × max n_l buffer for the propagated signal, output and residual (DeepStepArrays.cs; "
            + "W(0) not counted: the step does not need it)");
        foreach (var m in memory)
        {
            output.WriteLine(
                $"  {m.Activation,-5} {m.Shape}: exit {m.Process.ExitCode}, peak RSS {Format.Megabytes(m.Process.PeakRssBytes)}; arrays {Format.Megabytes(m.ArrayBytes)} "
                + $"(+ W(0) {Format.Megabytes(m.InitialWeightBytes)}); peak / arrays = {Format.Ratio(m.PeakOverArrays)}, above the baseline "
                + $"{Format.Ratio(m.PeakAboveBaselineOverArrays)}; the engine allocated {Format.Megabytes(m.ConstructorBytes)} building its descent "
                + $"and {m.StepBytes} B in one step");
        }

        output.WriteLine($"  baseline: the same child on widths [20,10,5,1] (runtime, JIT, BLAS, arrays < 10 kB) peaks at {Format.Megabytes(memory[0].Baseline.PeakRssBytes)}");
    }

    private static void WriteWholeRun(TextWriter output, WholeRun whole)
    {
        output.WriteLine();
        output.WriteLine(
            $"W4 verify run du2019 --quick (auto backend); arrays the algorithm must hold: {Format.Megabytes(whole.ArrayBytes)} per instance "
            + $"(largest: {whole.LargestInstance}; X, y, a, W(k), W(0), one n×m buffer for Z → E, a 2 MiB pattern chunk, Z(0)'s signs as bits, "
            + "G and H; see ArrayBudget.cs)");
        foreach (var run in new[] { whole.Shipped, whole.Sequential })
        {
            output.WriteLine(
                $"  {run.Jobs} job(s) × {Math.Max(1, Environment.ProcessorCount / run.Jobs)} BLAS thread(s): exit {run.Process.ExitCode}, "
                + $"wall {Format.Number(run.Process.WallSeconds, "F1")} s, peak RSS {Format.Megabytes(run.Process.PeakRssBytes)}; "
                + $"/ ({run.Jobs} × arrays) = {Format.Ratio(whole.PeakOverArrays(run))}, above the baseline {Format.Ratio(whole.PeakAboveBaselineOverArrays(run))}");
        }

        output.WriteLine(
            $"  baseline: `verify run du2019-thm31 --quick` (runtime, libraries, arrays < 2 MB) peaks at {Format.Megabytes(whole.Baseline.PeakRssBytes)}");
    }

    private static string Line(params object[] cells) => string.Format(CultureInfo.InvariantCulture, RowFormat, cells);
}

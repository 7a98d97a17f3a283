namespace Verify.PeerBench;

/// <summary>
/// W4: the whole <c>verify run du2019 --quick</c> under GNU time, as shipped (instances in parallel, one job per core)
/// and with <c>--jobs 1</c> (one instance at a time, all cores to BLAS): wall-clock time and peak resident set,
/// compared with the bytes of the arrays the algorithm must hold (<see cref="ArrayBudget"/>, times the instances held
/// at once). The process's fixed cost comes from <c>verify run du2019-thm31 --quick</c> under GNU time: the same
/// runtime, backend, eigensolver and report writer with arrays under 2 MB (n ≤ 300). (<c>verify doctor</c> would
/// understate it: it neither JIT-compiles the run nor touches the BLAS buffers.)
/// </summary>
internal static class WholeRunSection
{
    public static WholeRun Run(BenchContext context)
    {
        var cli = Path.GetFullPath(context.Options.Cli);
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException($"the verify CLI is not built: {cli} (scripts/bench.sh builds it)");
        }

        var (instance, bytes) = ArrayBudget.Largest();
        var jobs = Math.Min(Environment.ProcessorCount, ArrayBudget.InstancesPerScenario);
        var shipped = Measure(context, cli, $"{jobs} jobs", ["--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var sequential = Measure(context, cli, "--jobs 1", ["--jobs", "1"]);
        var baseline = TimedProcess.Run(["dotnet", cli, "run", "du2019-thm31", "--quick", "--out", context.Workspace.NewFolder("w4-baseline")]);
        return new WholeRun(new W4Run(jobs, shipped), new W4Run(1, sequential), baseline, instance, bytes);
    }

    private static TimedProcess Measure(BenchContext context, string cli, string label, IReadOnlyList<string> extra)
    {
        context.Log.Write($"{"W4 verify run du2019",-22} {"--quick, " + label,-24} ");
        // Without the thread variables this bench sets for the peers, so that Verify picks its own threads per job.
        var run = TimedProcess.Run(
            ["dotnet", cli, "run", "du2019", "--quick", .. extra, "--out", context.Workspace.NewFolder("w4-report")],
            ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"]);
        context.Log.WriteLine($"{run.WallSeconds:F1} s, exit {run.ExitCode}");
        return run;
    }
}

/// <summary>One W4 run: <paramref name="Jobs"/> instances at once.</summary>
internal sealed record W4Run(int Jobs, TimedProcess Process);

/// <summary>The result of W4.</summary>
/// <param name="Shipped">verify run du2019 --quick as shipped (one job per core).</param>
/// <param name="Sequential">The same with --jobs 1.</param>
/// <param name="Baseline">verify run du2019-thm31 --quick under GNU time: the process with its libraries and small arrays.</param>
/// <param name="LargestInstance">The instance whose arrays are the largest.</param>
/// <param name="ArrayBytes">The bytes of the arrays that instance must hold.</param>
internal sealed record WholeRun(W4Run Shipped, W4Run Sequential, TimedProcess Baseline, string LargestInstance, long ArrayBytes)
{
    /// <summary>Peak RSS over the arrays of the instances the run holds at once.</summary>
    public double PeakOverArrays(W4Run run) => (double)run.Process.PeakRssBytes / (run.Jobs * ArrayBytes);

    /// <summary>As <see cref="PeakOverArrays"/>, after subtracting the baseline's peak (the process's fixed cost).</summary>
    public double PeakAboveBaselineOverArrays(W4Run run) => (double)(run.Process.PeakRssBytes - Baseline.PeakRssBytes) / (run.Jobs * ArrayBytes);
}

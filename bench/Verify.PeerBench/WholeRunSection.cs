namespace Verify.PeerBench;

/// <summary>
/// W4: the whole <c>verify run du2019 --quick</c> under GNU time: wall-clock time and peak resident set, compared
/// with the bytes of the arrays the algorithm must hold (<see cref="ArrayBudget"/>). The process's fixed cost comes
/// from <c>verify run du2019-thm31 --quick</c> under GNU time: the same runtime, backend, eigensolver and report
/// writer with arrays under 2 MB (n ≤ 300). (<c>verify doctor</c> would understate it: it neither JIT-compiles the
/// run nor touches the BLAS buffers.)
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

        var output = context.Workspace.NewFolder("w4-report");
        context.Log.Write($"{"W4 verify run du2019",-22} {"--quick",-24} ");
        var run = TimedProcess.Run(["dotnet", cli, "run", "du2019", "--quick", "--out", output]);
        var baseline = TimedProcess.Run(["dotnet", cli, "run", "du2019-thm31", "--quick", "--out", context.Workspace.NewFolder("w4-baseline")]);
        context.Log.WriteLine($"{run.WallSeconds:F1} s, exit {run.ExitCode}");
        var (instance, bytes) = ArrayBudget.Largest();
        return new WholeRun(run, baseline, instance, bytes);
    }
}

/// <summary>The result of W4.</summary>
/// <param name="Run">verify run du2019 --quick under GNU time.</param>
/// <param name="Baseline">verify run du2019-thm31 --quick under GNU time: the process with its libraries and small arrays.</param>
/// <param name="LargestInstance">The instance whose arrays are the largest.</param>
/// <param name="ArrayBytes">The bytes of the arrays that instance must hold.</param>
internal sealed record WholeRun(TimedProcess Run, TimedProcess Baseline, string LargestInstance, long ArrayBytes)
{
    public double PeakOverArrays => (double)Run.PeakRssBytes / ArrayBytes;

    public double PeakAboveBaselineOverArrays => (double)(Run.PeakRssBytes - Baseline.PeakRssBytes) / ArrayBytes;
}

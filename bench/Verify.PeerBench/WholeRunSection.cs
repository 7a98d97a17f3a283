namespace Verify.PeerBench;

/// <summary>
/// W4: the whole <c>verify run du2019 --quick</c> under GNU time: wall-clock time and peak resident set, compared
/// with the bytes of the arrays the algorithm must hold (<see cref="ArrayBudget"/>). <c>verify doctor</c> under
/// GNU time gives the process's fixed cost: the runtime with every backend and Z3 loaded and no arrays.
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
        var baseline = TimedProcess.Run(["dotnet", cli, "doctor"]);
        context.Log.WriteLine($"{run.WallSeconds:F1} s, exit {run.ExitCode}");
        var (instance, bytes) = ArrayBudget.Largest();
        return new WholeRun(run, baseline, instance, bytes);
    }
}

/// <summary>The result of W4.</summary>
/// <param name="Run">verify run du2019 --quick under GNU time.</param>
/// <param name="Baseline">verify doctor under GNU time: the process with its libraries and no arrays.</param>
/// <param name="LargestInstance">The instance whose arrays are the largest.</param>
/// <param name="ArrayBytes">The bytes of the arrays that instance must hold.</param>
internal sealed record WholeRun(TimedProcess Run, TimedProcess Baseline, string LargestInstance, long ArrayBytes)
{
    public double PeakOverArrays => (double)Run.PeakRssBytes / ArrayBytes;

    public double PeakAboveBaselineOverArrays => (double)(Run.PeakRssBytes - Baseline.PeakRssBytes) / ArrayBytes;
}

using Verify.Numerics;

namespace Verify.PeerBench;

/// <summary>
/// W5's memory: for each activation, this bench run as a child process that holds only Verify's step
/// (<see cref="StepMemoryProbe"/>) under GNU time, its peak resident set against the arrays the step must hold
/// (<see cref="DeepStepArrays"/>), with and without the process's fixed cost (the same child on a tiny network); and,
/// in this process, the managed bytes the engine allocates building its descent and in one step (GC accounting).
/// </summary>
internal static class StepMemorySection
{
    public static IReadOnlyList<StepMemory> Run(BenchContext context)
    {
        var self = typeof(StepMemorySection).Assembly.Location;
        var baseline = Child(context, self, StepMemoryProbe.Baseline);
        var results = new List<StepMemory>();
        foreach (var activation in DeepStepSection.Activations)
        {
            var data = DeepStepSection.Draw(context.Sizes, activation);
            var (built, step) = Allocations(context.Backends.Auto, data);
            results.Add(new StepMemory(
                activation.Name,
                DeepStepSection.Shape(data),
                Child(context, self, activation.Name),
                baseline,
                DeepStepArrays.Bytes(data.N, data.D, data.Spec),
                DeepStepArrays.InitialWeightBytes(data.D, data.Spec),
                built,
                step));
        }

        return results;
    }

    private static TimedProcess Child(BenchContext context, string self, string mode)
    {
        context.Log.Write($"{"W5 memory",-22} {mode,-24} ");
        var run = TimedProcess.Run(["dotnet", self, StepMemoryProbe.Option, mode]);
        context.Log.WriteLine($"{run.WallSeconds:F1} s, exit {run.ExitCode}, peak RSS {Format.Megabytes(run.PeakRssBytes)}");
        return run;
    }

    /// <summary>Managed bytes allocated by the descent's constructor and by one step (after one untimed step).</summary>
    private static (long Built, long Step) Allocations(ILinearAlgebraBackend backend, DeepNetworkData data)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var descent = DeepStepSection.Descent(backend, data);
        var built = GC.GetTotalAllocatedBytes(precise: true) - before;
        descent.Step();
        before = GC.GetTotalAllocatedBytes(precise: true);
        descent.Step();
        return (built, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}

/// <summary>W5's memory for one activation.</summary>
/// <param name="Activation">"tanh" or "relu".</param>
/// <param name="Shape">The instance's size.</param>
/// <param name="Process">The child that holds only Verify's step, under GNU time.</param>
/// <param name="Baseline">The same child on a tiny network: the fixed cost.</param>
/// <param name="ArrayBytes">What the step must hold (<see cref="DeepStepArrays.Bytes"/>).</param>
/// <param name="InitialWeightBytes">W(0), which the step does not need but the engine keeps (shared with the initial network).</param>
/// <param name="ConstructorBytes">Managed bytes the descent's constructor allocated.</param>
/// <param name="StepBytes">Managed bytes one step allocated.</param>
internal sealed record StepMemory(
    string Activation, string Shape, TimedProcess Process, TimedProcess Baseline, long ArrayBytes, long InitialWeightBytes,
    long ConstructorBytes, long StepBytes)
{
    /// <summary>Peak RSS ÷ the step's arrays.</summary>
    public double PeakOverArrays => (double)Process.PeakRssBytes / ArrayBytes;

    /// <summary>(Peak RSS − the fixed cost) ÷ the step's arrays.</summary>
    public double PeakAboveBaselineOverArrays => (double)(Process.PeakRssBytes - Baseline.PeakRssBytes) / ArrayBytes;
}

using System.Diagnostics;
using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// Times a workload on every backend: one untimed warm-up run each, then <c>reps</c> rounds in which the backends
/// run in turn (A B C A B C …), so that slow drifts in machine load hit all of them alike. A full garbage
/// collection precedes every timed call; only the call itself is timed.
/// </summary>
internal sealed class Runner(int reps, TextWriter log)
{
    private readonly List<string> _notes = [];

    /// <summary>Per workload: how busy the rest of the machine was, and how far the backends' outputs deviate.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public IReadOnlyList<Measurement> Run(Workload workload, IReadOnlyList<ILinearAlgebraBackend> backends)
    {
        var trials = backends.Select(workload.Prepare).ToArray();
        var seconds = trials.Select(_ => new List<double>(reps)).ToArray();
        var clock = Stopwatch.StartNew();
        var meter = new LoadMeter();
        log.Write($"{workload.Name,-27} warm-up");
        foreach (var trial in trials)
        {
            trial.Run();
        }

        for (var rep = 0; rep < reps; rep++)
        {
            log.Write($" {rep + 1}");
            for (var i = 0; i < trials.Length; i++)
            {
                seconds[i].Add(Time(trials[i].Run));
            }
        }

        var noise = meter.Describe();
        log.WriteLine($"  ({clock.Elapsed.TotalSeconds:F1} s; {noise})");
        _notes.Add($"noise: {workload.Name}: {noise}");
        if (Agreement.Describe(workload.Name, backends, trials) is { } check)
        {
            _notes.Add($"check: {check}");
        }

        return [.. trials.Select((t, i) => new Measurement(workload.Name, backends[i].Description.Kind, t.Shape, t.Flops, seconds[i]))];
    }

    private static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        run();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}

namespace Verify.PeerBench;

/// <summary>
/// Runs contenders side by side: one untimed warm-up each, then <c>reps</c> rounds in which they run in turn
/// (A B C A B C …), so that drifts in the machine's load hit all of them alike. Progress goes to the log.
/// </summary>
internal sealed class InterleavedRunner(int reps, int peerProcessId, TextWriter log)
{
    public int Reps => reps;

    public int PeerProcessId => peerProcessId;

    public Comparison Run(string workload, string shape, double? gemmFlops, IReadOnlyList<Contender> contenders)
    {
        var seconds = contenders.Select(_ => new List<double>(reps)).ToArray();
        var meter = new LoadMeter(peerProcessId);
        var start = DateTime.UtcNow;
        log.Write($"{workload,-22} {shape,-24} warm-up");
        foreach (var contender in contenders)
        {
            contender.TimeOnce();
        }

        for (var rep = 0; rep < reps; rep++)
        {
            log.Write($" {rep + 1}");
            for (var i = 0; i < contenders.Count; i++)
            {
                seconds[i].Add(contenders[i].TimeOnce());
            }
        }

        var noise = meter.Describe();
        log.WriteLine($"  ({(DateTime.UtcNow - start).TotalSeconds:F1} s; {noise})");
        var agreement = Agreement.Describe(contenders);
        return new Comparison(
            workload, shape, gemmFlops, [.. contenders.Select((c, i) => new Timing(c.Label, c.Library, c.Role, seconds[i]))], noise, agreement);
    }
}

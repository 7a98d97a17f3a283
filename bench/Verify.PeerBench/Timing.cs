namespace Verify.PeerBench;

/// <summary>
/// The timed repetitions of one contender, in run order. It keeps the contender's name, not the contender: the
/// contender's closures hold its buffers (a width-64000 descent holds gigabytes), which must be freed after the run.
/// </summary>
internal sealed record Timing(string Label, string Library, Role Role, IReadOnlyList<double> Seconds)
{
    public double Median => Statistics.Median(Seconds);

    public double Min => Seconds.Min();

    public double Max => Seconds.Max();
}

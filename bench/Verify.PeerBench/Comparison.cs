namespace Verify.PeerBench;

/// <summary>One workload measured side by side.</summary>
/// <param name="Workload">The row label, e.g. "W1 GD step".</param>
/// <param name="Shape">The problem size, e.g. "n=d=1000, m=4000".</param>
/// <param name="GemmFlops">Floating-point operations of the GEMMs the workload contains (2·rows·columns·inner each), or null.</param>
/// <param name="Timings">Each contender's repetitions.</param>
/// <param name="Noise">How busy the rest of the machine was meanwhile.</param>
/// <param name="Agreement">How far the contenders' results are from the first contender's.</param>
internal sealed record Comparison(
    string Workload, string Shape, double? GemmFlops, IReadOnlyList<Timing> Timings, string Noise, string Agreement)
{
    public IEnumerable<Timing> Of(Role role) => Timings.Where(t => t.Role == role);
}

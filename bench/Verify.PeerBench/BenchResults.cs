namespace Verify.PeerBench;

/// <summary>Everything one run measured.</summary>
/// <param name="Header">The lines describing machine, libraries, threads and method.</param>
/// <param name="Dgemm">The DGEMM rates.</param>
/// <param name="Workloads">W1–W3 and W5.</param>
/// <param name="Breakdown">The pieces of W2 and W3, timed alone.</param>
/// <param name="Sweeps">The m and n sweeps.</param>
/// <param name="WholeRun">W4, when run.</param>
/// <param name="StepMemory">W5's memory per activation, when W5 ran.</param>
/// <param name="Noise">How busy the rest of the machine was over the whole run.</param>
internal sealed record BenchResults(
    IReadOnlyList<string> Header,
    Comparison Dgemm,
    IReadOnlyList<Comparison> Workloads,
    IReadOnlyList<Comparison> Breakdown,
    IReadOnlyList<Sweep> Sweeps,
    WholeRun? WholeRun,
    IReadOnlyList<StepMemory> StepMemory,
    string Noise)
{
    public IReadOnlyDictionary<string, double> DgemmRates { get; } = TableRow.Rates(Dgemm);

    public IReadOnlyList<TableRow> Rows =>
        [.. new[] { Dgemm }.Concat(Workloads).SelectMany(c => TableRow.Of(c, DgemmRates))];
}

namespace Verify.PeerBench;

/// <summary>One line of the result table: a Verify contender against one peer on one workload.</summary>
/// <param name="Workload">The workload.</param>
/// <param name="Shape">Its size.</param>
/// <param name="Verify">"Verify (MKL)" etc.</param>
/// <param name="VerifyMedian">Verify's median seconds.</param>
/// <param name="Peer">"PyTorch" or "NumPy".</param>
/// <param name="PeerMedian">The peer's median seconds.</param>
/// <param name="VerifyDgemm">GEMM FLOP ÷ Verify's median ÷ the DGEMM rate of Verify's backend.</param>
/// <param name="PeerDgemm">GEMM FLOP ÷ the peer's median ÷ the peer's DGEMM rate (torch.mm).</param>
/// <param name="StepOverGemms">Verify's median ÷ the median of the GEMMs it contains, alone, on the same backend.</param>
internal sealed record TableRow(
    string Workload,
    string Shape,
    string Verify,
    double VerifyMedian,
    string Peer,
    double PeerMedian,
    double? VerifyDgemm,
    double? PeerDgemm,
    double? StepOverGemms)
{
    /// <summary>Verify's median ÷ the peer's: below 1, Verify is faster.</summary>
    public double Ratio => VerifyMedian / PeerMedian;

    /// <summary>The rows of a comparison: every Verify contender against every peer.</summary>
    public static IEnumerable<TableRow> Of(Comparison comparison, IReadOnlyDictionary<string, double> dgemmRates)
    {
        var floors = comparison.Of(Role.GemmsAlone).ToDictionary(t => t.Library, t => t.Median);
        foreach (var verify in comparison.Of(Role.Verify))
        {
            foreach (var peer in comparison.Of(Role.Peer))
            {
                yield return new TableRow(
                    comparison.Workload,
                    comparison.Shape,
                    verify.Label,
                    verify.Median,
                    peer.Label,
                    peer.Median,
                    Fraction(comparison.GemmFlops, verify, dgemmRates),
                    Fraction(comparison.GemmFlops, peer, dgemmRates),
                    floors.TryGetValue(verify.Library, out var floor) ? verify.Median / floor : null);
            }
        }
    }

    /// <summary>Each library's DGEMM rate (FLOP/s at the median time) from the DGEMM comparison.</summary>
    public static Dictionary<string, double> Rates(Comparison dgemm) =>
        dgemm.Timings.ToDictionary(t => t.Library, t => dgemm.GemmFlops!.Value / t.Median);

    private static double? Fraction(double? flops, Timing timing, IReadOnlyDictionary<string, double> rates)
    {
        var library = timing.Library == "NumPy" ? "PyTorch" : timing.Library;
        return flops is { } f && rates.TryGetValue(library, out var rate) ? f / timing.Median / rate : null;
    }
}

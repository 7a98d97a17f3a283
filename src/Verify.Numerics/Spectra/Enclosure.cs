using Verify.Core;

namespace Verify.Numerics;

/// <summary>
/// A certified enclosure Lower ≤ x ≤ Upper of an exact real x (verified numerics). An end that could not be proven is
/// infinite (−∞ / +∞), never an estimate.
/// </summary>
/// <param name="Lower">A proven lower bound on x, or −∞.</param>
/// <param name="Upper">A proven upper bound on x, or +∞.</param>
/// <param name="Note">How the ends were proven, or why one is missing.</param>
public sealed record Enclosure(double Lower, double Upper, string Note)
{
    /// <summary>Both ends are finite.</summary>
    public bool IsBounded => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>An enclosure of an exactly known double.</summary>
    public static Enclosure Exact(double value) => new(value, value, "exact");

    /// <summary>[Lower, Upper] widened by <paramref name="allowance"/> ≥ 0 on both sides, rounded outward.</summary>
    public Enclosure Widen(double allowance, string why) =>
        new(DirectedRounding.SubDown(Lower, allowance), DirectedRounding.AddUp(Upper, allowance), $"{Note}; ± {NumberFormat.Text(allowance)} ({why})");

    public override string ToString() => $"[{NumberFormat.Text(Lower)}, {NumberFormat.Text(Upper)}]";

}

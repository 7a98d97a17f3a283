using Verify.Numerics;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Training;

/// <summary>
/// Enclosures of σ(z) and σ′(z) over an interval of z, for a smooth, strictly increasing σ with quasi-concave σ′ (see
/// <see cref="Require"/>). σ increasing gives σ([a, b]) = [σ(a), σ(b)]; quasi-concave σ′ with peak m gives
/// min σ′ = min(σ′(a), σ′(b)) and max σ′ = σ′(b) if b ≤ m, σ′(a) if a ≥ m, else the global sup σ′.
/// <para>
/// ASSUMED, NOT PROVEN: each value σ(t), σ′(t) the library computes (Math.Tanh, Math.Cosh, Math.Exp, Math.Atan, log1p …)
/// is taken to lie within 4ε|v| + 2⁻¹⁰⁷⁴ (ε = 2⁻⁵², i.e. 4 ulp) of the exact value — a libm accuracy allowance, the same
/// one the Nguyen–Mondelli module names ("σ evaluated to 4 ulp"). Each evaluated value is widened by it; everything
/// else is outward-rounded arithmetic. The σ′ bounds are also clipped to the proven [inf σ′, sup σ′].
/// </para>
/// </summary>
public static class ActivationIntervals
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>What σ lacks of the properties the interval bounds need (empty when it has them all).</summary>
    public static IReadOnlyList<string> Missing(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var p = activation.Properties;
        var missing = new List<string>();
        if (!p.Smooth)
        {
            missing.Add("smooth (C²)");
        }
        if (!p.StrictlyIncreasing)
        {
            missing.Add("strictly increasing");
        }
        if (!p.QuasiConcaveDerivative)
        {
            missing.Add("with a quasi-concave σ′");
        }
        return missing;
    }

    /// <summary>Throws unless σ is smooth, strictly increasing and has a quasi-concave σ′ (the message says which fails).</summary>
    public static void Require(Activation activation)
    {
        var missing = Missing(activation);
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"Interval bounds on the backprop vectors need σ {string.Join(", ", missing)}, which {activation} is not.",
                nameof(activation));
        }
    }

    /// <summary>An enclosure of {σ(t) : t ∈ z} (within the libm allowance).</summary>
    public static Interval Value(Activation activation, Interval z)
    {
        var lo = activation.Value(z.Lo);
        var hi = activation.Value(z.Hi);
        return new(double.IsNaN(lo) ? double.NegativeInfinity : WidenDown(lo), double.IsNaN(hi) ? double.PositiveInfinity : WidenUp(hi));
    }

    /// <summary>An enclosure of {σ′(t) : t ∈ z} (within the libm allowance), inside [inf σ′, sup σ′].</summary>
    public static Interval Derivative(Activation activation, Interval z)
    {
        var p = activation.Properties;
        double atLo = activation.Derivative(z.Lo), atHi = activation.Derivative(z.Hi);
        var lower = double.IsNaN(atLo) || double.IsNaN(atHi) ? p.InfDerivative : Math.Max(p.InfDerivative, WidenDown(Math.Min(atLo, atHi)));
        var peakSide = z.Hi <= p.DerivativePeak ? atHi : z.Lo >= p.DerivativePeak ? atLo : double.NaN;
        var upper = double.IsNaN(peakSide) ? p.SupDerivative : Math.Min(p.SupDerivative, WidenUp(peakSide));
        return new(lower, upper);
    }

    private static double Allowance(double v) => AddUp(MulUp(4 * Epsilon, Math.Abs(v)), Eta);

    // An infinite value is taken as an overflow of a value beyond ±MaxValue (σ(±∞) itself is ±∞ or finite).
    private static double WidenDown(double v) => double.IsInfinity(v) ? (v > 0 ? double.MaxValue : v) : SubDown(v, Allowance(v));

    private static double WidenUp(double v) => double.IsInfinity(v) ? (v < 0 ? -double.MaxValue : v) : AddUp(v, Allowance(v));
}

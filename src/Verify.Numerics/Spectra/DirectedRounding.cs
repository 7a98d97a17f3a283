namespace Verify.Numerics;

/// <summary>
/// Directed rounding emulated under round-to-nearest, for certified bounds (.NET cannot set the rounding mode).
/// <para>
/// Proof of each helper: IEEE 754 (binary64, round-to-nearest, which x64/ARM64 .NET uses for every double operation;
/// see <see cref="RoundingIsToNearest"/>) returns for +, −, ×, ÷ and √ (Math.Sqrt) the double nearest to the exact real
/// result r. So r lies within half the gap from fl(r) to its neighbour on r's side, hence
/// pred(fl(r)) ≤ r ≤ succ(fl(r)) with pred/succ = Math.BitDecrement/Math.BitIncrement. This holds in the subnormal range
/// (the gap there is the uniform 2⁻¹⁰⁷⁴) and at overflow: fl(r) = +∞ means r &gt; MaxValue = pred(+∞), and succ(+∞) = +∞
/// is a valid (if useless) upper bound. NaN propagates and every caller rejects it. Each "Up" result is therefore ≥ the
/// exact result of its operation on its (double) operands, and each "Down" result ≤; chaining monotone operations
/// (sums of bounds, products of non-negative bounds) keeps the direction — the callers say why each chain is monotone.
/// </para>
/// </summary>
public static class DirectedRounding
{
    /// <summary>Unit roundoff u = 2⁻⁵³ (half of <see cref="Spectral.MachineEpsilon"/>).</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>The smallest positive subnormal double, η = 2⁻¹⁰⁷⁴.</summary>
    public const double Eta = double.Epsilon;

    // Not readonly and not const, so that neither Roslyn nor the JIT folds the probe below.
    private static double probeOne = 1.0;
    private static double probeTiny = 1e-30;

    /// <summary>
    /// Whether the current rounding mode behaves as round-to-nearest: 1 + 10⁻³⁰ and 1 − 10⁻³⁰ both round to 1 only
    /// under round-to-nearest (upward gives succ(1), downward/toward zero give pred(1) for the second). The certified
    /// bounds refuse to run otherwise (the same probe as INTLAB's isspd).
    /// </summary>
    public static bool RoundingIsToNearest() => probeOne + probeTiny == probeOne && probeOne - probeTiny == probeOne;

    public static double Up(double x) => Math.BitIncrement(x);

    public static double Down(double x) => Math.BitDecrement(x);

    public static double AddUp(double a, double b) => Math.BitIncrement(a + b);

    public static double AddDown(double a, double b) => Math.BitDecrement(a + b);

    public static double SubUp(double a, double b) => Math.BitIncrement(a - b);

    public static double SubDown(double a, double b) => Math.BitDecrement(a - b);

    public static double MulUp(double a, double b) => Math.BitIncrement(a * b);

    public static double MulDown(double a, double b) => Math.BitDecrement(a * b);

    public static double DivUp(double a, double b) => Math.BitIncrement(a / b);

    public static double SqrtUp(double a) => Math.BitIncrement(Math.Sqrt(a));

    /// <summary>A lower bound on √a for a ≥ 0, never below 0.</summary>
    public static double SqrtDown(double a) => Math.Max(0.0, Math.BitDecrement(Math.Sqrt(a)));

    /// <summary>
    /// An upper bound on γ_k = k·u/(1 − k·u) (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.1),
    /// for k·u &lt; 1/2.
    /// </summary>
    public static double GammaUp(int k)
    {
        // k·u is exact (an integer below 2⁵³ times a power of two); 1 − k·u rounded down makes the quotient larger.
        var ku = k * UnitRoundoff;
        if (!(ku < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "γ_k needs k·u < 1/2.");
        }

        return DivUp(ku, SubDown(1.0, ku));
    }
}

namespace Verify.Training;

/// <summary>
/// Global properties of an activation σ, each proven for all real x (the activation's doc comment gives the proof):
/// theorems check their assumptions on an activation from these, never from its name.
/// </summary>
/// <param name="InfDerivative">inf_x σ′(x) (an infimum: it need not be attained).</param>
/// <param name="SupDerivative">sup_x σ′(x).</param>
/// <param name="SupAbsSecondDerivative">sup_x |σ″(x)|; +∞ when σ is not twice differentiable everywhere.</param>
/// <param name="ValueAtZero">σ(0).</param>
/// <param name="Smooth">Whether σ is C² (twice continuously differentiable) on all of ℝ.</param>
/// <param name="StrictlyIncreasing">Whether x &lt; y implies σ(x) &lt; σ(y).</param>
/// <param name="BoundedByIdentity">Whether |σ(x)| ≤ |x| for all x.</param>
/// <param name="QuasiConcaveDerivative">
/// Whether σ′ is quasi-concave: non-decreasing on (−∞, m] and non-increasing on [m, ∞) for the peak m =
/// <paramref name="DerivativePeak"/> (m = +∞: σ′ non-decreasing). Then min σ′ over [a, b] is min(σ′(a), σ′(b)), and
/// max σ′ over [a, b] is σ′(b) when b ≤ m, σ′(a) when a ≥ m.
/// </param>
/// <param name="DerivativePeak">The peak m of a quasi-concave σ′ (+∞ when σ′ is non-decreasing); NaN when σ′ is not quasi-concave.</param>
public sealed record ActivationProperties(
    double InfDerivative,
    double SupDerivative,
    double SupAbsSecondDerivative,
    double ValueAtZero,
    bool Smooth,
    bool StrictlyIncreasing,
    bool BoundedByIdentity,
    bool QuasiConcaveDerivative,
    double DerivativePeak);

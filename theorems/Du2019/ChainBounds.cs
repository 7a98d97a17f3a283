namespace Verify.Theorems.Du2019;

/// <summary>
/// The numbers of the Instance-tier chain at initialisation, all taken at one end of their rounding allowances
/// (<see cref="InitialAnalysis.Pessimistic"/> or <see cref="InitialAnalysis.Optimistic"/>).
/// </summary>
/// <param name="RadiusPrime">R′ = 4ν√n ‖y − u(0)‖ / (√m λ₀): no iterate leaves this ball while Condition 4.1 holds (Corollary 4.1).</param>
/// <param name="FlipThreshold">S_i⊥ = {r : |z_ir(0)| ≤ this}: R′ν, widened or narrowed by the rounding of z.</param>
/// <param name="FlipPerturbation">F(R′) = ‖(|G_ij| |S_i⊥ ∪ S_j⊥| / m)_ij‖_F ≥ ‖H(W) − H(0)‖₂ for every W in the R′-ball.</param>
/// <param name="PerpendicularNorm">h⊥ = ‖(|G_ij| |S_i⊥| / m)_ij‖_F ≥ ‖H⊥(k)‖₂.</param>
/// <param name="FlipTerm">τ = ν²√n ‖(|S_i⊥|)_i‖₂ / m, so that ‖I₂‖ ≤ ητ‖y − u(k)‖.</param>
/// <param name="FlippableFraction">Σ_i |S_i⊥| / (mn).</param>
/// <param name="NormFactor">ν⁴, the factor of η²n² in the bound on ‖u(k+1) − u(k)‖²: 1 for unit inputs.</param>
/// <param name="Mu">μ = λ_min(H(0)) − F(R′) ≤ λ_min(H(W)) on the R′-ball (Weyl).</param>
internal sealed record ChainBounds(
    double RadiusPrime,
    double FlipThreshold,
    double FlipPerturbation,
    double PerpendicularNorm,
    double FlipTerm,
    double FlippableFraction,
    double NormFactor,
    double Mu)
{
    /// <summary>2μ − 2h⊥ − 2τ − ηn²ν⁴, which must be ≥ λ₀/2 for the per-step factor to be ≤ 1 − ηλ₀/2.</summary>
    public double ContractionMeasureAt(double stepSize, int n) => 2 * Mu - 2 * PerpendicularNorm - 2 * FlipTerm - stepSize * n * (double)n * NormFactor;
}

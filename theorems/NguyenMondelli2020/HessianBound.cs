namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>What the bound Q ≥ sup ‖∇²Φ‖₂ on a ball around θ₀ is computed from (all upper bounds, l = 1 … L).</summary>
/// <param name="XNorm2">An upper bound on ‖X‖₂.</param>
/// <param name="XFrobenius">An upper bound on ‖X‖_F.</param>
/// <param name="LayerNorms">Upper bounds on ‖W_l⁰‖₂, l = 1 … L (index l − 1).</param>
/// <param name="Gamma">γ = inf σ′ (Assumption 2.2).</param>
/// <param name="Beta">β = sup |σ″|, the Lipschitz constant of σ′ (Assumption 2.2).</param>
/// <param name="InitialResidual">An upper bound on ‖F_L⁰ − Y‖_F = √(2Φ₀).</param>
internal sealed record HessianBoundInputs(
    double XNorm2, double XFrobenius, IReadOnlyList<double> LayerNorms, double Gamma, double Beta, double InitialResidual);

/// <summary>
/// PLACEHOLDER on branch nm-module: the bounds G and Q of §3a (H2) are derived and proved on branch nm-proof
/// (PROOF.md), whose HessianBound.cs replaces this file at merge. Until then every call throws.
/// </summary>
internal static class HessianBound
{
    /// <summary>G ≥ sup ‖∇Φ‖ on the ball B(θ₀, <paramref name="radius"/>).</summary>
    public static double GradientBound(HessianBoundInputs inputs, double radius) =>
        throw new NotImplementedException("replaced at merge by nm-proof");

    /// <summary>Q ≥ sup ‖∇²Φ‖₂ on the ball B(θ₀, <paramref name="radius"/>).</summary>
    public static double Upper(HessianBoundInputs inputs, double radius) =>
        throw new NotImplementedException("replaced at merge by nm-proof");
}

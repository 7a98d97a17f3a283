using Verify.Core;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// The hypotheses of the two-rate certificate (README.md in this folder ("Proof"), [D]): ours, not the paper's, whose statement is
/// unknown (only its abstract could be read). Each is decided by <see cref="TwoRateCertificate"/> with Z3 over the exact
/// values of the caller's (pessimistic) enclosure ends, its value a ratio that is ≥ 1 when it holds.
/// </summary>
internal static class TwoRateChecks
{
    public const string Reference = "ours (two-rate certificate) [D]; cf. abstract";

    /// <summary>(r1): the output layer's step, η₂ F̄² ≤ 1 with F̄ = ‖F₀‖₂ + κ‖X‖₂R_W (and the inputs are sane).</summary>
    public static readonly CheckSpec Step = CheckSpec.Hypothesis(
        "instance-r1-step", Tier.Instance,
        "(r1): 0 < η₂ and η₂ F̄² ≤ 1, F̄ = ‖F₀‖₂ + κ‖X‖₂R_W (with 0 < λ_F ≤ ‖F₀‖₂, κ > 0; Z3, exact rationals)",
        Reference, Provenance.Derived) with
    {
        ValueName = "(r1) ratio 1/(η₂F̄²)",
    };

    /// <summary>(r2): the ReLU cross term, 8 η₁ κ² ‖X‖₂² Ā² ≤ η₂ λ_F² with Ā = |a₀| + R_a.</summary>
    public static readonly CheckSpec CrossTerm = CheckSpec.Hypothesis(
        "instance-r2-cross-term", Tier.Instance,
        "(r2): η₁ ≥ 0 and 8 η₁ κ² ‖X‖₂² Ā² ≤ η₂ λ_F², Ā = |a₀| + R_a (the hidden layer's rate is small enough that the moving features cost at most half the output layer's contraction; Z3, exact rationals)",
        Reference, Provenance.Derived) with
    {
        ValueName = "(r2) ratio η₂λ_F²/(8η₁κ²‖X‖₂²Ā²)",
    };

    /// <summary>(r3): the radii, L_a ≤ R_a and L_W ≤ R_W (L_a, L_W: the path-length bounds).</summary>
    public static readonly CheckSpec Radii = CheckSpec.Hypothesis(
        "instance-r3-radii", Tier.Instance,
        "(r3): the radii hold the trajectory, L_a = 8|e₀|F̄/λ_F² ≤ R_a and L_W = 8η₁κ‖X‖₂Ā|e₀|/(η₂λ_F²) ≤ R_W (L_a, L_W: the path-length bounds; Z3, exact rationals)",
        Reference, Provenance.Derived) with
    {
        ValueName = "(r3) ratio min(R_a/L_a, R_W/L_W)",
    };

    /// <summary>(r4): the features stay well conditioned, 2κ‖X‖₂R_W ≤ λ_F.</summary>
    public static readonly CheckSpec Conditioning = CheckSpec.Hypothesis(
        "instance-r4-conditioning", Tier.Instance,
        "(r4): 2 κ ‖X‖₂ R_W ≤ λ_F, so σ_n(F_k) ≥ λ_F/2 along the trajectory (Z3, exact rationals)",
        Reference, Provenance.Derived) with
    {
        ValueName = "(r4) ratio λ_F/(2κ‖X‖₂R_W)",
    };

    public static IReadOnlyList<CheckSpec> All { get; } = [Step, CrossTerm, Radii, Conditioning];
}

using Verify.Core;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// Every check of the Razborov 2022 module with its paper reference and provenance (README.md maps each id). Scope is
/// decided by the derived two-rate certificate [D] (<see cref="TwoRateChecks.All"/>) and the model's data hypotheses; the
/// baselines' widths are the Asymptotic tier and never decide scope. The experiment's measurements (protocol [P]) are
/// parameters, not checks (<see cref="RzIndicators.Measured"/>). The paper's own width bound is not available: it is a
/// text parameter, never a check.
/// </summary>
internal static class RzChecks
{
    public static readonly CheckSpec DistinctInputs = CheckSpec.Hypothesis(
        "data-distinct-inputs", Tier.Data, "the n inputs are distinct (no two rows of X equal), so that σ_n(F₀) can be positive",
        "abstract (Gaussian instances); spec §1", Provenance.Verified);

    public static readonly CheckSpec TwoLayerRelu = CheckSpec.Hypothesis(
        "model-two-layer-relu", Tier.Instance, "the network is f(x) = κ Σ_r a_r σ(w_rᵀx): widths [m, 1], ReLU (by its proven properties), both layers trained",
        "abstract (depth 2, ReLU, both layers trained); spec §2", Provenance.Verified);

    public static readonly CheckSpec DuWidth = Baseline("baseline-du-width",
        "Du et al.'s width in the du2019 module's explicit form: m > 262144(C² + ½)n⁶/(2πλ₀⁴δ³) and m ≥ 8n² log(8n²/δ)/λ₀² (inputs normalised, C = max|yᵢ|, δ = 0.1)",
        "spec §4 baseline (Du et al. 2019, du2019 module)", Provenance.Derived);

    public static readonly CheckSpec OymakSoltanolkotabiWidth = Baseline("baseline-os-width",
        "Oymak–Soltanolkotabi's ReLU width k ≳ n‖X‖₂⁶/λ(X)⁴ with constant 1, λ(X) = λ_min(H∞(X)) (first layer only)",
        "spec §4 baseline (Oymak–Soltanolkotabi 2020)", Provenance.Memory);

    public static readonly CheckSpec NguyenWidth = Baseline("baseline-nguyen-width",
        "Nguyen 2021 §3.2's width m = Ω(N²) with constant 1 (both layers, LeCun)",
        "spec §4 baseline (Nguyen 2021 §3.2)", Provenance.Secondary);

    public static readonly CheckSpec Rate = CheckSpec.Conclusion(
        "conclusion-rate", "‖e_k‖ ≤ ρᵏ‖e₀‖ at every step with the certificate's ρ (checked squared: ‖e_k‖² ≤ ρ^{2k}‖e₀‖²)",
        "certificate conclusion, ours; cf. abstract (convergence to a global minimum; linear rate [M])", Provenance.Derived) with
    {
        ValueName = "max_k ‖e_k‖² / envelope",
    };

    public static readonly CheckSpec HiddenDistance = CheckSpec.Invariant(
        "invariant-hidden-distance", "‖W_k − W₀‖_F ≤ R_W at every step (the certificate's radius of the hidden layer)",
        "certificate conclusion (ball), ours", Provenance.Derived) with
    {
        ValueName = "max_k ‖W_k − W₀‖_F",
    };

    public static readonly CheckSpec OutputDistance = CheckSpec.Invariant(
        "invariant-output-distance", "‖a_k − a₀‖₂ ≤ R_a at every step (the certificate's radius of the output layer)",
        "certificate conclusion (ball), ours", Provenance.Derived) with
    {
        ValueName = "max_k ‖a_k − a₀‖₂",
    };

    public static readonly CheckSpec FeaturesWellConditioned = CheckSpec.Invariant(
        "invariant-sigma-features", "σ_n(F_k) ≥ λ_F/2 at log-spaced steps (F_k = κσ(XW_kᵀ); each σ_n certified for the computed F_k and widened by its forward error)",
        "certificate invariant, ours (cf. Nguyen 2021 §5: σ_min(F_{L−1}^k) ≥ λ_F/2)", Provenance.Derived) with
    {
        ValueName = "min_k σ_n(F_k)",
    };

    public static readonly CheckSpec FeatureNormBounded = CheckSpec.Invariant(
        "invariant-feature-norm", "‖F_k‖₂ ≤ F̄ = ‖F₀‖₂ + κ‖X‖₂R_W at log-spaced steps (F_k = κσ(XW_kᵀ); each ‖F_k‖₂ enclosed for the computed F_k and widened by its forward error)",
        "certificate invariant (C3), ours", Provenance.Derived) with
    {
        ValueName = "max_k ‖F_k‖₂",
    };

    public static IReadOnlyList<CheckSpec> Own { get; } =
        [DistinctInputs, TwoLayerRelu, DuWidth, OymakSoltanolkotabiWidth, NguyenWidth, Rate, HiddenDistance, OutputDistance, FeaturesWellConditioned, FeatureNormBounded];

    public static IReadOnlyList<CheckSpec> All { get; } = [.. Own, .. TwoRateChecks.All];

    private static CheckSpec Baseline(string id, string statement, string reference, Provenance provenance) => CheckSpec.Hypothesis(
        id, Tier.Asymptotic, $"{statement}; value: this instance's m, bound: the baseline's required width (never decides scope)", reference, provenance) with
    {
        ValueName = "m (bound: required width)",
        Scaling = new("m", 1, "the value is m itself; the bound drawn beside it is the baseline's required width") { Reference = true },
    };
}

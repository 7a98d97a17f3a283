using Verify.Core;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// Every check of the Nguyen–Mondelli 2020 module with its paper reference and provenance (README.md in this folder
/// maps each id to the paper and says what is the paper's and what is ours). Scope is decided by our theorem §3a [D];
/// the paper's own form of the initialisation condition is the Asymptotic tier [M], reported and never deciding.
/// </summary>
internal static class NmChecks
{
    public static readonly CheckSpec DistinctInputs = CheckSpec.Hypothesis(
        "data-distinct-inputs", Tier.Data, "the N inputs are distinct (no two rows of X equal)", "§2 (data)", Provenance.Memory);

    public static readonly CheckSpec WideFirstLayer = CheckSpec.Hypothesis(
        "topology-wide-first-layer", Tier.Instance, "the first hidden layer is wide: n₁ ≥ N", "Assumption 2.1", Provenance.Secondary);

    public static readonly CheckSpec Pyramidal = CheckSpec.Hypothesis(
        "topology-pyramidal", Tier.Instance, "the layers after the first are pyramidal: n₂ ≥ n₃ ≥ … ≥ n_L", "Assumption 2.1", Provenance.Secondary);

    public static readonly CheckSpec DerivativeRange = CheckSpec.Hypothesis(
        "activation-derivative-range", Tier.Instance, "σ′(x) ∈ [γ, 1] for all x with γ = inf σ′ > 0 (proven activation properties)",
        "Assumption 2.2 (i)", Provenance.Secondary) with
    {
        ValueName = "γ = inf σ′",
    };

    public static readonly CheckSpec BoundedByIdentity = CheckSpec.Hypothesis(
        "activation-bounded-by-identity", Tier.Instance, "|σ(x)| ≤ |x| for all x (proven activation properties)", "Assumption 2.2 (ii)", Provenance.Memory);

    public static readonly CheckSpec LipschitzDerivative = CheckSpec.Hypothesis(
        "activation-lipschitz-derivative", Tier.Instance, "σ is C² and σ′ is β-Lipschitz with β = sup |σ″| finite (proven activation properties)",
        "Assumption 2.2 (iii)", Provenance.Memory) with
    {
        ValueName = "β = sup |σ″|",
    };

    public static readonly CheckSpec Initialisation = CheckSpec.Hypothesis(
        "instance-h1", Tier.Instance,
        "(H1): λ_F λ_{3→L} min(λ_F/‖X‖₂, min_{l≥3} λ_l) ≥ 8 (2/γ)^{L−2} √(2Φ₀), i.e. R ≤ λ_F/(2‖X‖₂) and R ≤ λ_l/2 (Z3, exact rationals, "
        + "lower ends of λ_F and λ_l, upper ends of ‖X‖₂ and √(2Φ₀) for a Pass)",
        "§3a (H1), ours; cf. Theorem 3.2", Provenance.Derived) with
    {
        ValueName = "(H1) ratio LHS/RHS",
        Scaling = new("n₁", 1.0, "ours [D/M]: λ_F² ≈ n₁λ_* under LeCun, so the ratio grows ∝ n₁ while λ_F/‖X‖₂ < min λ_l (then ∝ n₁^½); the paper claims n₁ = Ω(N²) suffices [V order]"),
    };

    public static readonly CheckSpec StepSize = CheckSpec.Hypothesis(
        "instance-step-size", Tier.Instance,
        "(H2): η ≤ 1/Q with Q ≥ sup ‖∇²Φ‖₂ on B(θ₀, R + ηG), G ≥ sup ‖∇Φ‖ on B(θ₀, R), both from ‖X‖, ‖W_l⁰‖₂, γ, β and √(2Φ₀) at initialisation (README.md)",
        "§3a (H2), ours; cf. Theorem 3.2 (η < 1/Q₀)", Provenance.Derived) with
    {
        ValueName = "η",
    };

    public static readonly CheckSpec PaperForm = CheckSpec.Hypothesis(
        "asymptotic-paper-form", Tier.Asymptotic,
        "the paper's form as quoted by Jacot et al.: λ_F λ_{3→L} min(λ_F, min_{l≥3} λ_l) ≥ 8γ(2/γ)^{L/2} √Φ₀ — constants unverified",
        "Theorem 3.2 (paper's form, quoted)", Provenance.Memory) with
    {
        ValueName = "paper-form ratio LHS/RHS",
    };

    public static readonly CheckSpec LinearRate = CheckSpec.Conclusion(
        "conclusion-linear-rate", "Φ(θ_k) ≤ (1 − ημ)ᵏ Φ₀ at every step, μ = γ^{2(L−2)} λ_F² λ_{3→L}² / 4^{L−1}",
        "§3a, ours; cf. Theorem 3.2", Provenance.Derived) with
    {
        ValueName = "max_k Φ_k / envelope",
    };

    public static readonly CheckSpec PathLength = CheckSpec.Invariant(
        "invariant-path-length", "Σ_{j<k} η‖∇Φ(θ_j)‖ ≤ R at every step, R = 2√(2Φ₀/μ)", "§3a (path length)", Provenance.Derived) with
    {
        ValueName = "path length Σ η‖∇Φ‖",
    };

    public static readonly CheckSpec WeightDistance = CheckSpec.Invariant(
        "invariant-weight-distance", "‖W_l^k − W_l⁰‖_F ≤ R for every layer l at every step", "§3a (ball)", Provenance.Derived) with
    {
        ValueName = "max_k,l ‖W_l^k − W_l⁰‖_F",
    };

    public static readonly CheckSpec FeaturesStayWellConditioned = CheckSpec.Invariant(
        "invariant-sigma-f1", "σ_N(F₁^k) ≥ λ_F/2 (log-spaced steps)", "Theorem 3.2 (σ_min(F₁) ≥ λ_F/2)", Provenance.Memory) with
    {
        ValueName = "min_k σ_N(F₁^k)",
    };

    public static readonly CheckSpec WeightsStayWellConditioned = CheckSpec.Invariant(
        "invariant-sigma-wl", "σ_min(W_l^k) ≥ λ_l/2 for l ≥ 3 (log-spaced steps)", "Theorem 3.2 (σ_min(W_l) ≥ λ_l/2)", Provenance.Memory) with
    {
        ValueName = "min_k,l σ_min(W_l^k)/λ_l",
    };

    public static readonly CheckSpec PolyakLojasiewicz = CheckSpec.Invariant(
        "invariant-pl", "‖∇_{W₂}Φ‖_F ≥ γ^{L−2} σ_N(F₁) Π_{l≥3} σ_min(W_l) ‖F_L − Y‖_F at every recorded step (ratio ≥ 1)",
        "PL lemma (paper's Lemma 4.1 per Jacot et al.)", Provenance.Derived) with
    {
        ValueName = "min_k PL ratio",
    };

    public static readonly CheckSpec Descent = CheckSpec.Invariant(
        "invariant-descent", "Φ_{k+1} ≤ Φ_k − (η/2)‖∇Φ_k‖² at every step (a rounding allowance leaves a step undecided, never failed)",
        "§3a (H2): descent inequality", Provenance.Derived) with
    {
        ValueName = "max_k Φ_{k+1} − Φ_k + (η/2)‖∇Φ_k‖²",
    };

    public static IReadOnlyList<CheckSpec> All { get; } =
    [
        DistinctInputs, WideFirstLayer, Pyramidal, DerivativeRange, BoundedByIdentity, LipschitzDerivative,
        Initialisation, StepSize, PaperForm,
        LinearRate, PathLength, WeightDistance, FeaturesStayWellConditioned, WeightsStayWellConditioned, PolyakLojasiewicz, Descent,
    ];
}

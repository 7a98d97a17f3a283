using Verify.Core;

namespace Verify.Theorems.Du2019;

/// <summary>
/// Every check of the Du et al. 2019 module with its paper reference and provenance
/// (README.md in this folder maps each id to the paper and explains the derivations).
/// </summary>
internal static class Du2019Checks
{
    public const double UnitNormTolerance = 1e-6;
    public const double ParallelTolerance = 1e-9;

    public static readonly CheckSpec UnitNorm = CheckSpec.Hypothesis(
        "data-unit-norm", Tier.Data, $"every input has unit norm: max_i |‖x_i‖ − 1| ≤ {UnitNormTolerance:0e0}", "§3 (data)", Provenance.Verified);

    public static readonly CheckSpec LabelsBounded = CheckSpec.Hypothesis(
        "data-labels-bounded", Tier.Data, "labels are bounded: max_i |y_i| ≤ C", "§3 (data)", Provenance.Verified);

    public static readonly CheckSpec NonParallel = CheckSpec.Hypothesis(
        "data-non-parallel", Tier.Data, $"no two inputs parallel or antiparallel: max_{{i≠j}} |cos∠(x_i, x_j)| < 1 − {ParallelTolerance:0e0}", "§3, Theorem 3.1", Provenance.Verified);

    public static readonly CheckSpec Lambda0Positive = CheckSpec.Hypothesis(
        "data-lambda0-positive", Tier.Data, "λ₀ = λ_min(H∞) > 0: its enclosure (verified bounds on the computed H∞ widened by H∞'s assembly error) lies above 0", "Assumption 3.1", Provenance.Verified);

    public static readonly CheckSpec OutputSigns = CheckSpec.Hypothesis(
        "instance-output-signs", Tier.Instance, "the output layer is ±1: max_r ||a_r| − 1| = 0 (the proof uses a_r² = 1)", "§3 (initialisation)", Provenance.Verified);

    public static readonly CheckSpec H0NearHInfinity = CheckSpec.Hypothesis(
        "instance-h0-near-hinf", Tier.Instance, "‖H(0) − H∞‖₂ ≤ λ₀/4, hence λ_min(H(0)) ≥ ¾λ₀", "Lemma 3.1 (its event)", Provenance.Verified) with
    {
        ValueName = "‖H(0) − H∞‖₂",
        Scaling = new("m", -0.5, "Lemma 3.1: ‖H(0) − H∞‖ = O(n√(log(n/δ)/m))"),
    };

    public static readonly CheckSpec FlipPerturbation = CheckSpec.Hypothesis(
        "instance-flip-perturbation", Tier.Instance,
        "neurons that can flip within R′ (|w_r(0)ᵀx_i| ≤ R′), counted exactly, bound ‖H(W) − H(0)‖₂ ≤ F(R′) < λ₀/4 on the whole R′-ball",
        "Lemma 3.2 (deterministic form)", Provenance.Derived) with
    {
        ValueName = "F(R′) ≥ ‖H(W) − H(0)‖₂",
        Scaling = new("m", -0.5, "Lemma 3.2: F ∝ the flip fraction ∝ R′ ∝ m^(−1/2), once R′ is small"),
    };

    public static readonly CheckSpec StepContraction = CheckSpec.Hypothesis(
        "instance-step-contraction", Tier.Instance,
        "one GD step contracts: 2μ − 2h⊥ − 2τ − ηn²ν⁴ ≥ λ₀/2 and 0 < ηλ₀ < 2, i.e. 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ ≤ 1 − ηλ₀/2, with the measured μ, h⊥, τ and ν ≥ max_i ‖x_i‖ (ν = 1 for unit inputs; Z3, exact rationals)",
        "Theorem 4.1 via Lemma 4.1, Corollary 4.1", Provenance.Derived) with
    {
        ValueName = "2μ − 2h⊥ − 2τ − ηn²ν⁴",
    };

    public static readonly CheckSpec Width = CheckSpec.Hypothesis(
        "asymptotic-width", Tier.Asymptotic,
        "m > 262144 (C² + ½) n⁶ / (2π λ₀⁴ δ³) and m ≥ 8 n² log(8n²/δ) / λ₀² (Z3, π ∈ [3.14159, 3.14160])",
        "Theorem 4.1, Lemma 3.1 (explicit constants)", Provenance.Derived);

    public static readonly CheckSpec StepSize = CheckSpec.Hypothesis(
        "asymptotic-step-size", Tier.Asymptotic, "η ≤ λ₀/(4n²) and n ≥ 4 (Z3)", "Theorem 4.1 (η = O(λ₀/n²))", Provenance.Derived);

    public static readonly CheckSpec PaperRadius = CheckSpec.Hypothesis(
        "asymptotic-radius", Tier.Asymptotic, "R′ = 4√n‖y − u(0)‖/(√m λ₀) < R = √(2π)(δ/4)λ₀/(16n²) (Z3)", "Lemma 3.2, Lemma 3.4", Provenance.Derived);

    public static readonly CheckSpec LinearRate = CheckSpec.Conclusion(
        "conclusion-linear-rate", "‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ ‖y − u(0)‖² at every step k", "Theorem 4.1 (Condition 4.1)", Provenance.Verified) with
    {
        ValueName = "max_k ‖y − u(k)‖² / envelope",
    };

    public static readonly CheckSpec LambdaMinStays = CheckSpec.Invariant(
        "invariant-lambda-min", "λ_min(H(k)) ≥ λ₀/2 (log-spaced steps)", "Lemma 3.2, Lemma 3.4", Provenance.Verified) with
    {
        ValueName = "min_k λ_min(H(k))",
    };

    public static readonly CheckSpec DistanceBounded = CheckSpec.Invariant(
        "invariant-distance", "max_r ‖w_r(k) − w_r(0)‖ ≤ R′ at every step", "Corollary 4.1", Provenance.Verified) with
    {
        ValueName = "max_k,r ‖w_r(k) − w_r(0)‖",
        Scaling = new("m", -0.5, "Corollary 4.1: R′ = 4√n‖y − u(0)‖/(√m λ₀)"),
    };

    public static readonly CheckSpec PatternChanges = CheckSpec.Invariant(
        "invariant-pattern-changes", "fraction of changed activation patterns ≤ Σ_i |S_i⊥(R′)| / (mn) at every step", "Lemma 4.1", Provenance.Derived) with
    {
        ValueName = "max_k changed fraction",
        Scaling = new("m", -0.5, "Lemma 3.2: P(flip) ≤ 2R′/√(2π), R′ ∝ m^(−1/2)"),
    };

    public static IReadOnlyList<CheckSpec> All { get; } =
    [
        UnitNorm, LabelsBounded, NonParallel, Lambda0Positive,
        OutputSigns, H0NearHInfinity, FlipPerturbation, StepContraction,
        Width, StepSize, PaperRadius,
        LinearRate, LambdaMinStays, DistanceBounded, PatternChanges,
    ];
}

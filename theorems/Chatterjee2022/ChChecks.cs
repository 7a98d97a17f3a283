using Verify.Core;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// Every check of the Chatterjee 2022 module with its paper reference and provenance (README.md maps each id to the
/// paper). Scope is decided by our theorem (README "Proof", [D]) through bounds rounded to the safe side: a Fail of such a
/// check means "not established by these bounds", never "the criterion is false" — only the refutation search can say that.
/// </summary>
internal static class ChChecks
{
    public static readonly CheckSpec FullRank = CheckSpec.Hypothesis(
        "data-rank", Tier.Data, "the n inputs are linearly independent (rank X = n, so d ≥ n): λ_min(XXᵀ) > 0, certified",
        "§5 (Theorem 2.1's data)", Provenance.Verified) with
    {
        ValueName = "certified lower bound on λ_min(XXᵀ)",
    };

    public static readonly CheckSpec SmoothIncreasing = CheckSpec.Hypothesis(
        "activation-smooth-increasing", Tier.Instance,
        "σ is C² and strictly increasing (the paper's), with σ′ quasi-concave (ours: the interval bounds take min σ′ at an interval's ends) — from its proven properties",
        "§5 (smooth strictly increasing activation)", Provenance.Verified) with
    {
        ValueName = "inf σ′",
    };

    public static readonly CheckSpec Criterion = CheckSpec.Hypothesis(
        "instance-criterion", Tier.Instance,
        "a certificate of the paper's criterion 4f(x₀) < r²α(x₀, r): 4F < r²A with F ≥ f(x₀) and A ≤ α(x₀, r) (Z3, exact rationals), at the scanned radius with the largest ratio (a Fail: not established by these bounds)",
        "§1 criterion (the main theorem's hypothesis; numbering [M])", Provenance.Verified) with
    {
        ValueName = "r²A/(4F)",
    };

    public static readonly CheckSpec Star = CheckSpec.Hypothesis(
        "instance-star", Tier.Instance,
        "(⋆) of our theorem at the step η: 4F < c_B²r²A with c_B = 1 − Bη/2 > 0, B ≥ sup ‖∇²f‖ on B(x₀, r) ∩ {f ≤ f(x₀)} (Z3, exact rationals)",
        "§3 harness-safe form, ours; cf. Theorem 1.1 (constants [M])", Provenance.Derived) with
    {
        ValueName = "c_B²r²A/(4F)",
    };

    public static readonly CheckSpec PositiveInit = CheckSpec.Hypothesis(
        "asymptotic-positive-init", Tier.Asymptotic,
        "the paper's initialisation as read here: first layer 0, hidden layers strictly positive, output layer large [V, v5]; the output layer's entries and scale λ positive [M] — reported, never deciding (our certificate needs no sign)",
        "§5 initialisation (v5)", Provenance.Memory) with
    {
        ValueName = "min entry of W_2 … W_L",
    };

    public static readonly CheckSpec SmallestScale = CheckSpec.Hypothesis(
        "asymptotic-smallest-scale", Tier.Asymptotic,
        "the smallest output scale λ (doubling from ⅛, then bisection to 5 %) at which (⋆) is proved by Z3 with η = ½ × the largest admissible step at the best scanned radius — measured, nothing claimed (bound: the search's cap)",
        "§5 mechanism (α grows like λ² on a fixed ball)", Provenance.Derived) with
    {
        ValueName = "smallest λ proving (⋆)",
        Scaling = new("n", 0.5, "reference only: λ ∝ √n if λ_min(XXᵀ) and the radius stayed fixed (F = |y|²/2 ∝ n, A ∝ λ²), a heuristic, not proved; nothing claimed") { Reference = true },
    };

    public static readonly CheckSpec Rate = CheckSpec.Conclusion(
        "conclusion-rate", "(a): f_k ≤ ρᵏF with ρ = 1 − c_B η A (rounded up) and F ≥ f(x₀), at every step k ≥ 1",
        "§3 (a), ours; cf. Theorem 1.1 linear rate", Provenance.Derived) with
    {
        ValueName = "max_k f_k / (ρᵏ f₀)",
    };

    public static readonly CheckSpec Limit = CheckSpec.Conclusion(
        "conclusion-limit", "(c): x_k → x* with f(x*) = 0 and |x_k − x*| ≤ 2√f_k/(c_B√A), checked as |x_k − x_K| ≤ 2(√f_k + √f_K)/(c_B√A) at log-spaced k",
        "§3 (c), ours; cf. Theorem 1.1 convergence to a global minimum", Provenance.Derived) with
    {
        ValueName = "|x_k − x_K| (worst step)",
    };

    public static readonly CheckSpec PlRatio = CheckSpec.Invariant(
        "invariant-pl-ratio", "q_k = |∇f(x_k)|²/f(x_k) ≥ A at every step (spec §7.7 item 1; a violation falsifies the bound on α)",
        "§7.7 (1), ours", Provenance.Derived) with
    {
        ValueName = "min_k q_k",
    };

    public static readonly CheckSpec Descent = CheckSpec.Invariant(
        "invariant-descent", "f_{k+1} ≤ f_k − c_B η|∇f(x_k)|² at every step (spec §7.7 item 2; a violation falsifies B)",
        "§7.7 (2), ours", Provenance.Derived) with
    {
        ValueName = "max_k f_{k+1} − (f_k − c_B η|g_k|²)",
    };

    public static readonly CheckSpec Search = CheckSpec.Invariant(
        "invariant-search",
        "the smallest |∇f|²/f found by an adversarial search (projected GD on |∇f|²/f over the ball from x₀ and 7 random points) stays ≥ A(r) (a violation falsifies A); "
            + "without a certificate it is compared with 4f(x₀)/r², below which it refutes the exact criterion at r. Sampling bounds α from above: it refutes, never certifies",
        "§7.3 (sampling bounds α from above), ours", Provenance.Derived) with
    {
        ValueName = "min |∇f|²/f found",
    };

    public static readonly CheckSpec Path = CheckSpec.Invariant(
        "invariant-path", "(b): P_k ≤ (2/(c_B√A))(√F − √f_k) at every step k ≥ 1, and D_k ≤ P_k (the triangle inequality, up to rounding), so D_k ≤ r_pred = 2√(F/A)/c_B < r (spec §7.7 item 4)",
        "§3 (b), ours", Provenance.Derived) with
    {
        ValueName = "P_k (worst step)",
    };

    public static IReadOnlyList<CheckSpec> All { get; } =
        [FullRank, SmoothIncreasing, Criterion, Star, PositiveInit, SmallestScale, Rate, Limit, PlRatio, Descent, Search, Path];
}

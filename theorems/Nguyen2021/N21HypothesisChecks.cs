using System.Globalization;
using System.Text;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Symbolic;
using Verify.Theorems.Common;
using Verify.Training;
using Q = Verify.Theorems.Nguyen2021.SectionFiveQuantities;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// The topology and activation hypotheses, (H0)–(H3) of spec §5 decided by Z3 over the exact values of the enclosure
/// ends (pessimistic for a Pass, optimistic for a Fail, <see cref="Evidence.Between"/>), and the paper's reconstructed
/// (A), (B), (C) (ρ_l = 1) decided the same way and reported with their gap to ours.
/// </summary>
internal static class N21HypothesisChecks
{
    private const string Allowances = "the enclosures of λ_F, ‖W_l⁰‖₂, ‖X‖_F and ‖F_L⁰ − Y‖_F";

    public static Evidence Depth(NetworkSpec network) =>
        Evidence.Compare(network.Depth, Relation.GreaterOrEqual, 2, network.Depth < 2
            ? $"L = {network.Depth}: no hidden layer, so there is no last hidden layer to be wide (the model is linear regression)"
            : $"L = {network.Depth} weight layers");

    public static Evidence WideLastHidden(NetworkSpec network, int n)
    {
        int width = network.Depth < 2 ? 0 : network.Widths[network.Depth - 2];
        return Evidence.Compare(width, Relation.GreaterOrEqual, n, network.Depth < 2
            ? "L = 1: no hidden layer"
            : $"n_{{L−1}} = {width}, N = {n}" + (width < n ? ": F_{L−1} (N × n_{L−1}) has rank ≤ n_{L−1} < N, so λ_F = σ_N(F_{L−1}) = 0" : ""));
    }

    public static Evidence Relu(Activation activation)
    {
        bool relu = ReluModel.IsRelu(activation.Properties);
        return Evidence.Decided(activation.Properties.InfDerivative, Relation.LessOrEqual, 0, relu ? Verdict.Pass : Verdict.Fail,
            $"value = inf σ′; {ReluModel.Describe(activation)}" + (relu ? "" : ": not ReLU, the paper's model"));
    }

    public static Evidence H0(N21Analysis a) => Evidence.Between(H0(a.Pessimistic), () => H0(a.Optimistic), Allowances);

    /// <summary>
    /// (H1) at the chosen radii for a Pass; at the favourable ends it holds when radii exist there (the iteration from below
    /// settles) and is otherwise undecided: a failed search proves no Fail.
    /// </summary>
    public static Evidence H1(N21Analysis a) => Evidence.Between(H1(a.Pessimistic, a.RadiiAreFixedPoint), () => a.FavourableRadiiExist
        ? Evidence.Decided(1.0, Relation.GreaterOrEqual, 1.0, Verdict.Pass,
            $"at the favourable ends ρ ← R(ρ) settles at ρ = [{string.Join(", ", a.FavourableRadii.Select(F))}]: radii meeting (H1) exist there")
        : Evidence.Inconclusive(double.NaN, Relation.GreaterOrEqual, 1.0, "at the favourable ends ρ ← R(ρ) did not settle (no fixed point found; none is proven absent)"),
        Allowances);

    public static Evidence H2(N21Analysis a) => Evidence.Between(H2(a.Pessimistic), () => H2(a.Optimistic), Allowances);

    public static Evidence H3(N21Analysis a, double stepSize) =>
        Evidence.Between(H3(a.Pessimistic, stepSize), () => H3(a.Optimistic, stepSize), Allowances);

    /// <summary>λ_F² ≥ c₀ ‖X‖_F² Σ_{l&lt;L} Π_{p≠l} λ̄_p² (= c₀B).</summary>
    private static Evidence H0(Q q)
    {
        if (NotFinite(q, withResidual: false, q.H0Ratio) is { } undecided)
        {
            return undecided;
        }
        var terms = Enumerable.Range(1, q.Depth - 1).Select(l => Product(q.Depth, l, squared: true));
        string goal = $"(and (> lf 0.0) (>= (* lf lf) (* c0 x x (+ 0.0 {string.Join(' ', terms)}))))";
        return Z3Evidence.Decide(Premises(q, withResidual: false), goal, q.H0Ratio, Relation.GreaterOrEqual, 1.0,
            $"λ_F = {F(q.LambdaF)}, B = {F(q.B)}; λ_F² = {F(q.LambdaFSquared)} vs 8B = {F(Q.H0Factor * q.B)}; {Bars(q)}");
    }

    /// <summary>R_l ≤ ρ_l for every l, cleared of λ_F²: c₁ ‖X‖_F r Π_{p≠l} λ̄_p ≤ ρ_l λ_F².</summary>
    private static Evidence H1(Q q, bool fixedPoint)
    {
        if (NotFinite(q, withResidual: true, q.H1Ratio) is { } undecided)
        {
            return undecided;
        }
        var goal = new StringBuilder("(and (> lf 0.0)");
        for (int l = 1; l <= q.Depth; l++)
        {
            goal.Append(CultureInfo.InvariantCulture, $" (<= (* c1 x r {Product(q.Depth, l, squared: false)}) (* p{l} lf lf))");
        }
        goal.Append(')');
        string radii = string.Join(", ", Enumerable.Range(0, q.Depth).Select(l => $"R_{l + 1} = {F(q.Movements[l])} ≤ ρ_{l + 1} = {F(q.Radii[l])}"));
        return Z3Evidence.Decide(Premises(q), goal.ToString(), q.H1Ratio, Relation.GreaterOrEqual, 1.0,
            $"{radii}; radii {(fixedPoint ? "the least fixed point of ρ ← R(ρ), raised by 10⁻⁶ (checked R(ρ) ≤ ρ)" : "ρ_l = 1: ρ ← R(ρ) has no fixed point")}; √(2Φ₀) = {F(q.Inputs.Residual)}");
    }

    /// <summary>‖X‖_F Σ_{l&lt;L} (Π_{p≠l, p&lt;L} λ̄_p) R_l ≤ c₂ λ_F, cleared of λ_F²: c₁ ‖X‖_F² r Σ_{l&lt;L} Π_{p≠l,p&lt;L} λ̄_p Π_{p≠l} λ̄_p ≤ c₂ λ_F³.</summary>
    private static Evidence H2(Q q)
    {
        if (NotFinite(q, withResidual: true, q.H2Ratio) is { } undecided)
        {
            return undecided;
        }
        var terms = Enumerable.Range(1, q.Depth - 1).Select(l => $"(* {Product(q.Depth - 1, l, squared: false)} {Product(q.Depth, l, squared: false)})");
        string goal = $"(and (> lf 0.0) (<= (* c1 x x r (+ 0.0 {string.Join(' ', terms)})) (* c2 lf lf lf)))";
        return Z3Evidence.Decide(Premises(q), goal, q.H2Ratio, Relation.GreaterOrEqual, 1.0,
            $"the movement of F_{{L−1}}, ‖X‖_F Σ_{{l<L}} (λ̄_{{1→L−1}}/λ̄_l) R_l = {F(q.ConditioningLeft)}, vs λ_F/2 = {F(Q.ConditioningFraction * q.LambdaF)}");
    }

    /// <summary>0 &lt; η and η ‖X‖_F² λ̄_{1→L−1}² ≤ 1.</summary>
    private static Evidence H3(Q q, double stepSize)
    {
        if (NotFinite(q, withResidual: false, stepSize, Relation.LessOrEqual, q.StepBound) is { } undecided)
        {
            return undecided;
        }
        string premises = Premises(q, withResidual: false) + Z3Evidence.Define(("eta", stepSize));
        string goal = $"(and (> eta 0.0) (<= (* eta x x {Product(q.Depth - 1, 0, squared: true)}) 1.0))";
        return Z3Evidence.Decide(premises, goal, stepSize, Relation.LessOrEqual, q.StepBound,
            $"1/(‖X‖_F² λ̄_{{1→L−1}}²) = {F(q.StepBound)}; factor per step 1 − ηλ_F²/8 = {F(q.Factor(stepSize))}");
    }

    /// <summary>(A): λ_F² ≥ 16‖X‖_F √(2Φ₀) λ̄_{1→L} with λ̄_l = ‖W_l⁰‖₂ + 1 [S/M]; gap factor to ours (H1).</summary>
    public static Evidence PaperA(N21Analysis a) =>
        Evidence.Between(PaperA(a.PaperPessimistic, a.Pessimistic), () => PaperA(a.PaperOptimistic, a.Optimistic), Allowances);

    /// <summary>(A) decided by Z3 from the inputs of <paramref name="paper"/> (ρ_l = 1); the ratio shown is the rounded one.</summary>
    internal static Evidence PaperA(Q paper, Q ours)
    {
        double ratio = paper.LambdaFSquared / (PaperAConstant * paper.Inputs.XFrobenius * paper.Inputs.Residual * paper.ProductAll);
        string goal = $"(and (> lf 0.0) (>= (* lf lf) (* 16.0 x r {Product(paper.Depth, 0, squared: false)})))";
        return DecidePaper(paper, [], goal, ratio, Relation.GreaterOrEqual, 1.0,
            $"constants from a secondary source (L = 2) and memory [S/M]; (A) ratio {F(ratio)} vs ours (H1) {F(ours.H1Ratio)}: gap factor (A)/(H1) = {F(ratio / ours.H1Ratio)}");
    }

    /// <summary>(B): λ_F³ ≥ 32‖X‖_F² √(2Φ₀) λ̄_{1→L−1} λ̄_{1→L} Σ_{l&lt;L} λ̄_l⁻² with λ̄_l = ‖W_l⁰‖₂ + 1 [M]; gap factor to ours (H2).</summary>
    public static Evidence PaperB(N21Analysis a) =>
        Evidence.Between(PaperB(a.PaperPessimistic, a.Pessimistic), () => PaperB(a.PaperOptimistic, a.Optimistic), Allowances);

    /// <summary>
    /// (B) decided by Z3, cleared of λ̄_l⁻²: λ̄_{1→L−1} λ̄_{1→L} λ̄_l⁻² = Π_{p≠l,p&lt;L} λ̄_p Π_{p≠l} λ̄_p, so
    /// λ_F³ ≥ 32‖X‖_F² √(2Φ₀) Σ_{l&lt;L} Π_{p≠l,p&lt;L} λ̄_p Π_{p≠l} λ̄_p (the sum of (H2)'s terms).
    /// </summary>
    internal static Evidence PaperB(Q paper, Q ours)
    {
        double x = paper.Inputs.XFrobenius;
        double ratio = paper.LambdaFSquared * paper.LambdaF / (PaperBConstant * x * x * paper.Inputs.Residual * paper.ProductHidden * paper.ProductAll * paper.InverseSquareSum);
        var terms = Enumerable.Range(1, paper.Depth - 1).Select(l => $"(* {Product(paper.Depth - 1, l, squared: false)} {Product(paper.Depth, l, squared: false)})");
        string goal = $"(and (> lf 0.0) (>= (* lf lf lf) (* 32.0 x x r (+ 0.0 {string.Join(' ', terms)}))))";
        return DecidePaper(paper, [], goal, ratio, Relation.GreaterOrEqual, 1.0,
            $"form and constant unverified [M]; (B) ratio {F(ratio)} vs ours (H2) {F(ours.H2Ratio)}: gap factor (B)/(H2) = {F(ratio / ours.H2Ratio)}");
    }

    /// <summary>(C): η ‖X‖_F² λ̄_{1→L}² ≤ 1 with λ̄_l = ‖W_l⁰‖₂ + 1 [M]; gap factor to ours (H3).</summary>
    public static Evidence PaperC(N21Analysis a, double stepSize) =>
        Evidence.Between(PaperC(a.PaperPessimistic, a.Pessimistic, stepSize), () => PaperC(a.PaperOptimistic, a.Optimistic, stepSize), Allowances);

    /// <summary>(C) decided by Z3: 0 &lt; η and η ‖X‖_F² λ̄_{1→L}² ≤ 1 (constant taken as 1).</summary>
    internal static Evidence PaperC(Q paper, Q ours, double stepSize)
    {
        double x = paper.Inputs.XFrobenius;
        double value = stepSize * x * x * paper.ProductAll * paper.ProductAll;
        double bound = 1 / (x * x * paper.ProductAll * paper.ProductAll);
        string goal = $"(and (> eta 0.0) (<= (* eta x x {Product(paper.Depth, 0, squared: true)}) 1.0))";
        return DecidePaper(paper, [("eta", stepSize)], goal, value, Relation.LessOrEqual, 1.0,
            $"constant unverified [M], taken as 1: η ≤ {F(bound)} vs ours (H3) η ≤ {F(ours.StepBound)}: gap factor (C)/(H3) = {F(bound / ours.StepBound)}");
    }

    private const double PaperAConstant = 16, PaperBConstant = 32;

    /// <summary>
    /// Z3's decision of a paper-form goal over lf, x, r, n_l, p_l (the paper's ρ_l = 1) and lb_l = n_l + p_l, plus
    /// <paramref name="extra"/>; Inconclusive with the reason when an input is not finite (no exact rational to decide
    /// from) or the double quantities behind the ratio shown overflow, never an exception or a NaN Fail.
    /// </summary>
    private static Evidence DecidePaper(Q paper, (string Name, double Value)[] extra, string goal, double value, Relation relation, double bound, string note)
    {
        var constants = new List<(string Name, double Value)>
        {
            ("lf", paper.Inputs.LambdaF), ("x", paper.Inputs.XFrobenius), ("r", paper.Inputs.Residual),
        };
        for (int l = 1; l <= paper.Depth; l++)
        {
            constants.Add(($"n{l}", paper.Inputs.LayerNorms[l - 1]));
            constants.Add(($"p{l}", paper.Radii[l - 1]));
        }
        constants.AddRange(extra);
        var nonFinite = constants.Where(c => !double.IsFinite(c.Value)).Select(c => $"{c.Name} = {F(c.Value)}").ToList();
        if (nonFinite.Count > 0)
        {
            return Evidence.Inconclusive(value, relation, bound, $"{note}; not decided: non-finite input {string.Join(", ", nonFinite)}");
        }
        double[] shown = [value, paper.LambdaFSquared, paper.ProductAll, paper.ProductHidden, paper.InverseSquareSum];
        if (!shown.All(double.IsFinite))
        {
            return Evidence.Inconclusive(value, relation, bound,
                $"{note}; not decided: the products overflow double precision (λ_F² = {F(paper.LambdaFSquared)}, λ̄_{{1→L}} = {F(paper.ProductAll)}), so the ratio shown would be meaningless");
        }
        var premises = new StringBuilder(Z3Evidence.Define([.. constants]));
        for (int l = 1; l <= paper.Depth; l++)
        {
            premises.Append(CultureInfo.InvariantCulture, $"(define-fun lb{l} () Real (+ n{l} p{l}))\n");
        }
        return Z3Evidence.Decide(premises.ToString(), goal, value, relation, bound, note);
    }

    /// <summary>λ_F²/n_{L−1} at the lower end of λ_F (reported: the sweep over n_{L−1} shows whether it is flat).</summary>
    public static Evidence FeatureScale(N21Analysis a, int width) =>
        Evidence.Compare(a.LambdaF.Lower * a.LambdaF.Lower / Math.Max(1, width), Relation.Greater, 0,
            $"λ_F = {F(a.LambdaF.Lower)} (lower end), n_{{L−1}} = {width}; measured [D], the claim Θ(n_{{L−1}}) under LeCun is [M]");

    /// <summary>
    /// Undecided (Inconclusive, saying which) when an input the hypothesis uses is not finite in float64 — an overflow of
    /// the inputs, weights or targets leaves nothing for Z3 to decide; null when all are finite.
    /// </summary>
    private static Evidence? NotFinite(Q q, bool withResidual, double value, Relation relation = Relation.GreaterOrEqual, double bound = 1.0)
    {
        var named = new List<(string Name, double Value)> { ("λ_F", q.Inputs.LambdaF), ("‖X‖_F", q.Inputs.XFrobenius) };
        named.AddRange(Enumerable.Range(0, q.Depth).Select(l => ($"λ̄_{l + 1}", q.LambdaBar[l])));
        if (withResidual)
        {
            named.Add(("√(2Φ₀)", q.Inputs.Residual));
        }
        var bad = named.Where(v => !double.IsFinite(v.Value)).Select(v => $"{v.Name} = {F(v.Value)}").ToList();
        return bad.Count == 0 ? null
            : Evidence.Inconclusive(value, relation, bound, $"not evaluated: {string.Join(", ", bad)} overflows float64 (inputs, weights or targets too large)");
    }

    /// <summary>Definitions: lf, x, r (when used), n_l, p_l, lb_l = n_l + p_l, and the constants c0 = 8 (H0), c1 = 8 (R_l), c2 = ½ (H2).</summary>
    private static string Premises(Q q, bool withResidual = true)
    {
        var constants = new List<(string, double)>
        {
            ("lf", q.Inputs.LambdaF), ("x", q.Inputs.XFrobenius),
            ("c0", Q.H0Factor), ("c1", Q.MovementFactor), ("c2", Q.ConditioningFraction),
        };
        if (withResidual)
        {
            constants.Add(("r", q.Inputs.Residual));
        }
        for (int l = 1; l <= q.Depth; l++)
        {
            constants.Add(($"n{l}", q.Inputs.LayerNorms[l - 1]));
            constants.Add(($"p{l}", q.Radii[l - 1]));
        }
        var text = new StringBuilder(Z3Evidence.Define([.. constants]));
        for (int l = 1; l <= q.Depth; l++)
        {
            text.Append(CultureInfo.InvariantCulture, $"(define-fun lb{l} () Real (+ n{l} p{l}))\n");
        }
        return text.ToString();
    }

    /// <summary>Π_{p ≤ count, p ≠ except} lb_p (squared: each factor twice); "1.0" when empty.</summary>
    private static string Product(int count, int except, bool squared)
    {
        var factors = Enumerable.Range(1, count).Where(p => p != except).SelectMany(p => squared ? new[] { $"lb{p}", $"lb{p}" } : [$"lb{p}"]).ToList();
        return factors.Count == 0 ? "1.0" : $"(* 1.0 {string.Join(' ', factors)})";
    }

    private static string Bars(Q q) => string.Join(", ", Enumerable.Range(0, q.Depth).Select(l => $"λ̄_{l + 1} = {F(q.LambdaBar[l])}"));

    private static string F(double value) => NumberFormat.Text(value);
}

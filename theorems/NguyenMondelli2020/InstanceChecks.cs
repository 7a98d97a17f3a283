using Verify.Numerics;
using System.Globalization;
using System.Text;
using Verify.Core;
using Verify.Theorems.Common;
using Verify.Symbolic;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>(H1) and (H2) of §3a, and the paper's form of the initialisation condition, as evidence.</summary>
internal static class InstanceChecks
{
    private const string Allowances = "the enclosures of λ_F, λ_l, ‖X‖₂ and ‖F_L⁰ − Y‖_F";

    /// <summary>
    /// (H1), decided by Z3 over the exact values of the doubles: with the pessimistic ends for a Pass and the optimistic
    /// ends for a Fail (<see cref="Evidence.Between"/>). Shown: the ratio LHS/RHS against 1.
    /// </summary>
    public static Evidence Initialisation(InitialAnalysis initial) =>
        Evidence.Between(Initialisation(initial, pessimistic: true), () => Initialisation(initial, pessimistic: false), Allowances);

    /// <summary>
    /// (H1) at one set of ends, as the conjunction R ≤ λ_F/(2‖X‖₂) ∧ R ≤ λ_l/2 (l ≥ 3) cleared of denominators:
    /// λ_F² λ_{3→L} ≥ 8k‖X‖₂ r and λ_F λ_{3→L} λ_l ≥ 8k r with k = (2/γ)^{L−2}, r ≥ √(2Φ₀), plus λ_F, ‖X‖₂ &gt; 0.
    /// </summary>
    public static Evidence Initialisation(InitialAnalysis initial, bool pessimistic)
    {
        var ends = pessimistic ? initial.Pessimistic : initial.Optimistic;
        int layers = ends.Depth - 2;
        var lambdas = Enumerable.Range(0, Math.Max(0, layers))
            .Select(i => (Name: $"l{i + 3}", Value: pessimistic ? initial.LayerSmallest[i].Lower : initial.LayerSmallest[i].Upper)).ToList();
        var constants = new List<(string, double)> { ("lf", ends.LambdaF), ("xn", ends.XNorm2), ("r", ends.Residual), ("g", ends.Gamma) };
        constants.AddRange(lambdas.Select(l => (l.Name, l.Value)));
        string premises = Z3Evidence.Define([.. constants]);
        string product = lambdas.Count == 0 ? "1.0" : $"(* {string.Join(' ', lambdas.Select(l => l.Name))})";
        string k = layers == 0 ? "1.0" : $"(* {string.Join(' ', Enumerable.Repeat("(/ 2.0 g)", layers))})";
        var goal = new StringBuilder($"(and (> lf 0.0) (> xn 0.0){(layers > 0 ? " (> g 0.0)" : "")} (>= (* lf lf {product}) (* 8.0 {k} xn r))");
        foreach (var (name, _) in lambdas)
        {
            goal.Append(CultureInfo.InvariantCulture, $" (>= (* lf {product} {name}) (* 8.0 {k} r))");
        }
        goal.Append(')');
        double ratio = ends.Right == 0 ? double.MaxValue : ends.Left / ends.Right;
        string note = $"λ_F = {F(ends.LambdaF)}, λ_{{3→L}} = {F(ends.Product)}, min λ_l = {F(ends.MinLayer)}, ‖X‖₂ = {F(ends.XNorm2)}, "
            + $"√(2Φ₀) = {F(ends.Residual)}; LHS = {F(ends.Left)}, RHS = 8(2/γ)^{{L−2}}√(2Φ₀) = {F(ends.Right)}; "
            + $"R = {F(ends.Radius)} vs λ_F/(2‖X‖₂) = {F(ends.LambdaF / (2 * ends.XNorm2))}"
            + (lambdas.Count > 0 ? $" and min λ_l/2 = {F(ends.MinLayer / 2)}" : "");
        return Z3Evidence.Decide(premises, goal.ToString(), ratio, Relation.GreaterOrEqual, 1.0, note);
    }

    /// <summary>
    /// (H2): η·Q(R + ηG) ≤ 1 with G = G(R), all from the pessimistic ends for a Pass (Q and G only grow with their
    /// inputs and the radius) and the optimistic ends for a Fail; decided by Z3 over the exact doubles.
    /// </summary>
    public static Evidence StepSize(InitialAnalysis initial, double stepSize) =>
        Evidence.Between(StepSize(initial, stepSize, pessimistic: true), () => StepSize(initial, stepSize, pessimistic: false),
            Allowances + " and of ‖W_l⁰‖₂, ‖X‖_F");

    private static Evidence StepSize(InitialAnalysis initial, double stepSize, bool pessimistic)
    {
        var inputs = initial.HessianInputs(pessimistic);
        // R rounded up for a Pass (the ball must contain the proof's), down for a Fail; ρ = R + ηG likewise
        double radius = (pessimistic ? initial.Pessimistic : initial.Optimistic).RadiusRounded(up: pessimistic);
        if (!double.IsFinite(radius))
        {
            return Evidence.Inconclusive(stepSize, Relation.LessOrEqual, 0,
                $"not evaluated: R = {F(radius)} is not finite (λ_F or λ_{{3→L}} has a zero end), so there is no ball to bound ∇²Φ on");
        }
        double g = HessianBound.GradientBound(inputs, radius);
        double ball = pessimistic ? DirectedRounding.AddUp(radius, DirectedRounding.MulUp(stepSize, g)) : Math.BitDecrement(radius + Math.BitDecrement(stepSize * g));
        double q = double.IsFinite(ball) ? HessianBound.Upper(inputs, ball) : double.PositiveInfinity;
        if (!pessimistic)
        {
            // HessianBound rounds every operation up (about 12 per layer, each within 2ε relative, all on positive
            // numbers): 64Lε below its result is still above the exact Q of these inputs, so a Fail never rests on that rounding
            q = Math.BitDecrement(q * (1 - 64 * inputs.LayerNorms.Count * Spectral.MachineEpsilon));
        }
        if (!double.IsFinite(q) || !double.IsFinite(g))
        {
            return Evidence.Inconclusive(stepSize, Relation.LessOrEqual, 0,
                $"not evaluated: the bounds overflow on this ball (R = {F(radius)}, G = {F(g)}, Q = {F(q)})");
        }
        string premises = Z3Evidence.Define(("eta", stepSize), ("q", q));
        return Z3Evidence.Decide(premises, "(and (> eta 0.0) (<= (* eta q) 1.0))", stepSize, Relation.LessOrEqual, 1 / q,
            $"Q = {F(q)} on the ball of radius R + ηG = {F(ball)} (R = {F(radius)}, G = {F(g)}); ηQ = {F(stepSize * q)}");
    }

    /// <summary>
    /// The paper's form, λ_F λ_{3→L} min(λ_F, min λ_l) ≥ 8γ(2/γ)^{L/2}√Φ₀ (C₀ taken as Φ₀) [M]: its ratio, with the gap
    /// factor to ours. Reported only (Asymptotic tier): its constants are unverified.
    /// </summary>
    public static Evidence PaperForm(InitialAnalysis initial) =>
        Evidence.Between(PaperForm(initial.Pessimistic), () => PaperForm(initial.Optimistic), Allowances);

    private static Evidence PaperForm(Ends ends)
    {
        double ours = ends.Right == 0 ? double.MaxValue : ends.Left / ends.Right;
        double paper = ends.PaperRatio;
        return Evidence.Compare(paper, Relation.GreaterOrEqual, 1.0,
            $"constants unverified [M]; paper-form ratio {F(paper)} vs ours (H1) {F(ours)}: gap factor paper/ours = {F(paper / ours)}");
    }

    private static string F(double value) => NumberFormat.Text(value);
}

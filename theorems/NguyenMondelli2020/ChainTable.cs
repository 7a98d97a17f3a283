using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// The chain of §3a on one instance, quantity by quantity, for the report: each at its pessimistic end (the one a Pass
/// rests on), and the bounds (H1) puts on R. The step size (H2) is its own check (its note gives Q, G and the ball).
/// </summary>
internal static class ChainTable
{
    public static IReadOnlyList<ChainStep> Of(InitialAnalysis initial)
    {
        var p = initial.Pessimistic;
        double featureBound = p.LambdaF / (2 * p.XNorm2), layerBound = p.MinLayer / 2;
        var steps = new List<ChainStep>
        {
            new("λ_F", "σ_N(F₁⁰), the first layer's features' N-th singular value (lower end of its enclosure)", p.LambdaF, "> 0", p.LambdaF > 0),
            new("λ_{3→L}", "Π_{l≥3} σ_min(W_l⁰) (lower ends; 1 for L = 2)", p.Product, "> 0", p.Product > 0),
            new("‖X‖₂", "the inputs' spectral norm (upper end)", p.XNorm2, null, null),
            new("√(2Φ₀)", "‖F_L⁰ − Y‖_F, the initial residual (upper end)", p.Residual, null, null),
            new("μ", "γ^{2(L−2)} λ_F² λ_{3→L}² / 4^{L−1}: the PL constant on the ball, ‖∇Φ‖² ≥ 2μΦ", p.Mu, null, null),
            new("R", "2√(2Φ₀/μ): the path length the descent inequality allows; the ball the proof stays in",
                p.Radius, $"≤ λ_F/(2‖X‖₂) = {Format(featureBound)}", p.Radius <= featureBound),
        };
        if (initial.LayerSmallest.Count > 0)
        {
            steps.Add(new("R (again)", "within R every W_l (l ≥ 3) keeps σ_min(W_l) ≥ λ_l/2 (Weyl)", p.Radius, $"≤ min λ_l/2 = {Format(layerBound)}", p.Radius <= layerBound));
        }
        return steps;
    }

    private static string Format(double value) => NumberFormat.Text(value);
}

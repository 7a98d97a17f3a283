using Verify.Core;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Theorems.Du2019;

/// <summary>The Instance and Asymptotic tiers of Du et al. 2019 as evidence, from an <see cref="InitialAnalysis"/>.</summary>
internal static class InstanceChecks
{
    private const string PiInterval = "(declare-const pi Real)\n(assert (>= pi 3.14159))\n(assert (<= pi 3.14160))\n";

    public static Evidence OutputSigns(IReadOnlyList<double> outputWeights)
    {
        double worst = outputWeights.Count == 0 ? 0 : outputWeights.Max(a => Math.Abs(Math.Abs(a) - 1));
        return Evidence.Compare(worst, Relation.LessOrEqual, 0, $"{outputWeights.Count(a => Math.Abs(a) != 1)} of {outputWeights.Count} output weights are not ±1");
    }

    /// <summary>The rounding allowances every Instance-tier decision is made across.</summary>
    private const string Allowances = "the enclosures of λ₀, λ_min(H(0)), ‖H(0) − H∞‖ and the rounding of ‖y − u(0)‖, ν and z";

    /// <summary>‖H(0) − H∞‖₂ ≤ λ₀/4, across the enclosures of both sides.</summary>
    public static Evidence H0NearHInfinity(InitialAnalysis initial) =>
        Evidence.Between(
            Evidence.Compare(initial.H0DeviationEnclosure.Upper, Relation.LessOrEqual, initial.Lambda0 / 4,
                $"‖H(0) − H∞‖₂ ∈ {initial.H0DeviationEnclosure}, λ₀ ∈ [{NumberFormat.Text(initial.Lambda0)}, {NumberFormat.Text(initial.Lambda0Upper)}], λ_min(H(0)) ∈ {initial.LambdaMinH0Enclosure}"),
            () => Evidence.Compare(initial.H0DeviationEnclosure.Lower, Relation.LessOrEqual, initial.Lambda0Upper / 4),
            Allowances);

    /// <summary>F(R′) &lt; λ₀/4, pessimistic (largest flip sets, smallest λ₀) for a Pass, optimistic for a Fail.</summary>
    public static Evidence FlipPerturbation(InitialAnalysis initial) =>
        Evidence.Between(
            Evidence.Compare(initial.FlipPerturbation, Relation.Less, initial.Lambda0 / 4,
                $"R′ = {NumberFormat.Text(initial.RadiusPrime)}; {NumberFormat.Text(initial.FlippableFraction * 100)} % of (i, r) pairs can flip"),
            () => Evidence.Compare(initial.Optimistic.FlipPerturbation, Relation.Less, initial.Lambda0Upper / 4,
                $"with every allowance in its favour: F = {NumberFormat.Text(initial.Optimistic.FlipPerturbation)}"),
            Allowances);

    /// <summary>
    /// The chain's final inequality at the instance's step size, decided by Z3 over the exact values of the
    /// measured doubles: 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ ≤ 1 − ηλ₀/2 ⟺ 2μ − 2h⊥ − 2τ − ηn²ν⁴ ≥ λ₀/2 for η &gt; 0
    /// (the second form is shown: its margin is not swamped by the 1 on both sides), with 0 &lt; ηλ₀ &lt; 2 so that
    /// the contraction factor lies in (0, 1) as Corollary 4.1 needs (obligations/chain-final.smt2). Decided twice
    /// (<see cref="Evidence.Between"/>): with the pessimistic chain and λ₀'s upper end (the goal only gets harder as λ₀
    /// grows) for a Pass, with the optimistic chain and λ₀'s lower end for a Fail.
    /// </summary>
    public static Evidence StepContraction(InitialAnalysis initial) => StepContraction(initial, initial.StepSize);

    /// <summary>The same inequality at step size <paramref name="stepSize"/>; the measured μ, h⊥, τ do not depend on it.</summary>
    public static Evidence StepContraction(InitialAnalysis initial, double stepSize) =>
        Evidence.Between(
            StepContraction(initial, initial.Pessimistic, initial.Lambda0Upper, stepSize),
            () => StepContraction(initial, initial.Optimistic, initial.Lambda0, stepSize),
            Allowances);

    private static Evidence StepContraction(InitialAnalysis initial, ChainBounds chain, double lambda0, double stepSize)
    {
        string premises = Z3Evidence.Define(
            ("eta", stepSize), ("n", initial.N), ("lambda0", lambda0), ("nu4", chain.NormFactor),
            ("mu", chain.Mu), ("hp", chain.PerpendicularNorm), ("tau", chain.FlipTerm));
        const string goal = "(and (> eta 0.0) (< (* eta lambda0) 2.0) (>= (- (* 2.0 mu) (* 2.0 hp) (* 2.0 tau) (* eta n n nu4)) (/ lambda0 2.0)))";
        return Z3Evidence.Decide(premises, goal, chain.ContractionMeasureAt(stepSize, initial.N), Relation.GreaterOrEqual, lambda0 / 2,
            $"value = 2μ − 2h⊥ − 2τ − ηn²ν⁴; 1 − ηλ₀/2 = {NumberFormat.Text(1 - stepSize * lambda0 / 2)}; " +
            $"μ = {NumberFormat.Text(chain.Mu)}, h⊥ = {NumberFormat.Text(chain.PerpendicularNorm)}, τ = {NumberFormat.Text(chain.FlipTerm)}, η = {NumberFormat.Text(stepSize)}");
    }

    /// <summary>The width the theorem asks for: the GD width bound and the Lemma 3.1 condition, both with δᵢ = δ/4.</summary>
    public static double RequiredWidth(int n, double lambda0, double delta, double labelBound)
    {
        double gradientDescent = 262144 * (labelBound * labelBound + 0.5) * Math.Pow(n, 6) / (2 * InitialAnalysis.PiLower * Math.Pow(lambda0, 4) * Math.Pow(delta, 3));
        double hoeffding = 8.0 * n * n * HoeffdingLog(n, delta) / (lambda0 * lambda0);
        return Math.Max(gradientDescent, hoeffding);
    }

    /// <summary>The headline width bound, λ₀ at its lower end for a Pass and at its upper end for a Fail (m grows as λ₀ shrinks).</summary>
    public static Evidence Width(InitialAnalysis initial, double labelBound) =>
        Evidence.Between(
            Width(initial.N, initial.M, initial.Lambda0, initial.Delta, labelBound),
            () => Width(initial.N, initial.M, initial.Lambda0Upper, initial.Delta, labelBound),
            "λ₀'s enclosure");

    /// <summary>Whether width <paramref name="m"/> meets the headline bound for these n, λ₀, δ and C (Z3).</summary>
    public static Evidence Width(int n, double m, double lambda0, double delta, double labelBound)
    {
        double required = RequiredWidth(n, lambda0, delta, labelBound);
        string premises = PiInterval + Z3Evidence.Define(
            ("m", m), ("n", n), ("lambda0", lambda0), ("delta", delta), ("c", labelBound),
            ("l", HoeffdingLog(n, delta)));
        const string goal = "(and (> (* m 2.0 pi lambda0 lambda0 lambda0 lambda0 delta delta delta) (* 262144.0 (+ (* c c) 0.5) n n n n n n))"
            + " (>= (* m lambda0 lambda0) (* 8.0 n n l)))";
        return Z3Evidence.Decide(premises, goal, m, Relation.Greater, required,
            $"required m ≈ {NumberFormat.Text(required)}, gap factor {NumberFormat.Text(required / m)} (δ = {NumberFormat.Text(delta)}, C = {NumberFormat.Text(labelBound)})");
    }

    /// <summary>η ≤ λ₀/(4n²) (and n ≥ 4), λ₀ at its lower end for a Pass and at its upper end for a Fail.</summary>
    public static Evidence StepSize(InitialAnalysis initial)
    {
        if (initial.N < 4)
        {
            return Evidence.Compare(initial.N, Relation.GreaterOrEqual, 4, "value = n: the paper's step-size lemma needs n ≥ 4 samples");
        }
        return Evidence.Between(StepSize(initial, initial.Lambda0), () => StepSize(initial, initial.Lambda0Upper), "λ₀'s enclosure");
    }

    private static Evidence StepSize(InitialAnalysis initial, double lambda0)
    {
        double bound = lambda0 / (4.0 * initial.N * initial.N);
        string premises = Z3Evidence.Define(("eta", initial.StepSize), ("n", initial.N), ("lambda0", lambda0));
        const string goal = "(and (>= n 4.0) (<= eta (/ lambda0 (* 4.0 n n))))";
        return Z3Evidence.Decide(premises, goal, initial.StepSize, Relation.LessOrEqual, bound, $"λ₀ = {NumberFormat.Text(lambda0)}");
    }

    /// <summary>
    /// R′ &lt; R, squared (both sides are positive) and decided for every π in the enclosing interval; for a Pass with
    /// λ₀ low and ‖y − u(0)‖, ν high, for a Fail the other way round.
    /// </summary>
    public static Evidence PaperRadius(InitialAnalysis initial) =>
        Evidence.Between(
            PaperRadius(initial, initial.Lambda0, initial.InitialResidual, initial.NormFactor, initial.RadiusPrime),
            () => PaperRadius(initial, initial.Lambda0Upper, initial.InitialResidualLower, initial.Optimistic.NormFactor, initial.Optimistic.RadiusPrime),
            "the enclosures of λ₀, ‖y − u(0)‖ and ν");

    private static Evidence PaperRadius(InitialAnalysis initial, double lambda0, double residual, double normFactor, double radiusPrime)
    {
        string premises = PiInterval + Z3Evidence.Define(
            ("m", initial.M), ("n", initial.N), ("lambda0", lambda0), ("delta", initial.Delta), ("rho", residual),
            ("nu2", Math.Sqrt(normFactor)));
        const string goal = "(and (> lambda0 0.0) (< (* 65536.0 n n n n n nu2 rho rho) (* 2.0 pi delta delta lambda0 lambda0 lambda0 lambda0 m)))";
        return Z3Evidence.Decide(premises, goal, radiusPrime, Relation.Less, initial.PaperRadius,
            $"‖y − u(0)‖ = {NumberFormat.Text(residual)}");
    }

    /// <summary>log(2n²/δ₁) with δ₁ = δ/4, rounded up so that the width it gives is sufficient.</summary>
    internal static double HoeffdingLog(int n, double delta) => Math.BitIncrement(Math.Log(8.0 * n * n / delta) * (1 + 1e-15));
}

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

    public static Evidence H0NearHInfinity(InitialAnalysis initial) =>
        Evidence.Compare(initial.H0DeviationNorm, Relation.LessOrEqual, initial.Lambda0 / 4,
            $"λ₀ ≥ {DataChecks.Format(initial.Lambda0)} (estimate minus its error bound); λ_min(H(0)) ≥ {DataChecks.Format(initial.LambdaMinH0)}");

    public static Evidence FlipPerturbation(InitialAnalysis initial) =>
        Evidence.Compare(initial.FlipPerturbation, Relation.Less, initial.Lambda0 / 4,
            $"R′ = {DataChecks.Format(initial.RadiusPrime)}; {DataChecks.Format(initial.FlippableFraction * 100)} % of (i, r) pairs can flip");

    /// <summary>
    /// The chain's final inequality at the instance's step size, decided by Z3 over the exact values of the
    /// measured doubles: 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ ≤ 1 − ηλ₀/2 ⟺ 2μ − 2h⊥ − 2τ − ηn²ν⁴ ≥ λ₀/2 for η &gt; 0
    /// (the second form is shown: its margin is not swamped by the 1 on both sides), with 0 &lt; ηλ₀ &lt; 2 so that
    /// the contraction factor lies in (0, 1) as Corollary 4.1 needs (obligations/chain-final.smt2).
    /// </summary>
    public static Evidence StepContraction(InitialAnalysis initial) => StepContraction(initial, initial.StepSize);

    /// <summary>The same inequality at step size <paramref name="stepSize"/>; the measured μ, h⊥, τ do not depend on it.</summary>
    public static Evidence StepContraction(InitialAnalysis initial, double stepSize)
    {
        string premises = Z3Evidence.Define(
            ("eta", stepSize), ("n", initial.N), ("lambda0", initial.Lambda0), ("nu4", initial.NormFactor),
            ("mu", initial.Mu), ("hp", initial.PerpendicularNorm), ("tau", initial.FlipTerm));
        const string goal = "(and (> eta 0.0) (< (* eta lambda0) 2.0) (>= (- (* 2.0 mu) (* 2.0 hp) (* 2.0 tau) (* eta n n nu4)) (/ lambda0 2.0)))";
        return Z3Evidence.Decide(premises, goal, initial.ContractionMeasureAt(stepSize), Relation.GreaterOrEqual, initial.Lambda0 / 2,
            $"value = 2μ − 2h⊥ − 2τ − ηn²ν⁴; per-step factor {DataChecks.Format(initial.StepFactorAt(stepSize))} vs 1 − ηλ₀/2 = {DataChecks.Format(1 - stepSize * initial.Lambda0 / 2)}; " +
            $"μ = {DataChecks.Format(initial.Mu)}, h⊥ = {DataChecks.Format(initial.PerpendicularNorm)}, τ = {DataChecks.Format(initial.FlipTerm)}, η = {DataChecks.Format(stepSize)}");
    }

    /// <summary>The width the theorem asks for: the GD width bound and the Lemma 3.1 condition, both with δᵢ = δ/4.</summary>
    public static double RequiredWidth(int n, double lambda0, double delta, double labelBound)
    {
        double gradientDescent = 262144 * (labelBound * labelBound + 0.5) * Math.Pow(n, 6) / (2 * InitialAnalysis.PiLower * Math.Pow(lambda0, 4) * Math.Pow(delta, 3));
        double hoeffding = 8.0 * n * n * HoeffdingLog(n, delta) / (lambda0 * lambda0);
        return Math.Max(gradientDescent, hoeffding);
    }

    public static Evidence Width(InitialAnalysis initial, double labelBound) =>
        Width(initial.N, initial.M, initial.Lambda0, initial.Delta, labelBound);

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
            $"required m ≈ {DataChecks.Format(required)}, gap factor {DataChecks.Format(required / m)} (δ = {DataChecks.Format(delta)}, C = {DataChecks.Format(labelBound)})");
    }

    public static Evidence StepSize(InitialAnalysis initial)
    {
        if (initial.N < 4)
        {
            return Evidence.Compare(initial.N, Relation.GreaterOrEqual, 4, "value = n: the paper's step-size lemma needs n ≥ 4 samples");
        }
        double bound = initial.Lambda0 / (4.0 * initial.N * initial.N);
        string premises = Z3Evidence.Define(("eta", initial.StepSize), ("n", initial.N), ("lambda0", initial.Lambda0));
        const string goal = "(and (>= n 4.0) (<= eta (/ lambda0 (* 4.0 n n))))";
        return Z3Evidence.Decide(premises, goal, initial.StepSize, Relation.LessOrEqual, bound, $"n = {initial.N} (the lemma needs n ≥ 4)");
    }

    /// <summary>R′ &lt; R, squared (both sides are positive) and decided for every π in the enclosing interval.</summary>
    public static Evidence PaperRadius(InitialAnalysis initial)
    {
        string premises = PiInterval + Z3Evidence.Define(
            ("m", initial.M), ("n", initial.N), ("lambda0", initial.Lambda0), ("delta", initial.Delta), ("rho", initial.InitialResidual),
            ("nu2", Math.Sqrt(initial.NormFactor) * (1 + 2 * Spectral.MachineEpsilon)));
        const string goal = "(and (> lambda0 0.0) (< (* 65536.0 n n n n n nu2 rho rho) (* 2.0 pi delta delta lambda0 lambda0 lambda0 lambda0 m)))";
        return Z3Evidence.Decide(premises, goal, initial.RadiusPrime, Relation.Less, initial.PaperRadius,
            $"‖y − u(0)‖ = {DataChecks.Format(initial.InitialResidual)}");
    }

    /// <summary>log(2n²/δ₁) with δ₁ = δ/4, rounded up so that the width it gives is sufficient.</summary>
    internal static double HoeffdingLog(int n, double delta) => Math.BitIncrement(Math.Log(8.0 * n * n / delta) * (1 + 1e-15));
}

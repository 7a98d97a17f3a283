using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Razborov2022;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>
/// Runs actual two-rate gradient descent (plain MathNet, <see cref="TwoRateRun"/>) on the realistic instance — n = 8,
/// d = 8, m = 2048, LeCun (κ = 1, W ~ N(0, 1/d), a ~ N(0, 1/m)), y = u₀ + noise, η₂ = 0.9/‖F₀‖₂² — and asserts at every
/// step every inequality of README.md ("Proof") (P1–P7) with the certificate's constants.
/// </summary>
/// <remarks>
/// Slack: each inequality lhs ≤ rhs is asserted as lhs ≤ rhs + 10⁻⁹|rhs| + 10⁻¹²·scale_k, with
/// scale_k = |y| + ‖F_{k+1}‖₂|a_{k+1}| (the key identity's defect to 10⁻⁹ of its terms). The proof is about exact
/// arithmetic; here every quantity is float64, rounded ≈ 10⁻¹⁶ relatively per operation, ≲ 10⁻¹³ over sums of
/// m = 2048 terms, ≈ 10⁻¹⁵‖F‖₂ for singular values from the 8 × 8 Gram matrix: the relative 10⁻⁹ is four orders above
/// that. The residual e = F a − y, though, is a difference of vectors of size ≈ scale_k, so its absolute rounding is
/// ≈ 10⁻¹⁵·scale_k whatever |e_k| is; late in a run |e_k| is ≈ 10⁻⁷ scale_k and steps that are equalities in exact
/// arithmetic (|e_{k+1}| = t₁ when η₁ = 0) then differ by 10⁻⁹ relatively (observed: 3·10⁻¹⁵ absolute). The absolute
/// 10⁻¹²·scale_k is a thousand times that rounding and ≤ 10⁻⁵|e_k| over the whole run, far below every measured margin
/// (printed), so a real violation of a step could not hide in it.
/// </remarks>
public sealed class StepByStepTests
{
    private const double Slack = 1e-9;

    private const double AbsoluteSlack = 1e-12;

    private const int Steps = 300;

    [TestCase(0.9, 1.0, TestName = "HiddenRate_0.9_of_the_largest_KinkSlope_1")]
    [TestCase(0.9, 0.0, TestName = "HiddenRate_0.9_of_the_largest_KinkSlope_0")]
    [TestCase(0.5, 0.5, TestName = "HiddenRate_0.5_of_the_largest_KinkSlope_0.5")]
    [TestCase(0.0, 1.0, TestName = "HiddenRate_0_convex_random_features")]
    public void EveryStepOfTheProofHoldsAlongTheRun(double fractionOfLargestEta1, double kinkSlope)
    {
        var drawn = TwoRateRun.LeCun(8, 8, 2048, 0.01, 2022);
        var run = new TwoRateRun(drawn.X, drawn.W, drawn.A, drawn.Y, drawn.Kappa, kinkSlope);
        var probe = run.Inputs(0, 1);
        double eta2 = 0.9 / (probe.FeatureNorm * probe.FeatureNorm);
        double eta1 = fractionOfLargestEta1 * TwoRateCertificate.Evaluate(run.Inputs(0, eta2)).LargestEta1;
        Assert.That(eta1, Is.LessThanOrEqualTo(eta2), "the realistic regime η₁ ≤ η₂");
        var inputs = run.Inputs(eta1, eta2);
        var c = TwoRateCertificate.Evaluate(inputs);
        foreach (var (spec, decide) in c.Hypotheses)
        {
            var evidence = decide();
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), $"{spec.Id}: {evidence.Note}");
        }

        var check = new Checker();
        double kappa = inputs.Kappa, x = inputs.XNorm, lf = inputs.LambdaF, e0 = inputs.Residual, q = c.Contraction;
        double fb = c.FeatureBar, ab = c.OutputBar, rw = c.RadiusW, ra = c.RadiusA;
        var w0 = run.W;
        var a0 = run.A;
        var f0 = run.Features(w0);
        var w = w0;
        var a = a0;
        double pathW = 0, pathA = 0, qk = 1;
        var e = run.Residual(w, a);
        for (int k = 0; k < Steps; k++)
        {
            var f = run.Features(w);
            check.Scale = run.Y.L2Norm() + TwoRateRun.SingularValues(f)[0] * a.L2Norm();
            double[] sv = TwoRateRun.SingularValues(f);
            double s = sv[^1], fk = sv[0], ek = e.L2Norm();

            // P1 between W₀ and W_k; P2 (features.smt2)
            check.Le(TwoRateRun.SingularValues(f - f0)[0], kappa * x * TwoRateRun.Frobenius(w - w0), "P1 ‖F_k − F₀‖₂ ≤ κ‖X‖₂‖W_k − W₀‖_F", k);
            check.Le(lf, 2 * s, "P2 σ_n(F_k) ≥ λ_F/2", k);
            check.Le(fk, fb, "P2 ‖F_k‖₂ ≤ F̄", k);

            // P3 (gradient.smt2)
            var gradW = run.GradientW(w, a, e);
            var gradA = run.GradientA(w, e);
            check.Le(a.L2Norm(), ab, "P3 |a_k| ≤ Ā", k);
            check.Le(TwoRateRun.Frobenius(gradW), kappa * x * a.L2Norm() * ek, "P3 ‖∇_WΦ‖_F ≤ κ‖X‖₂|a_k||e_k|", k);
            check.Le(TwoRateRun.Frobenius(gradW), kappa * x * ab * ek, "P3 ‖∇_WΦ‖_F ≤ κ‖X‖₂Ā|e_k|", k);
            check.Le(gradA.L2Norm(), fb * ek, "P3 |∇_aΦ| ≤ F̄|e_k|", k);

            // the two-rate step, both gradients at (W_k, a_k)
            var wNext = w - eta1 * gradW;
            var aNext = a - eta2 * gradA;
            var fNext = run.Features(wNext);
            var eNext = run.Residual(wNext, aNext);
            check.Scale = Math.Max(check.Scale, run.Y.L2Norm() + TwoRateRun.SingularValues(fNext)[0] * aNext.L2Norm());

            // P4 (movement-a.smt2, movement-w.smt2): the path lengths, their induction form, and the balls
            double stepA = (aNext - a).L2Norm(), stepW = TwoRateRun.Frobenius(wNext - w);
            pathA += stepA;
            pathW += stepW;
            double qNext = qk * q;
            check.Le(pathA * (1 - q), eta2 * fb * e0 * (1 - qNext), "P4 S_a^{k+1}(1 − q) ≤ η₂F̄|e₀|(1 − q^{k+1})", k);
            check.Le(pathW * (1 - q), eta1 * kappa * x * ab * e0 * (1 - qNext), "P4 S_W^{k+1}(1 − q) ≤ η₁κ‖X‖₂Ā|e₀|(1 − q^{k+1})", k);
            check.Le((aNext - a0).L2Norm(), pathA, "P4 |a_{k+1} − a₀| ≤ S_a^{k+1}", k);
            check.Le(pathA, ra, "P4 S_a^{k+1} ≤ R_a", k);
            check.Le(TwoRateRun.Frobenius(wNext - w0), pathW, "P4 |W_{k+1} − W₀|_F ≤ S_W^{k+1}", k);
            check.Le(pathW, rw, "P4 S_W^{k+1} ≤ R_W", k);
            check.Le(aNext.L2Norm(), ab, "P4 |a_{k+1}| ≤ Ā", k);

            // the key identity e_{k+1} = (I − η₂F_kF_kᵀ)e_k + (F_{k+1} − F_k)a_{k+1}
            var term1 = e - eta2 * (f * f.TransposeThisAndMultiply(e));
            var term2 = (fNext - f) * aNext;
            double defect = (eNext - term1 - term2).L2Norm();
            check.Le(defect, Slack * (ek + term1.L2Norm() + term2.L2Norm() + fk * aNext.L2Norm()), "key identity (defect)", k, absolute: true);
            double t1 = term1.L2Norm(), t2 = term2.L2Norm();

            // P5 (contraction.smt2 with N3, N4); P1 along the step; P6 (cross-term.smt2); P7 (step-factor.smt2)
            check.Le(t1, (1 - eta2 * s * s) * ek, "P5 t₁ ≤ (1 − η₂σ_n(F_k)²)|e_k|", k);
            check.Le(TwoRateRun.SingularValues(fNext - f)[0], kappa * x * stepW, "P1 ‖F_{k+1} − F_k‖₂ ≤ κ‖X‖₂‖W_{k+1} − W_k‖_F", k);
            check.Le(t2, eta1 * kappa * kappa * x * x * ab * ab * ek, "P6 t₂ ≤ η₁κ²‖X‖₂²Ā²|e_k|", k);
            check.Le(8 * t2, eta2 * lf * lf * ek, "P6 8t₂ ≤ η₂λ_F²|e_k|", k);
            check.Le(eNext.L2Norm(), t1 + t2, "P7 |e_{k+1}| ≤ t₁ + t₂", k);
            check.Le(eNext.L2Norm(), q * ek, "P7 |e_{k+1}| ≤ ρ|e_k|", k);
            check.Le(eNext.L2Norm(), qNext * e0, "P7 |e_{k+1}| ≤ ρ^{k+1}|e₀|", k);

            w = wNext;
            a = aNext;
            e = eNext;
            qk = qNext;
        }

        TestContext.Out.WriteLine($"η₁ = {eta1:G6} (= {eta1 / eta2:G4} η₂), η₂ = {eta2:G6}, ρ = {q:G8}, R_W = {rw:G4}, R_a = {ra:G4}, |e_{Steps}|/|e₀| = {e.L2Norm() / e0:G4} vs ρ^{Steps} = {qk:G4}");
        check.Report();
        Assert.That(check.Violations, Is.Empty, string.Join("\n", check.Violations.Take(20)));
    }

    /// <summary>
    /// P3 at the kink: integer data and weights put many pre-activations w_rᵀx_i exactly at 0, where σ′(0) = 0, ½ and 1
    /// give different subgradients; each obeys ‖∇_WΦ‖_F ≤ κ‖X‖₂|a||e| (gradient.smt2 uses only |S_ir| ≤ 1).
    /// </summary>
    [Test]
    public void GradientBound_HoldsForEveryKinkSlope_AtExactZeros()
    {
        var random = new Random(7);
        int zeros = 0, differing = 0;
        for (int trial = 0; trial < 20; trial++)
        {
            var x = Matrix<double>.Build.Dense(6, 4, (_, _) => random.Next(-1, 3));
            var w = Matrix<double>.Build.Dense(40, 4, (_, _) => random.Next(-1, 2));
            var a = Vector<double>.Build.Dense(40, _ => random.Next(-3, 4) / 4.0);
            var y = Vector<double>.Build.Dense(6, _ => random.Next(-5, 6));
            zeros += (x * w.Transpose()).Enumerate().Count(z => z == 0);
            double xNorm = x.Svd(computeVectors: false).S[0];
            var norms = new List<double>();
            foreach (double slope in new[] { 0.0, 0.5, 1.0 })
            {
                var run = new TwoRateRun(x, w, a, y, 1.5, slope);
                var e = run.Residual(w, a);
                double g = TwoRateRun.Frobenius(run.GradientW(w, a, e));
                norms.Add(g);
                Assert.That(g, Is.LessThanOrEqualTo(1.5 * xNorm * a.L2Norm() * e.L2Norm() * (1 + Slack)), $"trial {trial}, σ′(0) = {slope}");
            }
            differing += norms.Distinct().Count() > 1 ? 1 : 0;
        }
        Assert.That(zeros, Is.GreaterThan(100), "pre-activations exactly at the kink");
        Assert.That(differing, Is.Positive, "the choice of σ′(0) changes the gradient in some trial");
    }

    /// <summary>Collects lhs ≤ rhs (+ slack) at every step, and the largest lhs/rhs of each named inequality.</summary>
    private sealed class Checker
    {
        private readonly Dictionary<string, double> _largest = new(StringComparer.Ordinal);

        public List<string> Violations { get; } = [];

        /// <summary>scale_k of the remarks: the size of the vectors whose difference is the residual.</summary>
        public double Scale { get; set; }

        public void Le(double lhs, double rhs, string name, int step, bool absolute = false)
        {
            bool holds = absolute ? lhs <= rhs : lhs <= rhs + Slack * Math.Abs(rhs) + AbsoluteSlack * Scale;
            if (!holds || double.IsNaN(lhs) || double.IsNaN(rhs))
            {
                Violations.Add($"step {step}: {name}: {lhs:G17} > {rhs:G17}");
            }
            double ratio = rhs == 0 ? (lhs == 0 ? 0 : double.PositiveInfinity) : lhs / rhs;
            _largest[name] = Math.Max(_largest.GetValueOrDefault(name, 0), ratio);
        }

        public void Report()
        {
            foreach (var (name, ratio) in _largest)
            {
                TestContext.Out.WriteLine($"  largest lhs/rhs {ratio:G6}: {name}");
            }
        }
    }
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Chatterjee2022;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// The known-answer nodes T1–T3 of spec §7.8 (theorem nodes (a)–(c)): |x|² (α ≡ 4, β = 2, the criterion iff |x₀| &lt; r,
/// ρ = (1 − 2η)²), least squares (α ≥ 4λ_min(XXᵀ), β = 2λ_max(XXᵀ)) and x⁴ (never certified).
/// </summary>
public sealed class ToyNodeTests
{
    internal static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    internal static ILinearAlgebraBackend Backend { get; } = Backends.Load(BackendChoice.Auto);

    internal static InstanceContext Context(ulong seed = 23) => new(seed, 0, Quick, CancellationToken.None);

    internal static Evidence Hypothesis(ChInstance instance, string id) => instance.Hypotheses().Single(c => c.Spec.Id == id).Evaluate();

    internal static Evidence Outcome(ChInstance instance, string id) => instance.Outcomes().Single(c => c.Spec.Id == id).Evaluate();

    private static readonly double[] X0 = [0.6, -0.8, 0.3, 1.1];

    private static double NormX0 => Math.Sqrt(X0.Sum(t => t * t));

    // ---- T1: f = |x|² ----

    /// <summary>
    /// The criterion 4F &lt; r²·4 holds iff |x₀| &lt; r. F is |x₀|² rounded up (relative error ≤ ~5 ulps), so rows within
    /// 10⁻⁹ of |x₀| (relative) are left out: there rounding of F, not the answer, decides.
    /// </summary>
    [Test]
    public void T1_CriterionPassesIffNormBelowRadius()
    {
        var bounds = new SquaredNormLoss(X0.Length).Bounds(X0);
        var scan = CriterionScan.Run(bounds);
        int decided = 0, passed = 0;
        foreach (var row in scan.Rows)
        {
            if (Math.Abs(row.Radius / NormX0 - 1) < 1e-9)
            {
                continue;
            }
            var evidence = CriterionDecision.Criterion(row);
            var expected = NormX0 < row.Radius ? Verdict.Pass : Verdict.Fail;
            Assert.That(evidence.Verdict, Is.EqualTo(expected), $"r = {row.Radius}, |x₀| = {NormX0}: {evidence.Note}");
            decided++;
            passed += expected == Verdict.Pass ? 1 : 0;
        }
        Assert.That(decided, Is.GreaterThanOrEqualTo(24), "the scan covers |x₀|/4 … 4|x₀|");
        Assert.That(passed, Is.InRange(1, decided - 1), "both answers occur in the scan");
    }

    /// <summary>α ≡ 4 and β = 2 exactly, at every radius (the bounds are the exact values).</summary>
    [Test]
    public void T1_AlphaIsFourAndBetaIsTwoExactly()
    {
        var bounds = new SquaredNormLoss(X0.Length).Bounds(X0);
        foreach (double r in bounds.Radii.Append(1e-6).Append(1e6))
        {
            Assert.That(bounds.AlphaLower(r).Value, Is.EqualTo(4.0), $"r = {r}");
            Assert.That(bounds.HessianUpper(r).Value, Is.EqualTo(2.0), $"r = {r}");
        }
        // F = |x₀|² rounded up: ≥ the double sum and within a few ulps of it.
        double f = X0.Sum(t => t * t);
        Assert.That(bounds.ValueUpper, Is.GreaterThanOrEqualTo(f).And.LessThanOrEqualTo(f * (1 + 1e-15)));
    }

    /// <summary>
    /// ρ = 1 − c η A with c = 1 − η (B = 2) and A = 4 is (1 − 2η)² exactly in the reals; the directed rounding of three
    /// operations (two products down, one subtraction up) moves it by at most a few ulps of 1, so 4·2⁻⁵² absolute.
    /// </summary>
    [TestCase(0.01)]
    [TestCase(0.1)]
    [TestCase(0.25)]
    [TestCase(0.3)]
    [TestCase(0.45)]
    public void T1_ContractionIsOneMinusTwoEtaSquared(double eta)
    {
        var loss = new SquaredNormLoss(X0.Length);
        var run = CriterionRun.Train(loss, X0, eta, 3);
        var outcomes = new CriterionOutcomes(run, loss.Bounds(X0).ValueUpper, 4.0, 1 - eta, 10.0);
        double exact = (1 - 2 * eta) * (1 - 2 * eta);

        Assert.That(outcomes.Contraction, Is.EqualTo(exact).Within(4 * Math.Pow(2, -52)), $"η = {eta}");
        Assert.That(outcomes.Contraction, Is.GreaterThanOrEqualTo(exact - 2 * Math.Pow(2, -52)), "rounded up (up to the reference's own rounding)");
    }

    /// <summary>
    /// GD: x_{k+1} = (1 − 2η)x_k coordinate-wise (one rounding per coordinate), so f_{k+1}/f_k = (1 − 2η)² up to a few
    /// ulps of each of x, 2x·η and the sum of squares: 10⁻¹⁴ relative is ~50 ulps.
    /// </summary>
    [TestCase(0.05)]
    [TestCase(0.2)]
    [TestCase(0.35)]
    public void T1_GradientDescentContractsByExactlyOneMinusTwoEtaSquared(double eta)
    {
        var run = CriterionRun.Train(new SquaredNormLoss(X0.Length), X0, eta, 1000);
        double rho = (1 - 2 * eta) * (1 - 2 * eta);
        Assert.That(run.Losses.Count, Is.GreaterThan(5));
        for (int k = 0; k + 1 < run.Losses.Count; k++)
        {
            double ratio = run.Losses[k + 1] / run.Losses[k];
            Assert.That(ratio / rho - 1, Is.InRange(-1e-14, 1e-14), $"η = {eta}, k = {k}: f_(k+1)/f_k = {ratio}");
        }
        Assert.That(run.Losses[^1], Is.LessThan(CriterionRun.StopFraction * run.Losses[0]), run.Ending);
    }

    /// <summary>(⋆) needs r &gt; |x₀|/c ≥ |x₀|: for r &lt; 0.99|x₀| it is never certified, at any step η.</summary>
    [Test]
    public void T1_StarNotCertifiedBelowTheNorm()
    {
        var scan = CriterionScan.Run(new SquaredNormLoss(X0.Length).Bounds(X0));
        var rows = scan.Rows.Where(r => r.Radius < 0.99 * NormX0).ToList();
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            foreach (double eta in new[] { 1e-6, 0.01, 0.2, 0.5 })
            {
                var evidence = CriterionDecision.Star(row, eta);
                Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail), $"r = {row.Radius}, η = {eta}: {evidence.Note}");
            }
        }
        // And above |x₀|/c it is certified (the node is not vacuous): the largest radius, 4|x₀|, with η = 0.1 (c = 0.9).
        var top = scan.Rows[^1];
        Assert.That(CriterionDecision.Star(top, 0.1).Verdict, Is.EqualTo(Verdict.Pass));
    }

    // ---- T2: least squares ----

    private static (Matrix<double> X, Vector<double> B) LeastSquaresData(ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = Gaussian.Sample(4, 8, random);
        var b = Gaussian.Sample(4, 1, random).Column(0);
        return (x, b);
    }

    /// <summary>
    /// A = 4λ_min(XXᵀ) certified: within 10⁻¹⁰ relative of MathNet's symmetric EVD (the enclosure's width on a well
    /// conditioned 4 × 4 Gram matrix is far below that) and not above it (allowing the EVD its own ~10⁻¹⁴ relative
    /// error); B ≥ 2λ_max(XXᵀ) likewise.
    /// </summary>
    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    public void T2_BoundsAgainstTheEigenvalues(ulong seed)
    {
        var (x, b) = LeastSquaresData(seed);
        var gram = x * x.Transpose();
        var eigen = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        double lmin = eigen.Min(), lmax = eigen.Max();
        Assert.That(lmin, Is.GreaterThan(0), "X has full row rank");

        var bounds = new LeastSquaresLoss(Backend, x, b).Bounds(new double[8]);
        foreach (double r in bounds.Radii)
        {
            double a = bounds.AlphaLower(r).Value;
            Assert.That(a / (4 * lmin) - 1, Is.InRange(-1e-10, 1e-10), $"seed {seed}, r = {r}: A = {a}, 4λ_min = {4 * lmin}");
            Assert.That(a, Is.LessThanOrEqualTo(4 * lmin * (1 + 1e-13)), "A is a lower bound");
            Assert.That(bounds.HessianUpper(r).Value, Is.GreaterThanOrEqualTo(2 * lmax * (1 - 1e-13)), "B is an upper bound");
        }
        double f0 = b.DotProduct(b);
        Assert.That(bounds.ValueUpper, Is.GreaterThanOrEqualTo(f0).And.LessThanOrEqualTo(f0 * (1 + 1e-12)));
    }

    /// <summary>
    /// The full instance at η = ½ the largest admissible step: (⋆) proved by Z3, rate, descent and limit Pass. The PL
    /// ratio q_k = |g_k|²/f_k = 4eᵀXXᵀe/|e|² tends to 4λ_min (the residual aligns with the bottom eigenvector as GD
    /// damps the others faster), and A is 4λ_min up to its certification slack: q_k meets A within q_k's own rounding
    /// allowance at the end, so the check may be undecided there (Inconclusive), but never Fail.
    /// </summary>
    [TestCase(1UL)]
    [TestCase(2UL)]
    public void T2_InstancePassesWithStarProvedByZ3(ulong seed)
    {
        var (x, b) = LeastSquaresData(seed);
        var instance = new ChInstance(ToyProblems.LeastSquares(Backend, x, b, null, 20000), Context(seed));

        var star = Hypothesis(instance, "instance-star");
        Assert.That(star.Verdict, Is.EqualTo(Verdict.Pass), star.Note);
        Assert.That(star.Note, Does.Contain("proved by Z3"));
        Assert.That(Hypothesis(instance, "instance-criterion").Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(instance.Run.Losses[^1], Is.LessThan(CriterionRun.StopFraction * instance.Run.Losses[0]), instance.Run.Ending);

        foreach (string id in new[] { "conclusion-rate", "invariant-descent", "conclusion-limit" })
        {
            var evidence = Outcome(instance, id);
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), $"{id}: {evidence.Note}");
        }
        var pl = Outcome(instance, "invariant-pl-ratio");
        TestContext.Out.WriteLine($"invariant-pl-ratio: {pl.Verdict} ({pl.Note}); η = {instance.StepSize}, {instance.Run.Ending}");
        Assert.That(pl.Verdict, Is.AnyOf(Verdict.Pass, Verdict.Inconclusive), pl.Note);
    }

    // ---- T3: f = x⁴ ----

    /// <summary>α = 16·max(0, |x₀| − r)² and 4x₀⁴ &lt; 16r²(|x₀| − r)² has no solution: every radius fails, never passes.</summary>
    [TestCase(1.0)]
    [TestCase(0.37)]
    [TestCase(-2.5)]
    public void T3_NeverCertified(double x0)
    {
        var scan = CriterionScan.Run(new QuarticLoss().Bounds([x0]));
        Assert.That(scan.Rows, Has.Count.EqualTo(25));
        foreach (var row in scan.Rows)
        {
            var criterion = CriterionDecision.Criterion(row);
            Assert.That(criterion.Verdict, Is.EqualTo(Verdict.Fail), $"r = {row.Radius}: {criterion.Note}");
            foreach (double eta in new[] { 1e-6, 1e-3, 0.01 })
            {
                var star = CriterionDecision.Star(row, eta);
                Assert.That(star.Verdict, Is.EqualTo(Verdict.Fail), $"r = {row.Radius}, η = {eta}: {star.Note}");
            }
        }
    }

    [Test]
    public void T3_SearchRefutesAtTheChosenRadius()
    {
        var instance = new ChInstance(ToyProblems.Quartic(1.0, 200), Context());
        var search = Outcome(instance, "invariant-search");
        Assert.That(search.Verdict, Is.EqualTo(Verdict.Fail), search.Note);
        Assert.That(search.Note, Does.Contain("refutes the exact criterion"));
        Assert.That(search.Note, Does.Contain("no certificate"), "without (⋆) the search is compared with 4f(x₀)/r²");
    }

    [Test]
    public void T3_QuarticScenarioIsBeyondScope()
    {
        var theorem = new Chatterjee2022Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == "quartic");
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0), 0, Quick, CancellationToken.None);

        var report = TheoremRunner.RunInstance(scenario, context);

        Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope), string.Join("\n", report.Hypotheses.Select(h => $"{h.Id}: {h.Verdict} ({h.Note})")));
        Assert.That(report.InScope, Is.False);
        Assert.That(report.Hypotheses.Single(h => h.Id == "instance-criterion").Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(report.Invariants.Single(h => h.Id == "invariant-search").Verdict, Is.EqualTo(Verdict.Fail), "observed beyond scope: refuted");
    }
}

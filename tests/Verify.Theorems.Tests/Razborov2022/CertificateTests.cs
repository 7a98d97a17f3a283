using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Razborov2022;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>The two-rate certificate (README.md ("Proof")) on hand-computed inputs, its monotonicity, η₁ = 0, and a realistic instance.</summary>
public sealed class CertificateTests
{
    /// <summary>λ_F = 2, ‖F₀‖₂ ≤ 4, ‖X‖₂ ≤ 1, |a₀| ≤ 1, κ = 1, |e₀| ≤ 0.01, η₂ = 1/32.</summary>
    private static TwoRateInputs Hand(double eta1, double eta2 = 1.0 / 32, double lambdaF = 2, double residual = 0.01) =>
        new(lambdaF, 4, 1, 1, 1, residual, eta1, eta2);

    private static Verdict[] Verdicts(TwoRateCertificate c) => [.. c.Hypotheses.Select(h => h.Decide().Verdict)];

    [Test]
    public void ChecksAreTheFourInstanceHypothesesOfTheCertificate()
    {
        Assert.That(TwoRateChecks.All.Select(s => s.Id), Is.EqualTo(new[] { "instance-r1-step", "instance-r2-cross-term", "instance-r3-radii", "instance-r4-conditioning" }));
        Assert.That(TwoRateChecks.All, Has.All.Matches<CheckSpec>(s => s!.Tier == Tier.Instance && s.Provenance == Provenance.Derived
            && s.Kind == CheckKind.Hypothesis && s.PaperReference == "ours (two-rate certificate) [D]; cf. abstract"));
        Assert.That(TwoRateCertificate.Evaluate(Hand(0)).Hypotheses.Select(h => h.Spec), Is.EqualTo(TwoRateChecks.All));
    }

    /// <summary>
    /// η₁ = 0 (convex random features): R_W = 0, R_a = 8|e₀|‖F₀‖₂/λ_F² = 8·0.01·4/4 = 0.08, ρ = 1 − (1/32)·4/8 = 63/64,
    /// (r1) ratio 1/(η₂‖F₀‖₂²) = 2, no cross term.
    /// </summary>
    [Test]
    public void HiddenRateZero_KnownAnswers()
    {
        var c = TwoRateCertificate.Evaluate(Hand(0));

        Assert.That(c.RadiusW, Is.Zero);
        Assert.That(c.RadiusA, Is.GreaterThanOrEqualTo(0.08).And.LessThanOrEqualTo(0.08 * (1 + 1e-14)));
        Assert.That(c.Contraction, Is.GreaterThanOrEqualTo(63.0 / 64).And.LessThanOrEqualTo(63.0 / 64 + 1e-15));
        Assert.That(c.Ratios[0], Is.EqualTo(2.0).Within(1e-12));
        Assert.That(c.Ratios[1], Is.EqualTo(double.MaxValue));
        Assert.That(c.Ratios[3], Is.EqualTo(double.MaxValue));
        Assert.That(Verdicts(c), Has.All.EqualTo(Verdict.Pass));
    }

    /// <summary>
    /// η₁ = 1/512: c_a = 8|e₀|/λ_F² = 0.02, c_W = 8η₁κ‖X‖₂|e₀|/(η₂λ_F²) = 0.00125, t = c_a c_W κ‖X‖₂ = 2.5·10⁻⁵,
    /// R_W = c_W(|a₀| + c_a‖F₀‖₂)/(1 − t) = 0.00135/0.999975 (× (1 + 10⁻⁶)), R_a = 0.02(4 + R_W);
    /// (r2) ratio η₂λ_F²/(8η₁Ā²) = 8/Ā², (r4) ratio 1/R_W.
    /// </summary>
    [Test]
    public void HiddenRatePositive_KnownAnswers()
    {
        var c = TwoRateCertificate.Evaluate(Hand(1.0 / 512));
        double rw = 0.00135 / 0.999975 * (1 + 1e-6);

        Assert.That(c.RadiusW, Is.GreaterThanOrEqualTo(rw * (1 - 1e-15)).And.LessThanOrEqualTo(rw * (1 + 1e-12)));
        Assert.That(c.RadiusA, Is.EqualTo(0.02 * (4 + rw)).Within(1e-14));
        double ab = 1 + c.RadiusA;
        Assert.That(c.Ratios[0], Is.EqualTo(32 / ((4 + c.RadiusW) * (4 + c.RadiusW))).Within(1e-12));
        Assert.That(c.Ratios[1], Is.EqualTo(8 / (ab * ab)).Within(1e-12));
        Assert.That(c.Ratios[1], Is.EqualTo(6.8584).Within(1e-4));
        Assert.That(c.Ratios[2], Is.EqualTo(1.0).Within(1e-6));
        Assert.That(c.Ratios[3], Is.EqualTo(1 / c.RadiusW).Within(1e-9));
        Assert.That(Verdicts(c), Has.All.EqualTo(Verdict.Pass));
    }

    /// <summary>
    /// (r2) binds at these inputs: η₁ = η₂λ_F²/(8κ²‖X‖₂²Ā(η₁)²) = 0.015625/Ā², solved by hand to 0.0133913 (Ā = 1.0801852).
    /// At the advice every hypothesis passes in Z3; 1 % above it (r2) fails.
    /// </summary>
    [Test]
    public void LargestEta1_IsTheEdgeOfTheCrossTermHypothesis()
    {
        double largest = TwoRateCertificate.Evaluate(Hand(0)).LargestEta1;

        Assert.That(largest, Is.EqualTo(0.0133913).Within(1e-4 * 0.0133913));
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(Hand(largest))), Has.All.EqualTo(Verdict.Pass));
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(Hand(largest * 1.01)))[1], Is.EqualTo(Verdict.Fail));
        Assert.That(TwoRateCertificate.Evaluate(Hand(1.0 / 512)).LargestEta1, Is.EqualTo(largest), "the advice does not depend on the η₁ given");
    }

    /// <summary>The advice is the float search's edge once Z3 has proved every hypothesis there.</summary>
    [Test]
    public void AdvisedEta1_IsProvedByZ3()
    {
        var c = TwoRateCertificate.Evaluate(Hand(1.0 / 512));
        var advice = c.AdviseEta1();

        Assert.That(advice.Eta1, Is.EqualTo(c.LargestEta1));
        Assert.That(advice.Eta1, Is.Positive);
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(Hand(advice.Eta1!.Value))), Has.All.EqualTo(Verdict.Pass));
        Assert.That(advice.Statement, Does.StartWith("η₁ ≤ ").And.Contain("proved by Z3"));
    }

    /// <summary>
    /// A search result Z3 cannot confirm is halved until it can: from 4η₁* the advice is η₁* (two exact halvings); from
    /// 64η₁* four halvings are not enough, and the advice is an honest η₁ = 0.
    /// </summary>
    [Test]
    public void UnconfirmedSearchResult_IsHalvedOrGivenUpHonestly()
    {
        var c = TwoRateCertificate.Evaluate(Hand(0));
        double largest = c.LargestEta1;

        Assert.That(Verdicts(TwoRateCertificate.Evaluate(Hand(2 * largest)))[1], Is.EqualTo(Verdict.Fail));
        Assert.That(c.AdviseFrom(4 * largest).Eta1, Is.EqualTo(largest));
        var none = c.AdviseFrom(64 * largest);
        Assert.That(none.Eta1, Is.Zero);
        Assert.That(none.Statement, Does.Contain("no η₁ > 0 could be confirmed"));
    }

    /// <summary>η₂ = 1/‖F₀‖₂² exactly: (r1) holds with ratio 1, so the float search (margin 10⁻⁹) finds no η₁, and only η₁ = 0 is proved.</summary>
    [Test]
    public void RatioOneAtZero_AdvisesOnlyEta1Zero()
    {
        var advice = TwoRateCertificate.Evaluate(Hand(1.0 / 512, eta2: 1.0 / 16)).AdviseEta1();

        Assert.That(advice.Eta1, Is.Zero);
        Assert.That(advice.Statement, Does.StartWith("η₁ = 0 (output layer only) is proved").And.Contain("no η₁ > 0 could be confirmed"));
    }

    /// <summary>η₂ = 1.01/16: (r1) fails already at η₁ = 0, so no η₁ is advised, and the text says which hypothesis fails.</summary>
    [Test]
    public void StepTooLarge_AdvisesNoEta1AndSaysWhy()
    {
        var advice = TwoRateCertificate.Evaluate(Hand(1.0 / 512, eta2: 1.01 / 16)).AdviseEta1();

        Assert.That(advice.Eta1, Is.Null);
        Assert.That(advice.Statement, Does.StartWith("no η₁ works at this η₂: (r1) fails at η₁ = 0; lower η₂"));
    }

    /// <summary>
    /// The pessimistic/favourable decision RzInstance makes, on hand inputs at η₁ = 0 (so (r2)–(r4) hold): (r1)'s
    /// η₂‖F₀‖₂² is 36/32 at ‖F₀‖₂ ≤ 6, 42.25/32 at 6.5 and 16/32 at 4.
    /// </summary>
    [TestCase(6.0, 4.0, Verdict.Inconclusive, TestName = "FailsPessimistically_HoldsFavourably_IsInconclusive")]
    [TestCase(6.5, 6.0, Verdict.Fail, TestName = "FailsAtBothEnds_IsFail")]
    [TestCase(4.0, 6.0, Verdict.Pass, TestName = "HoldsPessimistically_IsPass")]
    public void Between_DecidesR1FromBothEnds(double pessimisticNorm, double favourableNorm, Verdict expected)
    {
        var pessimistic = TwoRateCertificate.Evaluate(Hand(0) with { FeatureNorm = pessimisticNorm });
        var favourable = new Lazy<TwoRateCertificate>(() => TwoRateCertificate.Evaluate(Hand(0) with { FeatureNorm = favourableNorm }));

        var verdicts = TwoRateCertificate.Between(pessimistic, favourable, "the test's ends").Select(h => h.Decide()).ToList();

        Assert.That(verdicts.Select(e => e.Verdict), Is.EqualTo(new[] { expected, Verdict.Pass, Verdict.Pass, Verdict.Pass }),
            string.Join("\n", verdicts.Select(e => e.Note)));
        Assert.That(favourable.IsValueCreated, Is.EqualTo(expected != Verdict.Pass), "the favourable ends are evaluated only when the pessimistic ones do not prove it");
        if (expected == Verdict.Inconclusive)
        {
            Assert.That(verdicts[0].Note, Does.Contain("holds with the favourable ends of the test's ends"));
        }
    }

    [Test]
    public void StepTooLarge_FailsR1()
    {
        var verdicts = Verdicts(TwoRateCertificate.Evaluate(Hand(0, eta2: 1.01 / 16)));

        Assert.That(verdicts[0], Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void HiddenRateTooLarge_FailsR2()
    {
        var c = TwoRateCertificate.Evaluate(Hand(0.1));

        Assert.That(double.IsFinite(c.RadiusW), Is.True, "radii exist (t = 0.00128)");
        Assert.That(Verdicts(c)[1], Is.EqualTo(Verdict.Fail));
    }

    /// <summary>|e₀| ≤ 10, η₁ = η₂: c_a = c_W = 20, t = 400 ≥ 1, so no radii exist: (r3) Fail, (r2) Fail already at R_W = R_a = 0, the others undecided.</summary>
    [Test]
    public void NoRadii_FailsR3AndReportsInfiniteRadii()
    {
        var c = TwoRateCertificate.Evaluate(Hand(1.0 / 32, residual: 10));

        Assert.That(c.RadiusW, Is.EqualTo(double.PositiveInfinity));
        Assert.That(c.RadiusA, Is.EqualTo(double.PositiveInfinity));
        Assert.That(Verdicts(c), Is.EqualTo(new[] { Verdict.Inconclusive, Verdict.Fail, Verdict.Fail, Verdict.Inconclusive }));
    }

    /// <summary>
    /// λ_F = 0 (m &lt; n): no radii, (r1) fails by its own condition λ_F &gt; 0, but (r3)'s necessary condition is derived
    /// under (r1)'s sanity conditions (radii-necessary.smt2), so its refutation proves nothing here: (r3) stays undecided.
    /// </summary>
    [Test]
    public void NoRadiiOutsideTheNecessityPremises_LeavesR3Undecided()
    {
        var c = TwoRateCertificate.Evaluate(Hand(0) with { LambdaF = 0 });
        var evidence = c.Hypotheses.Select(h => h.Decide()).ToList();

        Assert.That(evidence.Select(e => e.Verdict), Is.EqualTo(new[] { Verdict.Fail, Verdict.Inconclusive, Verdict.Inconclusive, Verdict.Inconclusive }),
            string.Join("\n", evidence.Select(e => e.Note)));
        Assert.That(evidence[2].Note, Does.Contain("outside the premises of radii-necessary.smt2"));
    }

    [Test]
    public void NonFiniteInput_IsUndecided()
    {
        var c = TwoRateCertificate.Evaluate(Hand(0) with { LambdaF = double.NaN });

        Assert.That(Verdicts(c), Has.All.EqualTo(Verdict.Inconclusive));
        Assert.That(c.LargestEta1, Is.Zero);
    }

    /// <summary>A larger λ_F (all else fixed, λ_F ≤ ‖F₀‖₂) never breaks a hypothesis that holds (README.md "Proof", step S).</summary>
    [TestCase(0.0)]
    [TestCase(1.0 / 512)]
    [TestCase(0.01)]
    [TestCase(0.05)]
    public void LargerLambdaF_NeverBreaksAHoldingHypothesis(double eta1)
    {
        double[] lambdas = [0.5, 1, 1.5, 1.75, 2, 2.5, 3, 4];
        var verdicts = lambdas.Select(l => Verdicts(TwoRateCertificate.Evaluate(Hand(eta1, lambdaF: l)))).ToList();
        TestContext.Out.WriteLine(string.Join("\n", lambdas.Zip(verdicts, (l, v) => $"λ_F = {l}: {string.Join(", ", v)}")));

        for (int i = 0; i + 1 < lambdas.Length; i++)
        {
            for (int h = 0; h < 4; h++)
            {
                if (verdicts[i][h] == Verdict.Pass)
                {
                    Assert.That(verdicts[i + 1][h], Is.EqualTo(Verdict.Pass), $"hypothesis {h + 1} held at λ_F = {lambdas[i]} but not at {lambdas[i + 1]}");
                }
            }
        }
        Assert.That(verdicts.Select(v => v.All(x => x == Verdict.Pass)), Does.Contain(true), "some λ_F puts the instance in scope");
    }

    /// <summary>
    /// Realistic: n = d = 8, m = 2048, LeCun, y = u₀ + 0.01z, η₂ = 0.9/‖F₀‖₂² (inputs by MathNet's SVD). With η₁ = 0 and with
    /// η₁ at the advice (≈ 0.39η₂ here) every hypothesis holds; with η₁ = η₂ the cross term (r2) fails at this width (its
    /// ratio λ_F²/(8κ²‖X‖₂²Ā²) grows ∝ m) and holds at m = 5000.
    /// </summary>
    [Test]
    public void RealisticInstance_InScopeForHiddenRatesUpToTheAdvice()
    {
        var run = TwoRateRun.LeCun(8, 8, 2048, 0.01, 2022);
        double fn = run.Inputs(0, 1).FeatureNorm;
        double eta2 = 0.9 / (fn * fn);

        var convex = TwoRateCertificate.Evaluate(run.Inputs(0, eta2));
        Assert.That(Verdicts(convex), Has.All.EqualTo(Verdict.Pass));
        double largest = convex.LargestEta1;
        Assert.That(largest / eta2, Is.GreaterThan(0.3).And.LessThan(1));
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(run.Inputs(largest, eta2))), Has.All.EqualTo(Verdict.Pass));
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(run.Inputs(eta2, eta2))), Is.EqualTo(new[] { Verdict.Pass, Verdict.Fail, Verdict.Pass, Verdict.Pass }));

        var wide = TwoRateRun.LeCun(8, 8, 5000, 0.01, 2022);
        double fnWide = wide.Inputs(0, 1).FeatureNorm;
        double eta2Wide = 0.9 / (fnWide * fnWide);
        Assert.That(Verdicts(TwoRateCertificate.Evaluate(wide.Inputs(eta2Wide, eta2Wide))), Has.All.EqualTo(Verdict.Pass));
    }
}

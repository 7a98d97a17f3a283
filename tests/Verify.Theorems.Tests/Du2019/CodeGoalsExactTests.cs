using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// The Z3-decided checks against an independent exact evaluation of the same inequality on the same doubles
/// (BigInteger rationals of their binary values): the SMT goal says what the README says, with nothing lost to
/// floating point — including at the last double before the boundary and the first one past it.
/// </summary>
public sealed class CodeGoalsExactTests
{
    /// <summary>The lower end of the π interval, exactly 3.14159 (a decimal no double holds).</summary>
    private static readonly ExactRational PiLower = ExactRational.Ratio(314159, 100000);

    /// <summary>
    /// Drawn instances (n = d = 3): (seed, m, nearly orthogonal inputs, whether 2μ − 2h⊥ − 2τ &gt; λ₀/2, i.e. whether
    /// small enough steps are in scope). Scope is random in the draw, not monotone in m: seed 1 is in at m = 2000
    /// and out at m = 20 000.
    /// </summary>
    private static readonly (ulong Seed, int M, bool NearlyOrthogonal, bool InScopeForSmallSteps)[] Draws =
    [
        (11, 40_000, true, true),  // 2μ − 2h⊥ − 2τ ≈ 0.75 > λ₀/2 ≈ 0.24: in scope for η up to ≈ 0.057
        (1, 2_000, true, true),    // 2μ − 2h⊥ − 2τ ≈ 0.53
        (1, 20_000, true, false),  // 2μ − 2h⊥ − 2τ ≈ −0.34: out of scope for every η
        (3, 60_000, true, false),  // 2μ − 2h⊥ − 2τ ≈ 0.16, under λ₀/2 ≈ 0.24: out of scope for every η
        (5, 2_000, false, false),  // generic inputs, a narrow layer: 2μ − 2h⊥ − 2τ ≈ −3.3
    ];

    [Test]
    public void StepContraction_Z3VerdictIsTheExactVerdict()
    {
        int passes = 0, fails = 0;
        foreach (var (seed, m, nearlyOrthogonal, inScopeForSmallSteps) in Draws)
        {
            var initial = ChainInstances.Draw(seed, n: 3, d: 3, m, stepSize: 0.01, nearlyOrthogonal).Initial;
            double lambda0 = initial.Lambda0;
            // The paper's step, ηλ₀ = 3 (no contraction) and η < 0 everywhere; where small steps are in scope, also a
            // small, a medium and a too large step, and η = 0 (no step at all). Each Z3 call costs ~50 ms.
            double[] steps = inScopeForSmallSteps
                ? [lambda0 / (4.0 * initial.N * initial.N), 1e-3, 0.01, 0.1, 3 / lambda0, 0.0, -0.01]
                : [lambda0 / (4.0 * initial.N * initial.N), 3 / lambda0, -0.01];
            foreach (double eta in steps)
            {
                var evidence = InstanceChecks.StepContraction(initial, eta);
                bool exact = StepContractionHoldsExactly(initial, eta);
                Assert.That(evidence.Verdict, Is.EqualTo(exact ? Verdict.Pass : Verdict.Fail), $"seed {seed}, m = {m}, η = {eta:R}: {evidence.Note}");
                (passes, fails) = exact ? (passes + 1, fails) : (passes, fails + 1);
            }
            Assert.That(StepContractionHoldsExactly(initial, 1e-3), Is.EqualTo(inScopeForSmallSteps), $"seed {seed}, m = {m}: the case is not what its comment says");
        }
        Assert.That(passes, Is.GreaterThanOrEqualTo(4), "the in-scope draws must pass at the small steps");
        Assert.That(fails, Is.GreaterThan(passes), "most cases are out of scope");
    }

    [Test]
    public void StepContraction_AdvisedStepKeepsItsMargin_AndTheExactBoundaryIsDecidedToTheUlp()
    {
        var initial = ChainInstances.Draw(seed: 1, n: 3, d: 3, m: 2_000, stepSize: 0.01).Initial;
        var advice = Du2019Advice.InstanceStepSize(initial, "in the test");
        Assert.That(advice.Value, Is.Not.Null, advice.Note);
        double advised = advice.Value!.Value;

        // The advised step passes, exactly, with the advertised margin above λ₀/2 (the closed form is lowered by a few
        // ulps at most, so the margin is met to a relative 10⁻¹⁰).
        Assert.That(InstanceChecks.StepContraction(initial, advised).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(StepContractionHoldsExactly(initial, advised), Is.True, "the advised step must satisfy the inequality");
        double margin = initial.ContractionMeasureAt(advised) / (initial.Lambda0Upper / 2) - 1;
        Assert.That(margin, Is.EqualTo(Du2019Advice.AdvisedMargin).Within(1e-10), "the advised step keeps the documented margin");

        // The exact boundary η_b = (2μ − 2h⊥ − 2τ − λ₀/2)/(n²ν⁴) of the pessimistic chain: walk from the closed form to the
        // last double at or below it. There Z3 and the exact evaluation agree: Pass inside, not Pass one ulp outside
        // (Fail or, where the optimistic chain still holds, Inconclusive).
        double closedForm = (2 * initial.Mu - 2 * initial.PerpendicularNorm - 2 * initial.FlipTerm - initial.Lambda0Upper / 2) / (initial.N * initial.N * initial.NormFactor);
        double last = closedForm;
        int walked = 0;
        while (!StepContractionHoldsExactly(initial, last))
        {
            last = Math.BitDecrement(last);
            Assert.That(++walked, Is.LessThan(64), "the closed form should be within a few ulps of the exact boundary");
        }
        while (StepContractionHoldsExactly(initial, Math.BitIncrement(last)))
        {
            last = Math.BitIncrement(last);
            Assert.That(++walked, Is.LessThan(64), "the closed form should be within a few ulps of the exact boundary");
        }
        double first = Math.BitIncrement(last);
        Assert.That(InstanceChecks.StepContraction(initial, last).Verdict, Is.EqualTo(Verdict.Pass), $"last double inside: η = {last:R}");
        Assert.That(InstanceChecks.StepContraction(initial, first).Verdict, Is.Not.EqualTo(Verdict.Pass), $"first double outside: η = {first:R}");
        TestContext.Out.WriteLine($"advised η = {advised:R}; exact pessimistic boundary between {last:R} and {first:R}");
    }

    /// <summary>Parameters where the GD width bound dominates the Hoeffding one by orders of magnitude.</summary>
    public static IEnumerable<TestCaseData> WidthCases()
    {
        yield return new TestCaseData(4, 0.5, 0.1, 0.5).SetName("Width_n4_lambda0.5_delta0.1_C0.5");
        yield return new TestCaseData(3, 0.4792, 0.1, 0.5).SetName("Width_n3_lambda0.4792_delta0.1_C0.5");
        yield return new TestCaseData(5, 0.3, 0.05, 1.0).SetName("Width_n5_lambda0.3_delta0.05_C1");
    }

    [TestCaseSource(nameof(WidthCases))]
    public void Width_Z3VerdictIsTheExactVerdictOnEitherSideOfTheRequiredWidth(int n, double lambda0, double delta, double c)
    {
        double required = InstanceChecks.RequiredWidth(n, lambda0, delta, c);
        // ⌊required⌋ ± 1 must be decided correctly: required is computed in floating point with a relative error of a
        // few ε, i.e. ≪ 1 for required < 2·10¹⁵, where doubles still resolve ±1 exactly (an ulp is ≤ 0.25).
        Assert.That(required, Is.LessThan(2e15));
        double above = Math.Floor(required) + 1, below = Math.Floor(required) - 1;

        Assert.That(WidthHoldsExactly(n, above, lambda0, delta, c), Is.True, "⌊required⌋ + 1 is enough");
        Assert.That(WidthHoldsExactly(n, below, lambda0, delta, c), Is.False, "⌊required⌋ − 1 is not");
        Assert.That(InstanceChecks.Width(n, above, lambda0, delta, c).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(InstanceChecks.Width(n, below, lambda0, delta, c).Verdict, Is.EqualTo(Verdict.Fail));

        // A width that suffices for π = 3.14160 but not for π = 3.14159 (the gap is a relative 3.2·10⁻⁶ of m; this m
        // sits in its middle): the claim must hold for every π in the interval, so Z3 refutes it.
        double between = Math.Floor(required * (1 - 1.6e-6));
        Assert.That(WidthHoldsExactly(n, between, lambda0, delta, c, ExactRational.Ratio(314160, 100000)), Is.True);
        Assert.That(WidthHoldsExactly(n, between, lambda0, delta, c), Is.False);
        Assert.That(InstanceChecks.Width(n, between, lambda0, delta, c).Verdict, Is.EqualTo(Verdict.Fail));
    }

    /// <summary>
    /// 2μ − 2h⊥ − 2τ − ηn²ν⁴ ≥ λ₀/2 ∧ 0 &lt; ηλ₀ &lt; 2 ∧ η &gt; 0, on the exact values of the doubles of the pessimistic
    /// chain with λ₀'s upper end: what a Pass needs.
    /// </summary>
    private static bool StepContractionHoldsExactly(InitialAnalysis initial, double stepSize)
    {
        ExactRational eta = stepSize, n = initial.N, lambda0 = initial.Lambda0Upper, nu4 = initial.NormFactor;
        ExactRational mu = initial.Mu, perpendicular = initial.PerpendicularNorm, tau = initial.FlipTerm, two = 2.0;
        return eta > ExactRational.Zero
            && eta * lambda0 < two
            && two * mu - two * perpendicular - two * tau - eta * n * n * nu4 >= lambda0 / two;
    }

    /// <summary>
    /// m·2π·λ₀⁴δ³ &gt; 262144(C² + ½)n⁶ at π = <paramref name="pi"/> (3.14159 unless given: the left side grows with π,
    /// so the lower end decides "for every π in [3.14159, 3.14160]") ∧ mλ₀² ≥ 8n²·log(8n²/δ), the logarithm rounded up
    /// as InstanceChecks does (in these cases that condition holds by a factor ≥ 10⁸, so its last bits cannot matter).
    /// </summary>
    private static bool WidthHoldsExactly(int n, double width, double lambda0, double delta, double c, ExactRational? pi = null)
    {
        ExactRational m = width, l = lambda0, dl = delta, bound = c, nn = n, half = 0.5;
        ExactRational logarithm = InstanceChecks.HoeffdingLog(n, delta);
        var n6 = nn * nn * nn * nn * nn * nn;
        bool gradientDescent = m * (ExactRational)2.0 * (pi ?? PiLower) * l * l * l * l * dl * dl * dl > (ExactRational)262144.0 * (bound * bound + half) * n6;
        bool hoeffding = m * l * l >= (ExactRational)8.0 * nn * nn * logarithm;
        return gradientDescent && hoeffding;
    }
}

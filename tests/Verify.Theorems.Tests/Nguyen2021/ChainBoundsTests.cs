using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Theorems.Nguyen2021;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// <see cref="ChainBounds"/> against an independent computation: the spec's formulas (with the quotients
/// λ̄_{1→L}/λ̄_l as written there) in exact rational arithmetic on the same double inputs and radii. Every upper bound must
/// be ≥ the exact value and every lower bound ≤ it (directed rounding), each within a relative 10⁻¹³ (a few dozen
/// roundings of 2⁻⁵³ each; measured ≲ 10⁻¹⁵). The fixed point is checked against the closed form for L = 2 and against
/// a plain iteration for L = 3, and must fail on infeasible inputs.
/// </summary>
public sealed class ChainBoundsTests
{
    private const double Close = 1e-13;

    public static IEnumerable<TestCaseData> Inputs()
    {
        var random = new Xoshiro256StarStar(5);
        foreach (int depth in new[] { 2, 3, 4, 5 })
        {
            for (int i = 0; i < 4; i++)
            {
                double[] norms = [.. Enumerable.Range(0, depth).Select(_ => Math.Pow(10, (2 * random.NextDouble()) - 0.5))];
                double xf = Math.Pow(10, random.NextDouble() + 0.5), p = Math.Pow(10, (3 * random.NextDouble()) - 3), lf = Math.Pow(10, (2 * random.NextDouble()) + 1);
                double[] radii = [.. Enumerable.Range(0, depth).Select(_ => i == 0 ? 0.0 : Math.Pow(10, (3 * random.NextDouble()) - 3))];
                yield return new TestCaseData(xf, norms, p, lf, radii).SetArgDisplayNames($"L={depth}", $"#{i}");
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void EveryQuantity_IsOnItsSafeSideOfTheExactFormula(double xFrobenius, double[] layerNorms, double residual, double lambdaF, double[] radii)
    {
        var inputs = new ChainInputs(xFrobenius, layerNorms, residual, lambdaF);
        var q = ChainBounds.At(inputs, radii);
        int depth = inputs.Depth;
        ExactRational xf = inputs.XFrobenius, p = inputs.InitialResidual, lf = inputs.LambdaF;
        var bar = Enumerable.Range(0, depth).Select(i => (ExactRational)inputs.LayerNorms[i] + radii[i]).ToArray();
        ExactRational all = bar.Aggregate((ExactRational)1.0, (acc, b) => acc * b); // λ̄_{1→L}
        ExactRational hidden = bar.Take(depth - 1).Aggregate((ExactRational)1.0, (acc, b) => acc * b); // λ̄_{1→L−1}
        ExactRational inverseSquares = bar.Take(depth - 1).Aggregate(ExactRational.Zero, (acc, b) => acc + (1.0 / (b * b)));

        for (int l = 0; l < depth; l++)
        {
            Upper(q.LambdaBar[l], bar[l], $"λ̄_{l + 1}");
        }

        ExactRational b = xf * xf * all * all * inverseSquares;
        Upper(q.B, b, "B");
        var movement = bar.Select(bl => 8.0 * xf * all * p / (lf * lf * bl)).ToArray();
        for (int l = 0; l < depth; l++)
        {
            Upper(q.Movement[l], movement[l], $"R_{l + 1}");
        }

        // A slack is a difference: its rounding is relative to the size of its terms, not to the (possibly tiny) difference.
        Lower(q.H0Slack, (lf * lf) - (8.0 * b), "(H0) slack λ_F² − 8B", (lf * lf) + (8.0 * b));
        Lower(q.H1Slack, Enumerable.Range(0, depth).Select(l => radii[l] - movement[l]).Aggregate((m, v) => v < m ? v : m), "(H1) slack",
            Enumerable.Range(0, depth).Aggregate(ExactRational.Zero, (acc, l) => acc + radii[l] + movement[l]));
        ExactRational h2 = Enumerable.Range(0, depth - 1).Aggregate(ExactRational.Zero, (acc, l) => acc + (hidden / bar[l] * movement[l]));
        Lower(q.H2Slack, (lf / 2.0) - (xf * h2), "(H2) slack", (lf / 2.0) + (xf * h2));
        // (H2)'s second form (spec §5) has the sign of the first: λ_F³ − 16‖X‖_F²√(2Φ₀) λ̄_{1→L−1} λ̄_{1→L} Σ λ̄_l⁻².
        ExactRational secondForm = (lf * lf * lf) - (16.0 * xf * xf * p * hidden * all * inverseSquares);
        Assert.That(secondForm.Sign, Is.EqualTo(((lf / 2.0) - (xf * h2)).Sign), "the two forms of (H2) disagree");
        Lower(q.MaxStepSize, 1.0 / (xf * xf * hidden * hidden), "η_max");
        double eta = q.MaxStepSize / 3;
        Upper(q.ContractionFactor(eta), 1.0 - ((ExactRational)eta * lf * lf / 8.0), "1 − ηλ_F²/8");
    }

    [Test]
    public void FixedPoint_MatchesTheClosedFormAtDepthTwo()
    {
        // L = 2: R₁ = K(w₂ + ρ₂), R₂ = K(w₁ + ρ₁) with K = 8‖X‖_F√(2Φ₀)/λ_F²; for K < 1 the least fixed point is
        // ρ₁ = K(w₂ + K w₁)/(1 − K²), ρ₂ = K(w₁ + K w₂)/(1 − K²).
        var inputs = new ChainInputs(14.1, [32.6, 1.02], 0.031, 50.2);
        double k = 8 * 14.1 * 0.031 / (50.2 * 50.2);
        double[] exact = [k * (1.02 + (k * 32.6)) / (1 - (k * k)), k * (32.6 + (k * 1.02)) / (1 - (k * k))];

        var search = ChainBounds.FixedPointRadii(inputs);

        Assert.That(search.Found, Is.True, search.Failure);
        Assert.That(ChainBounds.Satisfies(inputs, search.Radii!), Is.True);
        for (int l = 0; l < 2; l++)
        {
            // Above the least fixed point (every feasible ρ is), by at most the inflation ε and rounding.
            Assert.That(search.Radii![l], Is.GreaterThanOrEqualTo(exact[l] * (1 - 1e-14)), $"ρ_{l + 1}");
            Assert.That(search.Radii![l], Is.LessThanOrEqualTo(exact[l] * (1 + (2 * ChainBounds.Inflation))), $"ρ_{l + 1}");
        }

        TestContext.Out.WriteLine($"ρ = ({search.Radii![0]:G6}, {search.Radii[1]:G6}) after {search.Iterations} steps; closed form ({exact[0]:G6}, {exact[1]:G6})");
    }

    [Test]
    public void FixedPoint_MatchesAPlainIterationAtDepthThree()
    {
        var inputs = new ChainInputs(3.0, [2.0, 1.5, 0.8], 0.4, 9.0);
        double[] plain = [0, 0, 0];
        for (int t = 0; t < 10_000; t++)
        {
            double c = 8 * 3.0 * 0.4 / 81.0;
            double[] bar = [.. plain.Select((r, i) => inputs.LayerNorms[i] + r)];
            plain = [c * bar[1] * bar[2], c * bar[0] * bar[2], c * bar[0] * bar[1]];
        }

        var search = ChainBounds.FixedPointRadii(inputs);

        Assert.That(search.Found, Is.True, search.Failure);
        for (int l = 0; l < 3; l++)
        {
            Assert.That(search.Radii![l], Is.InRange(plain[l] * (1 - 1e-13), plain[l] * (1 + (2 * ChainBounds.Inflation))), $"ρ_{l + 1}");
        }

        // The radii are R's least fixed point up to ε: (1 − 2ε)ρ already fails R(ρ) ≤ ρ.
        Assert.That(ChainBounds.Satisfies(inputs, [.. search.Radii!.Select(r => r * (1 - (2 * ChainBounds.Inflation)))]), Is.False);
    }

    /// <summary>
    /// Unit norms w_l = 1, X̄ = λ_F = 1 and p = K/8, so R_l(ρ) = K Π_{p≠l}(1 + ρ_p). Depth 2 with K = 1.05: R is affine with
    /// slope K ≥ 1, no fixed point ≥ 0. Depth 3 with K = 0.3: from ρ⁽⁰⁾ = 0 the iterates stay symmetric, so a limit would
    /// solve ρ = K(1 + ρ)², whose discriminant 1 − 4K is negative. Depth 3 with K = ¼: the tangency of README.md F4, where
    /// the least fixed point ρ̂ = 1 exists but no inflated (1 + ε)ρ̂ is feasible, so the harness must report failure too.
    /// </summary>
    [TestCase(2, 1.05)]
    [TestCase(3, 0.3)]
    [TestCase(3, 0.25)]
    public void FixedPoint_ReportsFailureWhenNoRadiusIsFound(int depth, double k)
    {
        var inputs = new ChainInputs(1.0, [.. Enumerable.Repeat(1.0, depth)], k / 8, 1.0);

        var search = ChainBounds.FixedPointRadii(inputs);

        Assert.That(search.Found, Is.False);
        Assert.That(search.Failure, Does.Contain("no radii"));
        TestContext.Out.WriteLine(search.Failure);
    }

    [Test]
    public void ZeroResidual_GivesZeroRadii()
    {
        var search = ChainBounds.FixedPointRadii(new ChainInputs(2.0, [1.0, 3.0, 2.0], 0.0, 1.0));

        Assert.That(search.Radii, Is.EqualTo(new[] { 0.0, 0.0, 0.0 }));
    }

    private static void Upper(double bound, ExactRational exact, string what)
    {
        Assert.That((ExactRational)bound >= exact, Is.True, $"{what}: {bound:R} is below the exact value {exact}");
        Assert.That((ExactRational)bound <= exact + Slack(exact), Is.True, $"{what}: {bound:R} is further than {Close} above the exact value");
    }

    private static void Lower(double bound, ExactRational exact, string what, ExactRational? scale = null)
    {
        Assert.That((ExactRational)bound <= exact, Is.True, $"{what}: {bound:R} is above the exact value {exact}");
        Assert.That((ExactRational)bound >= exact - Slack(scale ?? exact), Is.True, $"{what}: {bound:R} is further than {Close} (relative to its terms) below the exact value");
    }

    private static ExactRational Slack(ExactRational exact) => (exact.Sign < 0 ? ExactRational.Zero - exact : exact) * Close + 1e-300;
}

using NUnit.Framework;
using Verify.Theorems.Nguyen2021;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>The §5 quantities against a straightforward computation of the spec's formulas, and the radii's fixed point.</summary>
public sealed class SectionFiveQuantityTests
{
    private static readonly SectionFiveInputs[] Cases =
    [
        new(3.5, [2.0, 0.7], 8.0, 0.01),
        new(1.2, [1.5, 4.0, 0.3], 6.0, 1e-4),
        new(0.8, [1.1, 2.2, 3.3, 0.5], 5.0, 1e-5),
    ];

    [Test]
    public void Quantities_MatchTheFormulasOfSection5([Range(0, 2)] int index)
    {
        var inputs = Cases[index];
        double[] radii = [.. Enumerable.Range(0, inputs.Depth).Select(l => 0.1 * (l + 1))];
        int depth = inputs.Depth;
        double[] bar = [.. Enumerable.Range(0, depth).Select(l => inputs.LayerNorms[l] + radii[l])];
        double all = bar.Aggregate(1.0, (a, b) => a * b);
        double hidden = bar.Take(depth - 1).Aggregate(1.0, (a, b) => a * b);
        double x = inputs.XFrobenius, lf = inputs.LambdaF, r = inputs.Residual;
        double b = x * x * all * all * bar.Take(depth - 1).Sum(v => 1 / (v * v));
        double[] movement = [.. bar.Select(v => 8 * x * all * r / (lf * lf * v))];
        double conditioning = x * Enumerable.Range(0, depth - 1).Sum(l => hidden / bar[l] * movement[l]);
        double stepBound = 1 / (x * x * hidden * hidden);

        foreach (bool pessimistic in new[] { true, false })
        {
            var q = SectionFiveQuantities.From(inputs, radii, pessimistic);
            const double tolerance = 1e-11; // percent: 1e-13 relative (a few roundings of each formula)
            Assert.That(q.LambdaBar, Is.EqualTo(bar).Within(tolerance).Percent);
            Assert.That(q.ProductAll, Is.EqualTo(all).Within(tolerance).Percent);
            Assert.That(q.B, Is.EqualTo(b).Within(tolerance).Percent);
            Assert.That(q.Movements, Is.EqualTo(movement).Within(tolerance).Percent);
            Assert.That(q.ConditioningLeft, Is.EqualTo(conditioning).Within(tolerance).Percent);
            Assert.That(q.StepBound, Is.EqualTo(stepBound).Within(tolerance).Percent);
            Assert.That(q.H0Ratio, Is.EqualTo(lf * lf / (8 * b)).Within(tolerance).Percent);
            Assert.That(q.H1Ratio, Is.EqualTo(Enumerable.Range(0, depth).Min(l => radii[l] / movement[l])).Within(tolerance).Percent);
            Assert.That(q.H2Ratio, Is.EqualTo(lf / 2 / conditioning).Within(tolerance).Percent);
            Assert.That(q.Factor(1e-3), Is.EqualTo(1 - 1e-3 * lf * lf / 8).Within(1e-15));
        }
    }

    [Test]
    public void PessimisticEnd_IsNeverEasierThanTheOptimistic([Range(0, 2)] int index)
    {
        var inputs = Cases[index];
        double[] radii = [.. Enumerable.Repeat(0.05, inputs.Depth)];
        var pessimistic = SectionFiveQuantities.From(inputs, radii, pessimistic: true);
        var optimistic = SectionFiveQuantities.From(inputs, radii, pessimistic: false);

        Assert.That(pessimistic.B, Is.GreaterThan(optimistic.B));
        Assert.That(pessimistic.H0Ratio, Is.LessThan(optimistic.H0Ratio));
        Assert.That(pessimistic.Movements.Zip(optimistic.Movements).All(p => p.First > p.Second), Is.True);
        Assert.That(pessimistic.StepBound, Is.LessThan(optimistic.StepBound));
    }

    [Test]
    public void Radii_AreTheCheckedLeastFixedPoint([Range(0, 2)] int index)
    {
        var inputs = Cases[index];
        var (radii, fixedPoint) = SectionFiveQuantities.ChooseRadii(inputs);
        var q = SectionFiveQuantities.From(inputs, radii, pessimistic: true);

        Assert.That(fixedPoint, Is.True);
        for (int l = 0; l < inputs.Depth; l++)
        {
            // (1 + 10⁻⁶) above the least fixed point ρ = R(ρ): R(ρ) ≤ ρ, with 10⁻⁶ to spare
            Assert.That(q.Movements[l], Is.LessThanOrEqualTo(radii[l]), $"layer {l + 1}: R_l(ρ) ≤ ρ_l");
            Assert.That(radii[l], Is.EqualTo((1 + ChainBounds.Inflation) * q.Movements[l]).Within(1e-4).Percent, $"layer {l + 1}");
        }
    }

    [Test]
    public void Radii_FallBackToOneWhenThereIsNoFixedPoint()
    {
        var inputs = new SectionFiveInputs(1.0, [3.0, 3.0], 10.0, 100.0);
        var (radii, fixedPoint) = SectionFiveQuantities.ChooseRadii(inputs);

        Assert.That(fixedPoint, Is.False);
        Assert.That(radii, Is.EqualTo(new[] { 1.0, 1.0 }));
        Assert.That(SectionFiveQuantities.From(inputs, radii, pessimistic: true).H1Ratio, Is.LessThan(1));
    }
}

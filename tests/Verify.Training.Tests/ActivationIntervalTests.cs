using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Training.Tests;

/// <summary>
/// <see cref="ActivationIntervals"/>: σ and σ′ at many points of random intervals (ends, interior, the peak of σ′) lie in
/// the enclosures, and at a point the enclosures are a few ulps wide. The points are evaluated with the library σ, σ′
/// themselves, so this checks the monotonicity logic (which end, which side of the peak), not the libm allowance.
/// </summary>
public sealed class ActivationIntervalTests
{
    private static readonly ActivationSpec[] Smooth =
        [ActivationSpec.Tanh, new("sigmoid"), new("softplus"), new("arctan"), ActivationSpec.SmoothLeaky(0.2, 4)];

    [Test]
    public void EnclosuresContainEveryPointOfTheInterval([ValueSource(nameof(Smooth))] ActivationSpec spec)
    {
        var sigma = Activation.Of(spec);
        var random = new Xoshiro256StarStar(400);
        for (var trial = 0; trial < 500; trial++)
        {
            double a = 8 * (random.NextDouble() - 0.5), b = a + (random.Next(3) == 0 ? 0 : 4 * random.NextDouble());
            var z = new Interval(a, b);
            var value = ActivationIntervals.Value(sigma, z);
            var slope = ActivationIntervals.Derivative(sigma, z);
            double[] points = [a, b, Math.Clamp(0.0, a, b), .. Enumerable.Range(0, 20).Select(_ => a + ((b - a) * random.NextDouble()))];
            foreach (var t in points)
            {
                Assert.That(value.Contains(sigma.Value(t)), Is.True, $"σ({t}) ∉ σ({z}) = {value}");
                Assert.That(slope.Contains(sigma.Derivative(t)), Is.True, $"σ′({t}) ∉ σ′({z}) = {slope}");
            }

            if (a == b)
            {
                Assert.That(value.Hi - value.Lo, Is.LessThanOrEqualTo(1e-14 * Math.Max(1, Math.Abs(value.Hi))));
                Assert.That(slope.Hi - slope.Lo, Is.LessThanOrEqualTo(1e-14));
            }
        }
    }

    [Test]
    public void DerivativeUsesTheSideOfThePeak()
    {
        var tanh = Activation.Of(ActivationSpec.Tanh);
        var left = ActivationIntervals.Derivative(tanh, new Interval(-3, -1));
        var across = ActivationIntervals.Derivative(tanh, new Interval(-1, 2));
        Assert.Multiple(() =>
        {
            Assert.That(left.Hi, Is.EqualTo(tanh.Derivative(-1)).Within(1e-15));
            Assert.That(left.Lo, Is.EqualTo(tanh.Derivative(-3)).Within(1e-15));
            Assert.That(across.Hi, Is.EqualTo(1.0), "an interval across the peak gets sup σ′");
            Assert.That(across.Lo, Is.EqualTo(tanh.Derivative(2)).Within(1e-15));
        });
    }
}

using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Training.Tests;

/// <summary>The <c>positive</c> scheme (Chatterjee 2022): W₁ = 0, later layers |N(0, 1/n_{l−1})|.</summary>
public sealed class PositiveSchemeTests
{
    private static readonly NetworkSpec Spec = new([300, 200, 1], ActivationSpec.Tanh, 4.0);

    private static FeedForwardNetwork Draw(ulong seed, int d = 50) =>
        FeedForwardNetwork.Initialize(Spec, d, new SchemeInit(SchemeInit.Positive, seed));

    [Test]
    public void FirstLayerIsExactlyZeroAndEveryLaterEntryPositive()
    {
        var network = Draw(11);

        Assert.Multiple(() =>
        {
            Assert.That(network.Weight(1).AsColumnMajorArray().Select(BitConverter.DoubleToInt64Bits), Has.All.EqualTo(0L), "+0.0, bit for bit");
            Assert.That(network.Weight(2).AsColumnMajorArray(), Has.All.GreaterThan(0.0));
            Assert.That(network.Weight(3).AsColumnMajorArray(), Has.All.GreaterThan(0.0), "the output layer too");
            Assert.That(network.Spec.OutputScale, Is.EqualTo(4.0), "λ is the spec's output scale, untouched by the scheme");
        });
    }

    [Test]
    public void LaterLayersAreTheLecunDrawsInAbsoluteValue_W1ConsumesNoDraws()
    {
        var network = Draw(9, d: 4);
        var rng = new Xoshiro(9);
        var second = Gaussian.Sample(1, 300 * 200, rng).AsColumnMajorArray(); // W₂ first: W₁ drew nothing
        var third = Gaussian.Sample(1, 200 * 1, rng).AsColumnMajorArray();

        Assert.Multiple(() =>
        {
            Assert.That(network.Weight(2).AsColumnMajorArray(), Is.EqualTo(second.Select(v => Math.Abs(v * Math.Sqrt(1.0 / 300)))));
            Assert.That(network.Weight(3).AsColumnMajorArray(), Is.EqualTo(third.Select(v => Math.Abs(v * Math.Sqrt(1.0 / 200)))));
        });
    }

    [Test]
    public void SameSeedSameWeights_DifferentSeedDifferentWeights()
    {
        var a = Draw(5);
        var b = Draw(5);
        var c = Draw(6);

        Assert.Multiple(() =>
        {
            Assert.That(b.Weight(2).AsColumnMajorArray(), Is.EqualTo(a.Weight(2).AsColumnMajorArray()));
            Assert.That(b.Weight(3).AsColumnMajorArray(), Is.EqualTo(a.Weight(3).AsColumnMajorArray()));
            Assert.That(c.Weight(2).AsColumnMajorArray(), Is.Not.EqualTo(a.Weight(2).AsColumnMajorArray()));
            Assert.That(c.Weight(3).AsColumnMajorArray(), Is.Not.EqualTo(a.Weight(3).AsColumnMajorArray()));
        });
    }

    [TestCase(2, 300)]
    [TestCase(3, 200)]
    public void EntryMeanIsTheHalfNormalMean(int layer, int fanIn)
    {
        // |g|, g ~ N(0, 1/n): mean μ = √(2/(π n)), standard deviation σ = √((1 − 2/π)/n). The mean of K independent
        // entries has standard error σ/√K (CLT); the tolerance is 5 standard errors (two-sided p ≈ 6·10⁻⁷): 0.16% of μ
        // for W₂ (K = 60 000), 1.9% for W₃ (K = 200). Signed LeCun draws would have mean ≈ 0, far outside either.
        var values = Draw(20220101).Weight(layer).AsColumnMajorArray();
        double mean = Math.Sqrt(2 / (Math.PI * fanIn));
        double standardError = Math.Sqrt((1 - 2 / Math.PI) / fanIn / values.Length);

        Assert.That(values.Average(), Is.EqualTo(mean).Within(5 * standardError));
    }

    [Test]
    public void ADrawnZeroBecomesTheSmallestPositiveDouble()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WeightSchemes.PositiveMagnitude(0.0), Is.EqualTo(double.Epsilon));
            Assert.That(WeightSchemes.PositiveMagnitude(-0.0), Is.EqualTo(double.Epsilon));
            Assert.That(WeightSchemes.PositiveMagnitude(-0.25), Is.EqualTo(0.25));
            Assert.That(WeightSchemes.PositiveMagnitude(double.Epsilon), Is.EqualTo(double.Epsilon));
            Assert.That(double.Epsilon, Is.GreaterThan(0.0));
        });
    }

    [Test]
    public void VarianceRefusesPositive_ItIsNotACentredGaussian()
    {
        Assert.That(() => WeightSchemes.Variance(SchemeInit.Positive, 3, 2), Throws.ArgumentException.With.Message.Contains("not a centred Gaussian"));
    }

    [Test]
    public void AnUnknownSchemeMessageListsPositive()
    {
        Assert.That(() => FeedForwardNetwork.Initialize(Spec, 3, new SchemeInit("postive", 1)),
            Throws.ArgumentException.With.Message.Contains("standard-sign-output, positive"));
    }
}

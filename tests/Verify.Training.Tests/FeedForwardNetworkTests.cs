using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Training.Tests;

/// <summary>Initialisation schemes (draw order, variances, the two-layer preset), validation and the forward pass.</summary>
public sealed class FeedForwardNetworkTests
{
    [TestCase(1, 1, 1UL)]
    [TestCase(7, 3, 20190101UL)]
    [TestCase(300, 5, 42UL)]
    public void StandardSignOutputIsBitForBitTheTwoLayerReluDraw(int m, int d, ulong seed)
    {
        var general = FeedForwardNetwork.Initialize(new NetworkSpec([m, 1], ActivationSpec.Relu, 1 / Math.Sqrt(m)), d, new SchemeInit(SchemeInit.StandardSignOutput, seed));
        var twoLayer = TwoLayerReluNetwork.Initialize(m, d, new Xoshiro(seed));

        Assert.Multiple(() =>
        {
            // Is.EqualTo on doubles compares exactly; the arrays are the storage, so this is bitwise (also for −0.0 vs 0.0
            // only through ==, which the draws never produce).
            Assert.That(general.Weight(1).AsColumnMajorArray(), Is.EqualTo(twoLayer.W.Transpose().AsColumnMajorArray()));
            Assert.That(general.Weight(2).AsColumnMajorArray(), Is.EqualTo(twoLayer.A));
            Assert.That(general.Weight(1).AsColumnMajorArray().Select(BitConverter.DoubleToInt64Bits),
                Is.EqualTo(twoLayer.W.Transpose().AsColumnMajorArray().Select(BitConverter.DoubleToInt64Bits)));
        });
    }

    [Test]
    public void LayersAreDrawnInOrderEachColumnByColumnAndScaled()
    {
        const ulong seed = 9;
        var spec = new NetworkSpec([3, 2], ActivationSpec.Tanh);
        var lecun = FeedForwardNetwork.Initialize(spec, 4, new SchemeInit("lecun", seed));
        var rng = new Xoshiro(seed);
        var first = Gaussian.Sample(1, 4 * 3, rng).AsColumnMajorArray(); // W₁'s 12 normals, column by column
        var second = Gaussian.Sample(1, 3 * 2, rng).AsColumnMajorArray(); // then W₂'s 6

        Assert.Multiple(() =>
        {
            Assert.That(lecun.Weight(1).AsColumnMajorArray(), Is.EqualTo(first.Select(v => v * Math.Sqrt(1.0 / 4))));
            Assert.That(lecun.Weight(2).AsColumnMajorArray(), Is.EqualTo(second.Select(v => v * Math.Sqrt(1.0 / 3))));
            Assert.That(lecun.Weight(1).RowCount, Is.EqualTo(4));
            Assert.That(lecun.Weight(1).ColumnCount, Is.EqualTo(3));
        });
    }

    [TestCase("lecun", 1.0 / 200)]
    [TestCase("he", 2.0 / 200)]
    [TestCase("xavier", 2.0 / (200 + 300))]
    [TestCase("standard", 1.0)]
    public void SampleVariancesMatchTheSchemes(string scheme, double variance)
    {
        // 60 000 independent N(0, v) entries: the sample variance has relative standard deviation √(2/60 000) ≈ 0.58%,
        // so 4% is ≈ 7 standard deviations, while the next scheme's variance differs by ≥ 50%.
        var network = FeedForwardNetwork.Initialize(new NetworkSpec([300, 1], ActivationSpec.Tanh), 200, new SchemeInit(scheme, 5));
        var values = network.Weight(1).AsColumnMajorArray();
        var sampleVariance = values.Select(v => v * v).Average();

        Assert.That(sampleVariance, Is.EqualTo(variance).Within(4).Percent);
    }

    [Test]
    public void InvalidWeightsAreRejectedWithMessagesThatNameTheLayer()
    {
        var spec = new NetworkSpec([3, 2], ActivationSpec.Tanh);
        var w1 = Matrix<double>.Build.Dense(4, 3, 0.5);
        var w2 = Matrix<double>.Build.Dense(3, 2, 0.5);
        var nan = w2.Clone();
        nan[1, 1] = double.NaN;

        Assert.Multiple(() =>
        {
            Assert.That(() => new FeedForwardNetwork(spec, [w1]), Throws.ArgumentException.With.Message.Contains("2 layers"));
            Assert.That(() => new FeedForwardNetwork(spec, [w1, w2.Transpose()]), Throws.ArgumentException.With.Message.Contains("W_2 must be n_1 × n_2 = 3×2"));
            Assert.That(() => new FeedForwardNetwork(spec, [w1, nan]), Throws.ArgumentException.With.Message.Contains("W_2 has a non-finite entry"));
            Assert.That(() => FeedForwardNetwork.Initialize(spec, 4, new SchemeInit("glorot", 1)), Throws.ArgumentException.With.Message.Contains("glorot"));
            Assert.That(new FeedForwardNetwork(spec, [w1, w2]).InputDimension, Is.EqualTo(4));
        });
    }

    [Test]
    public void FeaturesFollowTheLayerConvention()
    {
        var (network, x, _) = TestNetworks.Problem(TestNetworks.Spec(new("softplus"), depth: 3, outputs: 2), n: 5, d: 3, seed: 31);
        var features = network.Features(TestBackends.Managed, x);
        var f1 = (x * network.Weight(1)).Map(network.Activation.Value);
        var f2 = (f1 * network.Weight(2)).Map(network.Activation.Value);
        var f3 = network.Spec.OutputScale * (f2 * network.Weight(3));

        // The same products in another summation order (≤ 5 terms of size ≲ 3): 1e-14 absolute.
        Assert.Multiple(() =>
        {
            Assert.That(features, Has.Count.EqualTo(4));
            Assert.That(features[0], Is.SameAs(x));
            Assert.That((features[1] - f1).InfinityNorm(), Is.LessThan(1e-14));
            Assert.That((features[2] - f2).InfinityNorm(), Is.LessThan(1e-14));
            Assert.That((features[3] - f3).InfinityNorm(), Is.LessThan(1e-14));
            Assert.That((network.Outputs(TestBackends.Managed, x) - f3).InfinityNorm(), Is.LessThan(1e-14));
        });
    }
}

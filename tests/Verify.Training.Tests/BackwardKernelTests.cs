using NUnit.Framework;
using Verify.Core.Networks;

namespace Verify.Training.Tests;

/// <summary>The span kernels the general engine runs: σ forward in its stored form, σ′ times the signal backward.</summary>
public sealed class BackwardKernelTests
{
    private static readonly double[] Points =
    [
        0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8, 1e-3, -0.3, 0.5, -0.9, 1.0, -2.0, 3.5, -7.0, 12.0, -18.0, 19.5, -25.0, 40.0, -300.0, 800.0,
    ];

    [TestCaseSource(typeof(TestNetworks), nameof(TestNetworks.Activations))]
    public void FeaturesAreTheValuesAndBackpropagateIsTheSignalTimesTheDerivative(ActivationSpec spec)
    {
        // σ′ read from F (tanh 1 − F², sigmoid F(1 − F), softplus 1 − e^{−F}, ReLU from F's sign bit) or from Z: the
        // absolute error bound argued in each activation is a few ε (here 4ε: σ′ ≤ 1 and the upstream factor 1 is exact);
        // from Z the same formula as Derivative, so exact. Features equal σ as numbers (ReLU: a signed zero).
        var activation = Activation.Of(spec);
        var features = new double[Points.Length];
        activation.Features(Points, features);
        var state = activation.DerivativeFromValue ? (double[])features.Clone() : (double[])Points.Clone();
        var upstream = Enumerable.Repeat(1.0, Points.Length).ToArray();
        activation.Backpropagate(state, upstream);
        var scaled = activation.DerivativeFromValue ? (double[])features.Clone() : (double[])Points.Clone();
        activation.Backpropagate(scaled, Enumerable.Repeat(-3.0, Points.Length).ToArray());

        Assert.Multiple(() =>
        {
            for (var i = 0; i < Points.Length; i++)
            {
                var z = Points[i];
                // tanh's features are SIMD lanes, a few ulps from Math.Tanh (VectorTanhTests); the others are σ exactly.
                Assert.That(features[i], Is.EqualTo(activation.Value(z)).Within(4 * Math.Pow(2, -52) * Math.Abs(activation.Value(z))), $"σ({z})");
                Assert.That(state[i], Is.EqualTo(activation.Derivative(z)).Within(4 * Math.Pow(2, -52)), $"σ′({z})");
                Assert.That(scaled[i], Is.EqualTo(-3 * state[i]), $"−3·σ′({z})");
            }
        });
    }

    [Test]
    public void ReluKeepsTheConventionThatTheDerivativeAtZeroIsOne()
    {
        // σ′ = 1{z ≥ 0} as ReluActivation.Derivative and the fast trainer: z = +0 and −0 give 1, the smallest negative 0.
        var relu = Activation.Of(ActivationSpec.Relu);
        double[] z = [0.0, -0.0, -double.Epsilon, double.Epsilon, -1.0, 2.0];
        var f = new double[z.Length];
        relu.Features(z, f);
        var state = (double[])f.Clone();
        relu.Backpropagate(state, [5.0, 5.0, 5.0, 5.0, 5.0, 5.0]);

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(new[] { 5.0, 5.0, 0.0, 5.0, 0.0, 5.0 }));
            Assert.That(z.Select(relu.Derivative).Select(d => 5 * d), Is.EqualTo(state));
            Assert.That(f, Is.EqualTo(new[] { 0.0, 0.0, 0.0, double.Epsilon, 0.0, 2.0 }), "numerically ReLU(z)");
        });
    }

    [TestCaseSource(typeof(TestNetworks), nameof(TestNetworks.Activations))]
    public void SpanValuesMatchTheScalarOnes(ActivationSpec spec)
    {
        var activation = Activation.Of(spec);
        Assert.Multiple(() =>
        {
            Assert.That(activation.Values(Points), Is.EqualTo(Points.Select(activation.Value)));
            Assert.That(activation.Derivatives(Points), Is.EqualTo(Points.Select(activation.Derivative)));
        });
    }
}

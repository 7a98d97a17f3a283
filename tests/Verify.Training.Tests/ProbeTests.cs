using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>The reusable probes through the runner: schedules, definitions and lookup.</summary>
public sealed class ProbeTests
{
    [Test]
    public void GeneralProbesRecordTheirDefinitions()
    {
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(ActivationSpec.Tanh, depth: 3), n: 6, d: 4, seed: 1000);
        var backend = TestBackends.Managed;
        var descent = new GradientDescent(backend, network, x, y, [0.05, 0.05, 0.05]);
        var frobenius = new WeightDistanceProbe(2, WeightNorm.Frobenius);
        var spectral = new WeightDistanceProbe(2, WeightNorm.Spectral);
        var neuron = new MaxNeuronDistanceProbe(1);
        var features = SmallestSingularValueProbe.OfFeatures(2);
        var narrow = SmallestSingularValueProbe.OfFeatures(3);
        var weights = SmallestSingularValueProbe.OfWeights(1);
        var gradient = new GradientNormProbe(3);
        var ntk = new JacobianGramProbe([1, 2, 3]);
        IProbe[] probes = [frobenius, spectral, neuron, features, narrow, weights, gradient, ntk];

        var trajectory = TrajectoryRunner.Train(descent, 20, probes, TrajectoryOptions.Default with { SchedulePointsPerOctave = 1 });
        var w2Difference = descent.Weights(2) - network.Weight(2);
        var w1Difference = descent.Weights(1) - network.Weight(1);
        var finalFeatures = descent.CurrentNetwork().Features(backend, x)[2];
        var finalGram = JacobianGram.Compute(backend, descent.CurrentNetwork(), x, [1, 2, 3]);

        // Direct recomputations at the final iterate: the same operations (exact), or an SVD/eigensolve of the same matrix
        // (the same routine: exact), or sums in another order (1e-15 relative).
        Assert.Multiple(() =>
        {
            Assert.That(trajectory.Series(frobenius).Steps, Is.EqualTo(Enumerable.Range(0, 21)));
            Assert.That(trajectory.Series(spectral).Steps, Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 20 }));
            Assert.That(trajectory.Series(frobenius).Values[0], Is.Zero);
            Assert.That(trajectory.Series(frobenius).Values[^1], Is.EqualTo(w2Difference.FrobeniusNorm()).Within(1e-13).Percent);
            Assert.That(trajectory.Series(spectral).Values[^1], Is.EqualTo(w2Difference.L2Norm()).Within(1e-12).Percent);
            Assert.That(trajectory.Series(spectral).Values[^1], Is.LessThanOrEqualTo(trajectory.Series(frobenius).Values[^1]));
            Assert.That(trajectory.Series(neuron).Values[^1],
                Is.EqualTo(w1Difference.EnumerateColumns().Max(c => c.L2Norm())).Within(1e-13).Percent);
            Assert.That(trajectory.Series(features).Values[^1], Is.EqualTo(finalFeatures.ColumnCount < finalFeatures.RowCount ? 0 : backend.SingularValues(finalFeatures)[^1]), "σ_N");
            Assert.That(trajectory.Series(narrow).Values, Is.All.EqualTo(0.0), "σ_N of the N×1 output: fewer columns than rows");
            Assert.That(trajectory.Series(features).ErrorBounds, Is.Not.Null.And.All.GreaterThan(0.0).And.All.LessThan(1e-12));
            Assert.That(trajectory.Series(weights).Values[^1], Is.EqualTo(backend.SingularValues(descent.Weights(1))[^1]));
            Assert.That(trajectory.Series(gradient).Values[^1], Is.EqualTo(descent.Gradients()[2].FrobeniusNorm()));
            Assert.That(trajectory.Series(ntk).Values[^1], Is.EqualTo(Spectral.SmallestEigenvalue(backend, finalGram)));
            Assert.That(trajectory.Series(ntk).Values, Has.All.GreaterThan(0.0), "6 samples, 3·4 + 4·3 + 3 weights: J Jᵀ is positive definite here");
            Assert.That(trajectory.Series(frobenius.Name), Is.SameAs(trajectory.Series(frobenius)));
        });
    }

    [Test]
    public void MisusedProbesAreRejectedClearly()
    {
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(ActivationSpec.Tanh, depth: 2), n: 4, d: 3, seed: 1100);
        var descent = new GradientDescent(TestBackends.Managed, network, x, y, [0.1, 0.1]);
        var done = TrajectoryRunner.Train(new GradientDescent(TestBackends.Managed, network, x, y, [0.1, 0.1]), 2, []);

        Assert.Multiple(() =>
        {
            Assert.That(() => TrajectoryRunner.Train(descent, 5, [new MaxNeuronDistanceProbe(3)]), Throws.ArgumentException.With.Message.Contains("2 layers"));
            Assert.That(() => TrajectoryRunner.Train(descent, 5, [FirstLayerProbes.PatternChangeFraction]), Throws.ArgumentException.With.Message.Contains(nameof(FirstLayerGradientDescent)));
            Assert.That(() => TrajectoryRunner.Train(descent, 5, [new MaxNeuronDistanceProbe(1), new MaxNeuronDistanceProbe(1)]), Throws.ArgumentException.With.Message.Contains("distinct"));
            Assert.That(() => done.Series(new GradientNormProbe(1)), Throws.InstanceOf<KeyNotFoundException>().With.Message.Contains("none"));
        });
    }
}

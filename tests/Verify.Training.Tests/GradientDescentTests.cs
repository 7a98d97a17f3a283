using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>The general engine: gradients against finite differences, the in-place step, frozen layers, the fast trainer.</summary>
public sealed class GradientDescentTests
{
    private static IEnumerable<TestCaseData> ActivationsAndDepths() =>
        from activation in TestNetworks.Activations
        from depth in new[] { 1, 2, 3, 4 }
        select new TestCaseData(activation, depth).SetArgDisplayNames(activation.Name, $"L={depth}");

    [TestCaseSource(nameof(ActivationsAndDepths))]
    public void GradientMatchesCentralFiniteDifferences(ActivationSpec activation, int depth)
    {
        // Central differences of Φ (computed by plain loops, no GEMM) with h = 10⁻⁵ along each weight. Truncation:
        // h²/6·|∂³Φ| along a coordinate; with unit inputs, xavier weights (entries ≲ 2) and |σ′|, |σ″|, |σ‴| ≤ 2 (b = 3 for
        // smooth-leaky), ∂³Φ is a sum of a few dozen products of O(1) factors, ≲ 10², so ≲ 2·10⁻⁹. ReLU: Φ is a polynomial
        // of degree ≤ 2L along a coordinate as long as no pre-activation crosses 0 (checked: every |Z| > 10⁻³ ≫ h·‖·‖), so
        // the same bound holds. Rounding: 2 evaluations of Φ ≲ 10 with ≲ 100 operations, ≲ 10²·ε·10/(2h) ≈ 10⁻⁸.
        // Tolerance 10⁻⁶·max(1, |g|); a wrong sign, factor s or transposition errs by O(|g|) ≳ 10⁻² (checked: ‖g‖ > 0.05).
        const double h = 1e-5;
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(activation, depth, outputs: depth == 2 ? 2 : 1), n: 5, d: 3, seed: (activation.Equals(ActivationSpec.Relu) ? 130UL : 100UL) + (ulong)depth);
        var gradients = Backpropagation.Gradients(TestBackends.Managed, network, x, y);
        var descent = new GradientDescent(TestBackends.Managed, network, x, y, [.. Enumerable.Repeat(0.1, depth)]);
        Assert.That(descent.Gradients().Zip(gradients).All(p => p.First.Equals(p.Second)), Is.True, "the descent's view computes the same");

        var preActivations = Backpropagation.Pass.Forward(TestBackends.Managed, network, x).PreActivations.Skip(1).Take(depth - 1);
        if (activation.Equals(ActivationSpec.Relu))
        {
            // An exact 0 comes from a sample whose previous ReLU layer is all dead (a zero feature row): those units are
            // > 10⁻³ below their kinks (checked with the rest), so the row stays zero under every ±h perturbation.
            var nonZero = preActivations.SelectMany(z => z.Enumerate()).Where(z => z != 0).DefaultIfEmpty(1);
            Assert.That(nonZero.Min(Math.Abs), Is.GreaterThan(1e-3), "precondition: no kink within reach");
        }
        Assert.That(gradients.Sum(g => g.FrobeniusNorm()), Is.GreaterThan(0.05), "a non-trivial gradient");
        Assert.Multiple(() =>
        {
            for (var l = 1; l <= depth; l++)
            {
                var w = network.Weight(l);
                for (var p = 0; p < w.RowCount; p++)
                {
                    for (var q = 0; q < w.ColumnCount; q++)
                    {
                        var difference = (TestNetworks.Loss(TestNetworks.Perturbed(network, l, p, q, h), x, y)
                            - TestNetworks.Loss(TestNetworks.Perturbed(network, l, p, q, -h), x, y)) / (2 * h);
                        var g = gradients[l - 1][p, q];
                        Assert.That(g, Is.EqualTo(difference).Within(1e-6 * Math.Max(1, Math.Abs(g))), $"∂Φ/∂W_{l}[{p},{q}]");
                    }
                }
            }
        });
    }

    [TestCaseSource(nameof(ActivationsAndDepths))]
    public void StepSubtractsTheScaledGradientAndSkipsFrozenLayers(ActivationSpec activation, int depth)
    {
        // Rates η_l = 0.05·l with layer 2 frozen (when it exists): the in-place backward pass must give W_l − η_l ∂Φ/∂W_l
        // (the reference gradient sums the same products, possibly in another order: ≲ 10⁻¹⁵ relative to the weights).
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(activation, depth, outputs: 2), n: 6, d: 3, seed: 200 + (ulong)depth);
        double[] rates = [.. Enumerable.Range(1, depth).Select(l => l == 2 ? 0.0 : 0.05 * l)];
        var descent = new GradientDescent(TestBackends.Managed, network, x, y, rates);
        var gradients = Backpropagation.Gradients(TestBackends.Managed, network, x, y);
        var before = descent.SquaredResidualNorm;

        descent.Step();

        Assert.Multiple(() =>
        {
            Assert.That(descent.Iteration, Is.EqualTo(1));
            Assert.That(before, Is.EqualTo(2 * TestNetworks.Loss(network, x, y)).Within(1e-13 * before));
            for (var l = 1; l <= depth; l++)
            {
                var expected = network.Weight(l) - (rates[l - 1] * gradients[l - 1]);
                Assert.That((descent.Weights(l) - expected).InfinityNorm(), Is.LessThan(1e-14), $"W_{l}");
                if (rates[l - 1] == 0)
                {
                    Assert.That(descent.Weights(l), Is.EqualTo(network.Weight(l)), "a frozen layer does not move at all");
                }
            }

            Assert.That(descent.InitialWeights(1), Is.SameAs(network.Weight(1)), "W(0) is the initial network's, not a copy");
            // The two sides sum the same few squares in different orders (GEMM vs plain loops): a few ε of a loss of order
            // one here, so 1e-12 absolute leaves a wide margin and still catches any wrong term.
            Assert.That(descent.SquaredResidualNorm, Is.EqualTo(2 * TestNetworks.Loss(descent.CurrentNetwork(), x, y)).Within(1e-12));
        });
    }

    [TestCaseSource(typeof(TestNetworks), nameof(TestNetworks.Activations))]
    public void ASmallStepDecreasesTheLossByAboutEtaTimesTheSquaredGradient(ActivationSpec activation)
    {
        // Φ(W − ηg) = Φ(W) − η‖g‖² + O(η²‖g‖²·‖∇²Φ‖): with η = 10⁻³ and ‖∇²Φ‖ ≲ 10 the relative deviation of the
        // decrease from η‖g‖² is ≲ 10⁻², so it lies within 10% of η‖g‖² (and is positive).
        const double eta = 1e-3;
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(activation, depth: 3), n: 8, d: 4, seed: 300);
        var descent = new GradientDescent(TestBackends.Managed, network, x, y, [eta, eta, eta]);
        var squaredGradient = descent.Gradients().Sum(g => g.FrobeniusNorm() * g.FrobeniusNorm());
        var before = descent.SquaredResidualNorm / 2;

        descent.Step();
        var decrease = before - (descent.SquaredResidualNorm / 2);

        Assert.That(decrease / (eta * squaredGradient), Is.EqualTo(1.0).Within(0.1));
    }

    [Test]
    public void OnATwoLayerReluNetworkItFollowsTheFastTrainer([ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        // The same network (standard-sign-output is the two-layer draw), rates [η, 0], output scale 1/√m. The two
        // differ only in rounding: u = s·(ReLU(Z)·a) by a GEMM vs (Σ_r a_r ReLU(Zᵢᵣ))/√m, and the gradient's factor
        // −η·s vs −η/√m: a few ε per step; 60 contracting steps keep that below 10⁻¹² relative.
        const int n = 10, d = 4, m = 50, steps = 60;
        const ulong seed = 77;
        var backend = TestBackends.Require(kind);
        var rng = new Verify.Core.Xoshiro256StarStar(seed);
        var x = UnitSphere.Sample(n, d, rng);
        var y = Labels.Gaussian(n, rng);
        var spec = new NetworkSpec([m, 1], ActivationSpec.Relu, 1 / Math.Sqrt(m));
        var general = new GradientDescent(backend, FeedForwardNetwork.Initialize(spec, d, new SchemeInit(SchemeInit.StandardSignOutput, seed)),
            x, Matrix<double>.Build.Dense(n, 1, y), [0.2, 0.0]);
        var fast = new FirstLayerGradientDescent(backend, x, y, TwoLayerReluNetwork.Initialize(m, d, new Verify.Core.Xoshiro256StarStar(seed)), 0.2);
        var distance = new MaxNeuronDistanceProbe(1);
        var frobenius = new WeightDistanceProbe(1, WeightNorm.Frobenius);

        var generalRun = TrajectoryRunner.Train(general, steps, [distance, frobenius]);
        var fastRun = TrajectoryRunner.Train(fast, steps, [distance, frobenius, FirstLayerProbes.MaxNeuronDistance]);

        Assert.Multiple(() =>
        {
            Assert.That(generalRun.SquaredResidualNorms[^1], Is.LessThan(0.5 * generalRun.SquaredResidualNorms[0]), "the run makes progress");
            Assert.That(Relative(generalRun.SquaredResidualNorms, fastRun.SquaredResidualNorms), Is.LessThan(1e-12));
            Assert.That(Relative(generalRun.Series(distance).Values, fastRun.Series(distance).Values), Is.LessThan(1e-12));
            Assert.That(Relative(generalRun.Series(frobenius).Values, fastRun.Series(frobenius).Values), Is.LessThan(1e-12));
            Assert.That((general.Weights(1) - fast.Weights(1)).InfinityNorm() / fast.Weights(1).InfinityNorm(), Is.LessThan(1e-12));
            // The generic probe on the fast trainer's W₁ snapshot (refreshed by every sample) and the fast kernel on W: the
            // same sums in the same order. A probe holding the snapshot from bind time would read W₁(0) and record zeros.
            Assert.That(fastRun.Series(distance).Values, Is.EqualTo(fastRun.Series(FirstLayerProbes.MaxNeuronDistance).Values));
            Assert.That(generalRun.StepSizes, Is.EqualTo(fastRun.StepSizes));
        });
    }

    [Test]
    public void AHugeStepDivergesWithoutAnException()
    {
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(ActivationSpec.Tanh, depth: 3), n: 6, d: 3, seed: 400);
        var descent = new GradientDescent(TestBackends.Managed, network, x, y, [1e9, 1e9, 1e9]);
        var probe = SmallestSingularValueProbe.OfWeights(3);

        var trajectory = TrajectoryRunner.Train(descent, 50, [probe, new WeightDistanceProbe(3, WeightNorm.Frobenius)]);

        Assert.Multiple(() =>
        {
            Assert.That(trajectory.DivergedAtStep, Is.Not.Null);
            Assert.That(trajectory.CompletedSteps, Is.EqualTo(trajectory.DivergedAtStep));
            Assert.That(trajectory.Series(probe).Steps, Has.All.LessThan(trajectory.DivergedAtStep!.Value), "no scheduled probe at the diverged step");
            Assert.That(trajectory.Probes[1].Values, Has.Count.EqualTo(trajectory.DivergedAtStep + 1), "every-step probes include it");
        });
    }

    [Test]
    public void StepAllocatesNothingOnNativeBackends([ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(ActivationSpec.Tanh, depth: 4, outputs: 2), n: 16, d: 8, seed: 500);
        var descent = new GradientDescent(TestBackends.Require(kind), network, x, y, [0.01, 0.0, 0.01, 0.01]);
        var sampler = new MaxNeuronDistanceProbe(2).Bind(descent);
        descent.Step();
        sampler.Measure();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 10; k++)
        {
            descent.Step();
            sampler.Measure();
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void InvalidSetupsAreRejected()
    {
        var (network, x, y) = TestNetworks.Problem(TestNetworks.Spec(ActivationSpec.Tanh, depth: 2), n: 4, d: 3, seed: 600);
        var backend = TestBackends.Managed;
        Assert.Multiple(() =>
        {
            Assert.That(() => new GradientDescent(backend, network, x, y, [0.1]), Throws.ArgumentException.With.Message.Contains("one per layer"));
            Assert.That(() => new GradientDescent(backend, network, x, y, [0.1, -1]), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new GradientDescent(backend, network, x, y.SubMatrix(0, 3, 0, 1), [0.1, 0.1]), Throws.ArgumentException.With.Message.Contains("Y must be"));
            Assert.That(() => new GradientDescent(backend, network, x.SubMatrix(0, 4, 0, 2), y, [0.1, 0.1]), Throws.ArgumentException.With.Message.Contains("X must be"));
        });
    }

    private static double Relative(IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        return actual.Zip(expected).Max(p => Math.Abs(p.First - p.Second) / Math.Max(Math.Abs(p.Second), 1e-300));
    }
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Theorems.Razborov2022;
using Verify.Training;
using static Verify.Theorems.Tests.Razborov2022.RzTestData;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>
/// The exact algebra of spec §2–§3 on real GD steps: the G̃ split, random-features regression at η₁ = 0, Du's setting at
/// η₂ = 0 (same trajectory as the du2019 module's descent), and the reparameterisation identity.
/// </summary>
public sealed class DynamicsTests
{
    /// <summary>u(k+1) − u(k) = [f(W_{k+1}, a_k) − f(W_k, a_k)] − η₂G̃(k)(u − y), G̃ = κ²σ(XW₁(k+1))σ(XW₁(k))ᵀ: exact up to rounding.</summary>
    [TestCase("LeCun")]
    [TestCase("Ntk")]
    public void OneStep_SplitsIntoTheHiddenMoveAndTheExactOutputTerm(string presetName)
    {
        var preset = Enum.Parse<RzPreset>(presetName);
        const int n = 6, d = 5, m = 300;
        var x = Inputs(n, d, 1);
        var y = Labels(n, 2);
        var network = RzModel.Draw(preset, m, d, 3);
        double kappa = network.Spec.OutputScale;
        var g = RzModel.OutputKernel(Backend, x, network);
        var h = RzModel.FirstLayerKernel(Backend, x, network);
        double eta1 = 0.3 / RzModel.Largest(Backend, h), eta2 = 0.3 / RzModel.Largest(Backend, g);
        var descent = new GradientDescent(Backend, network, x, y, [eta1, eta2]);
        var u0 = Outputs(network, x);
        var e = u0 - y.Column(0);
        descent.Step();
        var w1 = descent.Weights(1);
        var u1 = Outputs(Network(w1, descent.Weights(2), kappa), x);
        var hiddenMove = Outputs(Network(w1, network.Weight(2), kappa), x) - u0;
        var s0 = RzModel.PreActivations(Backend, x, network.Weight(1)).Map(v => Math.Max(v, 0));
        var s1 = RzModel.PreActivations(Backend, x, w1).Map(v => Math.Max(v, 0));
        var gTilde = kappa * kappa * s1 * s0.Transpose();
        var predicted = hiddenMove - eta2 * (gTilde * e);
        double scale = u1.L2Norm() + u0.L2Norm() + y.Column(0).L2Norm();
        Assert.That((u1 - u0 - predicted).InfinityNorm(), Is.LessThan(1e-12 * scale), "the split is exact up to rounding");
        // and the output term is not negligible, so the test tests something
        Assert.That((eta2 * (gTilde * e)).InfinityNorm(), Is.GreaterThan(1e-3 * e.InfinityNorm()));
    }

    /// <summary>η₁ = 0: e_{k+1} = (I − η₂G)e_k exactly, so ‖e_{k+1}‖ ≤ (1 − η₂λ_min(G))‖e_k‖ when η₂λ_max(G) ≤ 1.</summary>
    [Test]
    public void FrozenHiddenLayer_IsRandomFeaturesRegressionAtTheKernelRate()
    {
        const int n = 6, d = 4, m = 64;
        var x = Inputs(n, d, 5);
        var y = Labels(n, 6);
        var network = RzModel.Draw(RzPreset.LeCun, m, d, 7);
        var g = RzModel.OutputKernel(Backend, x, network);
        double lambdaMin = RzModel.Smallest(Backend, g), lambdaMax = RzModel.Largest(Backend, g);
        Assert.That(lambdaMin, Is.GreaterThan(0), "m ≥ n: G(0) is positive definite");
        double eta2 = 1 / lambdaMax;
        double factor = 1 - eta2 * lambdaMin;
        var descent = new GradientDescent(Backend, network, x, y, [0.0, eta2]);
        double previous = descent.SquaredResidualNorm;
        var first = descent.Weights(1).Clone();
        double worst = 0;
        for (int k = 0; k < 200; k++)
        {
            descent.Step();
            double current = descent.SquaredResidualNorm;
            worst = Math.Max(worst, Math.Sqrt(current / previous));
            Assert.That(Math.Sqrt(current), Is.LessThanOrEqualTo(factor * Math.Sqrt(previous) * (1 + 1e-9)), $"step {k + 1}");
            previous = current;
        }
        Assert.That(descent.Weights(1).Equals(first), Is.True, "W stays at W(0)");
        TestContext.Out.WriteLine($"1 − η₂λ_min(G) = {factor}, worst observed factor {worst}");
    }

    /// <summary>η₂ = 0 with the NTK preset is Du et al.'s setting: the same trajectory as the du2019 module's descent (<see cref="FirstLayerGradientDescent"/>) from the same data, W(0) and a.</summary>
    [Test]
    public void FrozenOutputLayer_NtkPreset_ReproducesDusTrajectory()
    {
        const int n = 5, d = 4, m = 500;
        var x = Inputs(n, d, 8);
        var y = Labels(n, 9);
        var network = RzModel.Draw(RzPreset.Ntk, m, d, 10);
        var du = TwoLayerReluNetwork.Initialize(m, d, new Xoshiro256StarStar(10));
        Assert.That(du.W.Transpose().Equals(network.Weight(1)), Is.True, "same W(0): the NTK preset draws Du's W");
        Assert.That(du.A.SequenceEqual(RzModel.OutputWeights(network)), Is.True, "same a: the NTK preset draws Du's ±1");
        const double eta = 0.05;
        var ours = new GradientDescent(Backend, network, x, y, [eta, 0.0]);
        var theirs = new FirstLayerGradientDescent(Backend, x, y.Column(0).ToArray(), du, eta);
        for (int k = 0; k < 100; k++)
        {
            Assert.That(ours.SquaredResidualNorm, Is.EqualTo(theirs.SquaredResidualNorm).Within(1e-12 * Math.Max(1, theirs.SquaredResidualNorm)), $"loss at step {k}");
            ours.Step();
            theirs.Step();
        }
        Assert.That(RelativeDifference(ours.Weights(1), theirs.W.Transpose()), Is.LessThan(1e-12), "W(100)");
    }

    /// <summary>Two-rate GD on (W, a) = one-rate GD at η₁ on the rescaled model s·κΣ ã_rσ(w_rᵀx), ã(0) = a(0)/s, s = √(η₂/η₁): trajectories equal to rounding.</summary>
    [TestCase("LeCun", 100.0)]
    [TestCase("Ntk", 0.01)]
    public void TwoRates_AreOneRateOnTheRescaledModel(string presetName, double ratio)
    {
        var preset = Enum.Parse<RzPreset>(presetName);
        const int n = 6, d = 4, m = 200;
        var x = Inputs(n, d, 13);
        var y = Labels(n, 14);
        var network = RzModel.Draw(preset, m, d, 15);
        double kappa = network.Spec.OutputScale;
        double eta1 = 0.2 / RzModel.Largest(Backend, RzModel.FirstLayerKernel(Backend, x, network) + ratio * RzModel.OutputKernel(Backend, x, network));
        double eta2 = ratio * eta1, s = Math.Sqrt(eta2 / eta1);
        var rescaled = new FeedForwardNetwork(new NetworkSpec([m, 1], ActivationSpec.Relu, s * kappa), [network.Weight(1), network.Weight(2) / s]);
        var twoRates = new GradientDescent(Backend, network, x, y, [eta1, eta2]);
        var oneRate = new GradientDescent(Backend, rescaled, x, y, [eta1, eta1]);
        for (int k = 0; k < 200; k++)
        {
            Assert.That(twoRates.SquaredResidualNorm, Is.EqualTo(oneRate.SquaredResidualNorm).Within(1e-10 * Math.Max(1, oneRate.SquaredResidualNorm)), $"loss at step {k}");
            twoRates.Step();
            oneRate.Step();
        }
        Assert.That(RelativeDifference(oneRate.Weights(1), twoRates.Weights(1)), Is.LessThan(1e-10), "W(200)");
        Assert.That(RelativeDifference(s * oneRate.Weights(2), twoRates.Weights(2)), Is.LessThan(1e-10), "a(200) = s·ã(200)");
        Assert.That(twoRates.SquaredResidualNorm, Is.LessThan(0.9 * new GradientDescent(Backend, network, x, y, [eta1, eta2]).SquaredResidualNorm), "the run moved");
    }
}

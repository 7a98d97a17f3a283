using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Theorems.NguyenMondelli2020;
using static Verify.Theorems.Tests.NguyenMondelli2020.NmTestInstances;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>Each assumption broken gives the right failed hypothesis, with the reason; the setup filter of `verify check`.</summary>
public sealed class AssumptionTests
{
    [Test]
    public void FirstLayerNarrowerThanN_FailsTheTopologyAndH1()
    {
        var instance = Instance(n: 12, d: 4, widths: [8, 4, 1], SmoothLeaky);

        var wide = Hypothesis(instance, "topology-wide-first-layer");
        Assert.That(wide.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(wide.Note, Does.Contain("n₁ = 8, N = 12").And.Contain("λ_F = σ_N(F₁) = 0"));
        Assert.That(Hypothesis(instance, "topology-pyramidal").Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(Hypothesis(instance, "instance-h1").Verdict, Is.EqualTo(Verdict.Fail), "λ_F = 0 exactly: (H1) cannot hold");
        var step = Hypothesis(instance, "instance-step-size");
        Assert.That(step.Verdict, Is.EqualTo(Verdict.Inconclusive), "R = ∞: no ball, (H2) not evaluated (it once threw)");
        Assert.That(step.Note, Does.Contain("not evaluated"));
    }

    [Test]
    public void NonPyramidalLayers_FailThePyramidalHypothesisNamingTheLayer()
    {
        var instance = Instance(n: 6, d: 4, widths: [12, 3, 5, 1], SmoothLeaky);

        var pyramidal = Hypothesis(instance, "topology-pyramidal");
        Assert.That(pyramidal.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(pyramidal.Value, Is.EqualTo(2));
        Assert.That(pyramidal.Note, Does.Contain("n_3 = 5 > n_2 = 3"));
        Assert.That(Hypothesis(instance, "topology-wide-first-layer").Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(Hypothesis(instance, "instance-h1").Verdict, Is.EqualTo(Verdict.Fail), "W₃ is wide: λ₃ = σ_{n₃}(W₃) = 0");
        Assert.That(Hypothesis(instance, "instance-step-size").Verdict, Is.EqualTo(Verdict.Inconclusive), "λ_{3→L} = 0: R = ∞");
    }

    [TestCase("tanh", "activation-derivative-range")]
    [TestCase("arctan", "activation-derivative-range")]
    [TestCase("sigmoid", "activation-bounded-by-identity")]
    [TestCase("softplus", "activation-bounded-by-identity")]
    [TestCase("relu", "activation-lipschitz-derivative")]
    public void ActivationsBreakingAssumption22_FailTheirHypothesis(string name, string failed)
    {
        var instance = Instance(n: 6, d: 4, widths: [12, 4, 1], new ActivationSpec(name));

        Assert.That(Hypothesis(instance, failed).Verdict, Is.EqualTo(Verdict.Fail), name);
        Assert.That(Hypothesis(instance, "activation-derivative-range").Verdict, Is.EqualTo(Verdict.Fail), $"{name}: inf σ′ = 0");
        Assert.That(Hypothesis(instance, "instance-step-size").Verdict, Is.EqualTo(Verdict.Inconclusive), "Q is not evaluated without γ > 0 and a finite β");
    }

    [Test]
    public void SmoothLeaky_MeetsAssumption22WithItsGammaAndBeta()
    {
        var instance = Instance(n: 6, d: 4, widths: [12, 4, 1], SmoothLeaky);

        var range = Hypothesis(instance, "activation-derivative-range");
        Assert.That(range.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(range.Value, Is.EqualTo(0.2));
        Assert.That(Hypothesis(instance, "activation-bounded-by-identity").Verdict, Is.EqualTo(Verdict.Pass));
        var lipschitz = Hypothesis(instance, "activation-lipschitz-derivative");
        Assert.That(lipschitz.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(lipschitz.Value, Is.EqualTo(0.8 * 4 / 4).Within(1e-15));
    }

    [Test]
    public void VerifyCheck_CoversOnlyThePapersNetwork()
    {
        var theorem = new NguyenMondelli2020Theorem(Backend);
        var training = new TrainingSpec([0.1, 0.1, 0.1], 10);

        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], SmoothLeaky), training), Is.Null);
        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], ActivationSpec.Tanh), training), Does.Contain("Assumption 2.2").And.Contain("inf σ′ = 0"));
        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], SmoothLeaky, 0.5), training), Does.Contain("output scale"));
        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], SmoothLeaky), new TrainingSpec([0.1, 0, 0.1], 10)), Does.Contain("frozen"));
        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], SmoothLeaky), new TrainingSpec([0.1, 0.2, 0.1], 10)), Does.Contain("different step sizes"));
        Assert.That(theorem.Mismatch(new NetworkSpec([1], SmoothLeaky), new TrainingSpec([0.1], 10)), Does.Contain("at least two"));
        Assert.That(theorem.Mismatch(new NetworkSpec([20, 8, 1], SmoothLeaky), training), Is.Null, "the widths are hypotheses, not a mismatch");
    }
}

using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Setup;
using Verify.Theorems.Nguyen2021;
using static Verify.Theorems.Tests.Nguyen2021.N21TestInstances;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>Each broken hypothesis gives the check that names it: a narrow last hidden layer, depth 1, a non-ReLU activation.</summary>
public sealed class N21HypothesisTests
{
    [Test]
    public void NarrowLastHiddenLayer_FailsTheTopologyAndIsBeyondScope()
    {
        var instance = Instance(8, 4, [64, 4, 1], ActivationSpec.Relu);

        var wide = Hypothesis(instance, "topology-wide-last-hidden");
        Assert.That(wide.Verdict, Is.EqualTo(Verdict.Fail), wide.Note);
        Assert.That(wide.Value, Is.EqualTo(4));
        Assert.That(wide.Note, Does.Contain("λ_F = σ_N(F_{L−1}) = 0"));
        Assert.That(Hypothesis(instance, "topology-depth").Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(Hypothesis(instance, "activation-relu").Verdict, Is.EqualTo(Verdict.Pass));
        var h0 = Hypothesis(instance, "instance-h0");
        Assert.That(h0.Verdict, Is.EqualTo(Verdict.Fail), h0.Note);
        var report = TheoremRunner.RunInstance(new Scenario("narrow", "test", 1, _ => instance), Context());
        Assert.That(report.InScope, Is.False);
        Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope));
    }

    [Test]
    public void DepthOne_FailsTheDepthCheck()
    {
        var instance = Instance(4, 8, [1], ActivationSpec.Relu);

        var depth = Hypothesis(instance, "topology-depth");
        Assert.That(depth.Verdict, Is.EqualTo(Verdict.Fail), depth.Note);
        Assert.That(depth.Value, Is.EqualTo(1));
        Assert.That(Hypothesis(instance, "topology-wide-last-hidden").Verdict, Is.EqualTo(Verdict.Fail));
        var theorem = new Nguyen2021Theorem(Backend);
        Assert.That(theorem.Mismatch(new NetworkSpec([1], ActivationSpec.Relu), new TrainingSpec([0.1], 10)), Does.Contain("1 weight layer"));
    }

    [Test]
    public void Tanh_FailsTheActivationCheck()
    {
        var instance = Instance(8, 4, [64, 1], ActivationSpec.Tanh);

        var relu = Hypothesis(instance, "activation-relu");
        Assert.That(relu.Verdict, Is.EqualTo(Verdict.Fail), relu.Note);
        Assert.That(relu.Note, Does.Contain("not ReLU"));
    }

    [Test]
    public void Mismatch_CoversReluMlpsAndNamesWhatElseDiffers()
    {
        var theorem = new Nguyen2021Theorem(Backend);
        var training = new TrainingSpec([0.1, 0.1, 0.1], 10);

        Assert.That(theorem.Mismatch(new NetworkSpec([8, 64, 1], ActivationSpec.Relu), training), Is.Null);
        Assert.That(theorem.Mismatch(new NetworkSpec([8, 64, 1], ActivationSpec.Tanh), training), Does.Contain("not ReLU"));
        Assert.That(theorem.Mismatch(new NetworkSpec([8, 64, 1], ActivationSpec.SmoothLeaky(0.2, 4)), training), Does.Contain("not ReLU"));
        Assert.That(theorem.Mismatch(new NetworkSpec([8, 64, 1], ActivationSpec.Relu, 0.5), training), Does.Contain("output scale"));
        Assert.That(theorem.Mismatch(new NetworkSpec([8, 64, 1], ActivationSpec.Relu), new TrainingSpec([0.1, 0, 0.1], 10)), Does.Contain("frozen"));
    }

    [Test]
    public void TanhSetup_IsSkippedByCheckWithTheReason()
    {
        var catalog = TheoremCatalog.Create(new TheoremServices(Backend));
        string path = Path.Combine(AppContext.BaseDirectory, "Nguyen2021", "examples", "random-labels", "setup.json");
        var setup = SetupLoader.Load(path, catalog.Select(t => t.Info.Id).ToList());
        var tanh = setup with { Network = setup.Network with { Activation = ActivationSpec.Tanh } };

        var (runnable, skipped) = SetupRunner.Select(catalog, tanh);

        Assert.That(runnable, Is.Empty);
        Assert.That(skipped.Single(s => s.Id == Nguyen2021Theorem.Id).Reason, Does.Contain("not ReLU"));
        Assert.That(SetupRunner.Select(catalog, setup).Runnable.Select(r => r.Theorem.Info.Id), Is.EqualTo(new[] { Nguyen2021Theorem.Id }));
    }
}

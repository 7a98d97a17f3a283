using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Nguyen2021;
using Verify.Training;
using static Verify.Theorems.Tests.Nguyen2021.N21TestInstances;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// Setups whose numbers overflow float64 somewhere (once an internal error, exit 3): every hypothesis still gives evidence —
/// undecided where an input it uses is not finite, decided where it can be.
/// </summary>
public sealed class OverflowTests
{
    private static readonly string[] Hypotheses = ["instance-h0", "instance-h1", "instance-h2", "instance-h3"];

    private static N21Instance Scaled(double inputs = 1, double firstLayer = 1, double targets = 1)
    {
        var random = new Xoshiro256StarStar(5);
        var x = N21Draws.Inputs(6, 4, random) * inputs;
        var y = Gaussian.Sample(6, 1, random) * targets;
        var drawn = N21Draws.Network(new NetworkSpec([64, 1], ActivationSpec.Relu), 4, "lecun", random);
        var network = new FeedForwardNetwork(drawn.Spec, [drawn.Weight(1) * firstLayer, drawn.Weight(2)]);
        return new N21Instance(Backend, new N21Setup(x, y, network, 1e-3, 5), Context(5));
    }

    [Test]
    public void HugeWeights_LeaveTheHypothesesUndecided_NamingTheOverflow()
    {
        var instance = Scaled(firstLayer: 1e200);

        foreach (string id in Hypotheses)
        {
            var evidence = Hypothesis(instance, id);
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive), $"{id}: {evidence.Note}");
            Assert.That(evidence.Note, Does.Contain("overflows float64"), id);
        }
    }

    [Test]
    public void HugeTargets_LeaveOnlyTheHypothesesThatUseTheResidualUndecided()
    {
        var instance = Scaled(targets: 1e300);

        Assert.That(Hypothesis(instance, "instance-h1").Note, Does.Contain("√(2Φ₀) = ∞"));
        Assert.That(Hypothesis(instance, "instance-h2").Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(Hypothesis(instance, "instance-h0").Verdict, Is.Not.EqualTo(Verdict.Error), "(H0) does not use the residual: decided");
        Assert.That(Hypothesis(instance, "instance-h3").Verdict, Is.EqualTo(Verdict.Pass).Or.EqualTo(Verdict.Fail), "(H3) neither");
    }

    [Test]
    public void HugeInputs_NeverThrow()
    {
        var instance = Scaled(inputs: 1e300);

        foreach (string id in Hypotheses)
        {
            Assert.That(Hypothesis(instance, id).Verdict, Is.Not.EqualTo(Verdict.Error), id);
        }
    }

    [Test]
    public void FavourableRadii_StayBelowTheChosenOnes_AndAreNeverNegative()
    {
        var inputs = new SectionFiveInputs(40, [3.0, 1.0], 2.5, 0.01);
        var (low, settled) = SectionFiveQuantities.RadiiFromBelow(inputs);
        var (chosen, fixedPoint) = SectionFiveQuantities.ChooseRadii(inputs);

        Assert.That(settled && fixedPoint, Is.True);
        Assert.That(low.Zip(chosen).All(p => p.First <= p.Second && p.First > 0), Is.True, $"{string.Join(", ", low)} vs {string.Join(", ", chosen)}");
        var zero = SectionFiveQuantities.From(new SectionFiveInputs(0, [3.0, 1.0], 2.5, 0.01), [1.0, 1.0], pessimistic: false);
        Assert.That(zero.Movements, Is.All.GreaterThanOrEqualTo(0.0), "λ_F = 0 rounded down stays 0, not −4.9e−324");
        Assert.That(zero.LambdaFSquared, Is.InRange(0.0, double.Epsilon), "rounded up at the favourable end: at most the smallest subnormal");
    }
}

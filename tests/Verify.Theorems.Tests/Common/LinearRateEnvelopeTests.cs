using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

/// <summary>The linear-rate envelope on hand-made loss sequences with known ratios, and its edges.</summary>
public sealed class LinearRateEnvelopeTests
{
    private static readonly EnvelopePlot Plot = new("loss", "step k", "loss", "loss", "envelope");

    /// <summary>A floor far below every loss used here, so only the envelope decides.</summary>
    private static readonly double NoFloor = Math.Log(1e-300);

    private static Evidence Check(double[] losses, double rho, double? logFloor = null) =>
        LinearRateEnvelope.Check(losses, rho, logFloor ?? NoFloor, Plot);

    [Test]
    public void KnownRatioBelowTheEnvelope_Passes_WithThatRatio()
    {
        // ρ = ½: envelope 1, ½, ¼, ⅛; losses at ratios 1, ½, 0.8, 0.25.
        var evidence = Check([1, 0.25, 0.2, 0.03125], 0.5);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(0.8).Within(1e-14));
        Assert.That(evidence.Note, Does.Contain("worst at step 2"));
        Assert.That(evidence.Figure!.Series[1].Y, Is.EqualTo(new[] { 1, 0.5, 0.25, 0.125 }));
    }

    [Test]
    public void LossAboveTheEnvelopeAtAKnownStep_Fails_WithThatRatio()
    {
        var evidence = Check([2, 1, 0.75, 0.1], 0.5);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(1.5).Within(1e-14));
        Assert.That(evidence.Note, Does.Contain("worst at step 2"));
    }

    [Test]
    public void LossOnTheEnvelope_IsUndecided_WithinTheChecksRounding()
    {
        // exactly on ρᵏ·loss(0) at step 2 (and one ulp above it at step 3): the exact loss may lie on either side of the exact envelope
        var onIt = Check([1, 0.25, 0.25, Math.BitIncrement(0.125)], 0.5);
        var clearlyBelow = Check([1, 0.25, 0.25 * (1 - 1e-9), 0.1], 0.5);

        Assert.That(onIt.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(onIt.Note, Does.Contain("undecided: at step 2"));
        Assert.That(clearlyBelow.Verdict, Is.EqualTo(Verdict.Pass), "10⁻⁹ below is far outside an allowance of a few ε");
    }

    [Test]
    public void BelowTheFloor_OnlyTheFloorIsAsked()
    {
        // ρ = 0.01: the envelope 10⁻²ᵏ falls below the floor 10⁻¹⁰ after step 5.
        double logFloor = Math.Log(1e-10);

        var atHalfTheFloor = Check([1, 1e-3, 1e-5, 1e-7, 1e-9, 5e-11, 5e-11, 5e-11], 0.01, logFloor);
        var aboveTheFloor = Check([1, 1e-3, 1e-5, 1e-7, 1e-9, 5e-11, 5e-11, 2e-10], 0.01, logFloor);

        Assert.That(atHalfTheFloor.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(atHalfTheFloor.Value, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(aboveTheFloor.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(aboveTheFloor.Value, Is.EqualTo(2).Within(1e-12));
        Assert.That(aboveTheFloor.Note, Does.Contain("worst at step 7"));
        Assert.That(LinearRateEnvelope.LogFloorOfSquare(1e-200), Is.EqualTo(2 * Math.Log(1e-200)), "no underflow of the squared resolution");
    }

    [TestCase(1.0, "≥ 1")]
    [TestCase(1.25, "≥ 1")]
    [TestCase(0.0, "≤ 0")]
    [TestCase(-0.5, "≤ 0")]
    [TestCase(double.NaN, "ρ is NaN")]
    [TestCase(double.PositiveInfinity, "ρ is ∞")]
    public void ContractionOutsideZeroOne_IsUndecidedNeverPassed(double rho, string reason)
    {
        var evidence = Check([1, 0.5, 0.25], rho);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive), "no rate is asserted, so none can hold or fail");
        Assert.That(evidence.Note, Does.Contain(reason));
        bool drawn = double.IsFinite(rho) && rho > 0;
        Assert.That(evidence.Figure!.Series, Has.Count.EqualTo(drawn ? 2 : 1), "no envelope with a non-positive or non-finite factor");
        Assert.That(evidence.Figure.Note, drawn ? Is.Null : Does.StartWith("The envelope envelope is not drawn: its factor ρ = "), "the caption says why");
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(-1.0)]
    public void InitialLossNotFiniteOrNegative_IsUndecided(double initial)
    {
        var evidence = Check([initial, 0.5, 0.25], 0.5);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(evidence.Note, Does.Contain("the initial loss is"));
    }

    [Test]
    public void NaNLossLater_Fails_NamingTheStep()
    {
        var evidence = Check([1, 0.25, double.NaN, 0.01], 0.5);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
        Assert.That(evidence.Note, Does.Contain("loss NaN at step 2"));
    }

    [Test]
    public void ZeroInitialLoss_AsksForTheFloor()
    {
        double logFloor = Math.Log(1e-20);

        Assert.That(Check([0, 0, 1e-21], 0.5, logFloor).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(Check([0, 0, 1.0], 0.5, logFloor).Verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void OnlyTheInitialStep_PassesWithRatioOne()
    {
        var evidence = Check([0.3], 0.5);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(1.0));
    }
}

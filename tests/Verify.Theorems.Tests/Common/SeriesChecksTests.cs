using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

/// <summary>"A series stays below its bound at every step": the worst step, constant and per-step bounds, NaN, allowances.</summary>
public sealed class SeriesChecksTests
{
    private static readonly SeriesPlot Plot = new("title", "step k", "value", LogY: false, "value", "bound");

    private static List<double> Steps(int count) => SeriesChecks.EveryStep(count);

    [Test]
    public void ConstantBound_Holding_ReportsTheLargestValueAndItsStep()
    {
        var evidence = SeriesChecks.StaysBelow(Steps(4), [0.1, 0.5, 0.3, 0.5], 1.0, Plot);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(0.5));
        Assert.That(evidence.Bound, Is.EqualTo(1.0));
        Assert.That(evidence.Margin, Is.EqualTo(0.5));
        Assert.That(evidence.Note, Does.StartWith("worst at step 1 of 0…3"));
    }

    [Test]
    public void SeriesCrossingItsBoundAtAKnownStep_Fails_NamingTheStep()
    {
        var evidence = SeriesChecks.StaysBelow([10.0, 20, 30, 40], [0.1, 0.5, 1.2, 0.9], 1.0, Plot, note: "diverged at step 40");

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(1.2));
        Assert.That(evidence.Note, Is.EqualTo("worst at step 30 of 10…40; diverged at step 40"));
    }

    [Test]
    public void StrictRelation_FailsOnEquality()
    {
        Assert.That(SeriesChecks.StaysBelow(Steps(2), [0.5, 1.0], 1.0, Plot, relation: Relation.LessOrEqual).Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(SeriesChecks.StaysBelow(Steps(2), [0.5, 1.0], 1.0, Plot, relation: Relation.Less).Verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void PerStepBound_TheWorstStepIsTheSmallestRelativeMargin()
    {
        // Margins (b − v)/b: 0.5, 0.5, 0.04 → step 2, though the largest value is at step 0.
        var holding = SeriesChecks.StaysBelow(Steps(3), [1.0, 0.5, 0.24], [2.0, 1.0, 0.25], Plot);
        // Crosses at step 2 only: 1 > 0.5.
        var crossing = SeriesChecks.StaysBelow(Steps(3), [1.0, 1.0, 1.0], [4.0, 2.0, 0.5], Plot);

        Assert.That(holding.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That((holding.Value, holding.Bound), Is.EqualTo((0.24, 0.25)));
        Assert.That(holding.Note, Does.StartWith("worst at step 2"));
        Assert.That(crossing.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That((crossing.Value, crossing.Bound), Is.EqualTo((1.0, 0.5)));
        Assert.That(crossing.Figure!.Series[1].Y, Is.EqualTo(new[] { 4.0, 2.0, 0.5 }), "a per-step bound is drawn as a curve");
    }

    [Test]
    public void ConstantBoundOfZero_StillPicksTheLargestValue()
    {
        var evidence = SeriesChecks.StaysBelow(Steps(3), [0.0, 2.0, 1.0], 0.0, Plot);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(2.0));
    }

    [Test]
    public void NaNAnywhere_Fails_NamingTheStep()
    {
        var evidence = SeriesChecks.StaysBelow(Steps(5), [0.1, 0.2, 0.3, double.NaN, 0.1], 1.0, Plot);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
        Assert.That(evidence.Note, Does.Contain("value NaN at step 3"));
    }

    [Test]
    public void NonFiniteBound_Fails_WithTheWorstValue()
    {
        var evidence = SeriesChecks.StaysBelow(Steps(3), [0.1, 0.7, 0.3], double.NaN, Plot);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(0.7));
        Assert.That(evidence.Note, Does.Contain("bound is NaN"));
    }

    [Test]
    public void Allowance_DecidesOnlyOutsideIt()
    {
        double[] allowance = [1e-10, 1e-10, 1e-10];

        var inside = SeriesChecks.StaysBelow(Steps(3), [0.5, 1 + 1e-12, 0.5], 1.0, Plot, allowance);
        var beyond = SeriesChecks.StaysBelow(Steps(3), [0.5, 1 + 1e-9, 0.5], 1.0, Plot, allowance);
        var clear = SeriesChecks.StaysBelow(Steps(3), [0.5, 1 - 1e-9, 0.5], 1.0, Plot, allowance);

        Assert.That(inside.Verdict, Is.EqualTo(Verdict.Inconclusive), inside.Note);
        Assert.That(inside.Note, Does.Contain("not decided"));
        Assert.That(beyond.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(clear.Verdict, Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public void StaysAbove_ReportsTheSmallestValue()
    {
        var evidence = SeriesChecks.StaysAbove(Steps(3), [3.0, 2.0, 2.5], 1.0, Plot);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(2.0));
        Assert.That(evidence.Relation, Is.EqualTo(Relation.GreaterOrEqual));
    }

    [Test]
    public void Figure_DrawsValuesTheConstantBoundAndReferences()
    {
        var plot = Plot with { References = [Series.Constant("other", 5, 0, 1)] };

        var figure = SeriesChecks.StaysBelow([2.0, 3, 4], [0.1, 0.2, 0.3], 1.0, plot).Figure!;

        Assert.That(figure.Series.Select(s => s.Name), Is.EqualTo(new[] { "value", "bound", "other" }));
        Assert.That(figure.Series[1].X, Is.EqualTo(new[] { 2.0, 4.0 }));
        Assert.That(figure.Series[1].Y, Is.EqualTo(new[] { 1.0, 1.0 }));
    }

    [Test]
    public void EmptyOrMismatchedSeries()
    {
        Assert.That(SeriesChecks.StaysBelow([], [], 1.0, Plot).Verdict, Is.EqualTo(Verdict.Fail));
        Assert.Throws<ArgumentException>(() => SeriesChecks.StaysBelow(Steps(2), [1.0], 1.0, Plot));
        Assert.Throws<ArgumentException>(() => SeriesChecks.StaysBelow(Steps(1), [1.0], 1.0, Plot, relation: Relation.Greater));
    }
}

using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Tests.Common;

public sealed class FigureThinningTests
{
    private static Evidence WithSeries(int count) => Evidence.Compare(1, Relation.LessOrEqual, 2, "n", new Figure("t", "k", "v", LogY: true,
        [Series.Of("long", [.. Enumerable.Range(0, count).Select(k => (double)k)], [.. Enumerable.Range(0, count).Select(k => 1.0 / (k + 1))]),
         Series.Constant("bound", 2, 0, count - 1)]));

    [Test]
    public void LongSeries_KeepFirstLastAndLogSpacedSteps_VerdictUntouched()
    {
        var evidence = WithSeries(10_000);

        var thinned = FigureThinning.LogSpaced(evidence);

        var series = thinned.Figure!.Series[0];
        Assert.That(series.X.Count, Is.LessThan(120), "8 per octave over 2^13.3");
        Assert.That((series.X[0], series.X[^1]), Is.EqualTo((0.0, 9999.0)));
        Assert.That(series.Y.Zip(series.X, (y, x) => y == 1.0 / (x + 1)), Has.All.True, "points are the original ones");
        Assert.That(thinned.Figure.Series[1], Is.SameAs(evidence.Figure!.Series[1]), "a short series is left alone");
        Assert.That(thinned.Figure.Note, Does.Contain("log-spaced"));
        Assert.That(thinned with { Figure = null }, Is.EqualTo(evidence with { Figure = null }), "value, bound, margin, verdict and note unchanged");
    }

    [Test]
    public void ShortSeries_AreNotTouched()
    {
        var evidence = WithSeries(100);
        Assert.That(FigureThinning.LogSpaced(evidence), Is.SameAs(evidence));
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class DecimationTests
{
    [Test]
    public void MinMax_KeepsAtMostTheLimitAndTheFirstLastAndExtremePoints()
    {
        int count = 100_000;
        double[] x = [.. Enumerable.Range(0, count).Select(i => (double)i)];
        double[] y = [.. x.Select(k => Math.Sin(k / 977.0) + 0.01 * Math.Cos(k))];
        y[31_415] = 50;
        y[77_777] = -50;

        var (keptX, keptY) = Decimation.MinMax(x, y, 2000);

        Assert.That(keptX, Has.Length.LessThanOrEqualTo(2000));
        Assert.That(keptX[0], Is.EqualTo(0));
        Assert.That(keptX[^1], Is.EqualTo(count - 1));
        Assert.That(keptY.Max(), Is.EqualTo(50));
        Assert.That(keptY.Min(), Is.EqualTo(-50));
        Assert.That(keptX, Is.Ordered.Ascending);
    }

    [Test]
    public void MinMax_LeavesShortSeriesAlone()
    {
        double[] x = [0, 1, 2];
        double[] y = [3, 1, 2];

        var (keptX, keptY) = Decimation.MinMax(x, y, 2000);

        Assert.That(keptX, Is.EqualTo(x));
        Assert.That(keptY, Is.EqualTo(y));
    }

    [Test]
    public void PlotSeries_DecimatesAfterTakingLogs()
    {
        double[] x = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] y = [.. x.Select(k => Math.Pow(0.999, k))];

        var series = PlotSeries.From(Series.Of("loss", x, y), logY: true, FigureRenderer.MaxPointsPerSeries);

        Assert.That(series.X, Has.Length.LessThanOrEqualTo(FigureRenderer.MaxPointsPerSeries));
        Assert.That(series.Y.Max(), Is.EqualTo(0).Within(1e-12));
        Assert.That(series.Y.Min(), Is.EqualTo(9999 * Math.Log10(0.999)).Within(1e-9));
        Assert.That(series.IsReferenceLine, Is.False);
    }
}

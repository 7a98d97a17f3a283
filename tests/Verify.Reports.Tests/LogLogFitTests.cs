using NUnit.Framework;

namespace Verify.Reports.Tests;

public sealed class LogLogFitTests
{
    [Test]
    public void APowerLaw_HasItsExponentAsSlope()
    {
        double[] x = [100, 500, 1000, 10_000];
        var fit = LogLogFit.Of(x, [.. x.Select(m => 3 / Math.Sqrt(m))])!;

        // exact data: only rounding of log10 and the sums, a few ulps of numbers of order 1
        Assert.That(fit.Slope, Is.EqualTo(-0.5).Within(1e-12));
        Assert.That(fit.Intercept, Is.EqualTo(Math.Log10(3)).Within(1e-12));
        Assert.That(fit.Through(1000, -0.5), Is.EqualTo(3 / Math.Sqrt(1000)).Within(1e-12));
        Assert.That(LogLogFit.Text(fit.Slope), Is.EqualTo("−0.50"));
    }

    [Test]
    public void NoisyPoints_GiveTheLeastSquaresSlope()
    {
        // log10 y = 0, 1, 0 at log10 x = 0, 1, 2: least squares gives slope 0 and intercept 1/3
        var fit = LogLogFit.Of([1, 10, 100], [1, 10, 1])!;

        Assert.That(fit.Slope, Is.EqualTo(0).Within(1e-12));
        Assert.That(fit.Intercept, Is.EqualTo(1.0 / 3).Within(1e-12));
    }

    [Test]
    public void NonPositivePointsAreLeftOut_AndFewerThanTwoDistinctXGiveNoFit()
    {
        Assert.That(LogLogFit.Of([1, 10, 100], [1, 0, 100])!.Slope, Is.EqualTo(1).Within(1e-12));
        Assert.That(LogLogFit.Of([10, 10], [1, 2]), Is.Null);
        Assert.That(LogLogFit.Of([10, 100], [1, -2]), Is.Null);
    }
}

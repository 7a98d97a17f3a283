using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Numerics;

namespace Verify.Numerics.Tests;

/// <summary>
/// <see cref="Interval"/>'s operations on random intervals against the exact result over rationals: each result
/// encloses the exact range and each endpoint is within 2 ulps of it (one rounding plus the outward step).
/// </summary>
public sealed class IntervalTests
{
    private const int Trials = 2000;

    [Test]
    public void SumDifferenceAndProductEncloseTheExactRangeTightly()
    {
        var random = new Xoshiro256StarStar(11);
        for (var t = 0; t < Trials; t++)
        {
            Interval a = RandomInterval(random), b = RandomInterval(random);
            AssertTight(a + b, R(a.Lo) + R(b.Lo), R(a.Hi) + R(b.Hi), $"{a} + {b}");
            AssertTight(a - b, R(a.Lo) - R(b.Hi), R(a.Hi) - R(b.Lo), $"{a} − {b}");
            ExactRational[] products = [R(a.Lo) * R(b.Lo), R(a.Lo) * R(b.Hi), R(a.Hi) * R(b.Lo), R(a.Hi) * R(b.Hi)];
            AssertTight(a * b, products.Min(), products.Max(), $"{a} × {b}");
            var s = RandomDouble(random);
            ExactRational[] scaled = [R(s) * R(a.Lo), R(s) * R(a.Hi)];
            AssertTight(s * a, scaled.Min(), scaled.Max(), $"{s} × {a}");
        }
    }

    [Test]
    public void SquareMignitudeAndMagnitudeAreTheExactExtremes()
    {
        var random = new Xoshiro256StarStar(12);
        for (var t = 0; t < Trials; t++)
        {
            var a = RandomInterval(random);
            var containsZero = a.Lo <= 0 && a.Hi >= 0;
            var mig = containsZero ? 0.0 : Math.Min(Math.Abs(a.Lo), Math.Abs(a.Hi));
            var mag = Math.Max(Math.Abs(a.Lo), Math.Abs(a.Hi));
            Assert.That(a.Mignitude, Is.EqualTo(mig), a.ToString());
            Assert.That(a.Magnitude, Is.EqualTo(mag), a.ToString());
            AssertTight(a.Square(), R(mig) * R(mig), R(mag) * R(mag), $"{a}²");
            Assert.That(a.Square().Lo, Is.GreaterThanOrEqualTo(0.0));
        }
    }

    [Test]
    public void DotProductsEncloseTheExactRange()
    {
        var random = new Xoshiro256StarStar(13);
        for (var t = 0; t < Trials / 10; t++)
        {
            var n = 1 + random.Next(8);
            var a = Enumerable.Range(0, n).Select(_ => RandomInterval(random)).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => RandomInterval(random)).ToArray();
            var c = Enumerable.Range(0, n).Select(_ => RandomDouble(random)).ToArray();
            ExactRational lo = ExactRational.Zero, hi = ExactRational.Zero, loc = ExactRational.Zero, hic = ExactRational.Zero, size = ExactRational.Zero;
            for (var k = 0; k < n; k++)
            {
                ExactRational[] p = [R(a[k].Lo) * R(b[k].Lo), R(a[k].Lo) * R(b[k].Hi), R(a[k].Hi) * R(b[k].Lo), R(a[k].Hi) * R(b[k].Hi)];
                lo += p.Min();
                hi += p.Max();
                ExactRational[] q = [R(c[k]) * R(a[k].Lo), R(c[k]) * R(a[k].Hi)];
                loc += q.Min();
                hic += q.Max();
                size += R(a[k].Magnitude) * R(Math.Max(b[k].Magnitude, Math.Abs(c[k])));
            }

            // Each of the 2n roundings moves an endpoint by ≤ 2 ulps of a partial sum bounded by Σ|a||b|.
            var slack = R(4 * n * 2.3e-16) * size;
            AssertEncloses(Interval.Dot(a, b), lo, hi, slack, "interval · interval");
            AssertEncloses(Interval.Dot(a, c), loc, hic, slack, "interval · double");
        }
    }

    [Test]
    public void ZeroTimesInfinityIsZeroAndUnderflowStaysEnclosed()
    {
        var unbounded = new Interval(1, double.PositiveInfinity);
        Assert.Multiple(() =>
        {
            Assert.That(Interval.Point(0) * unbounded, Is.EqualTo(Interval.Point(0)));
            Assert.That(new Interval(-1, 2) * unbounded, Is.EqualTo(new Interval(double.NegativeInfinity, double.PositiveInfinity)));
            var tiny = Interval.Point(1e-200) * Interval.Point(1e-200);
            Assert.That(tiny.Lo, Is.LessThanOrEqualTo(0.0));
            Assert.That(tiny.Hi, Is.GreaterThan(0.0), "an underflowed positive product keeps a positive upper end");
            Assert.That(Interval.Point(1e300) * Interval.Point(1e300), Is.EqualTo(new Interval(double.MaxValue, double.PositiveInfinity)));
        });
    }

    [Test]
    public void NaNAndEmptyIntervalsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new Interval(double.NaN, 1));
            Assert.Throws<ArgumentException>(() => _ = new Interval(0, double.NaN));
            Assert.Throws<ArgumentException>(() => _ = new Interval(2, 1));
            Assert.Throws<ArgumentException>(() => _ = Interval.Point(double.PositiveInfinity));
        });
    }

    private static ExactRational R(double x) => ExactRational.FromDouble(x);

    private static void AssertTight(Interval result, ExactRational lo, ExactRational hi, string what)
    {
        Assert.That(R(result.Lo) <= lo && hi <= R(result.Hi), Is.True, $"{what} = {result} does not enclose the exact range");
        var twoUlpsUp = R(Math.BitIncrement(Math.BitIncrement(result.Lo)));
        var twoUlpsDown = R(Math.BitDecrement(Math.BitDecrement(result.Hi)));
        Assert.That(twoUlpsUp >= lo && twoUlpsDown <= hi, Is.True, $"{what} = {result} is more than 2 ulps wider than the exact range");
    }

    private static void AssertEncloses(Interval result, ExactRational lo, ExactRational hi, ExactRational slack, string what)
    {
        Assert.That(R(result.Lo) <= lo && hi <= R(result.Hi), Is.True, $"{what} = {result} does not enclose the exact range");
        Assert.That(lo - R(result.Lo) <= slack && R(result.Hi) - hi <= slack, Is.True, $"{what} = {result} is wider than the rounding allows");
    }

    /// <summary>A double of random sign, 53 random bits and exponent in [−40, 40], or an exact 0 one time in 20.</summary>
    private static double RandomDouble(Random random)
    {
        if (random.Next(20) == 0)
        {
            return 0.0;
        }

        var mantissa = 1 + random.NextDouble();
        return (random.Next(2) == 0 ? -1 : 1) * Math.ScaleB(mantissa, random.Next(-40, 41));
    }

    private static Interval RandomInterval(Random random)
    {
        double a = RandomDouble(random), b = random.Next(4) == 0 ? a : RandomDouble(random);
        return new Interval(Math.Min(a, b), Math.Max(a, b));
    }
}

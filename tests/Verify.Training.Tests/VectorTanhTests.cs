using NUnit.Framework;

namespace Verify.Training.Tests;

/// <summary>The engine's SIMD tanh against Math.Tanh: absolute and relative error near 0, around the switch, for large |x|.</summary>
public sealed class VectorTanhTests
{
    [TestCase(1e-300, 1e-12, TestName = "tiny |x| (1e-300 … 1e-12)")]
    [TestCase(1e-12, 1e-4, TestName = "small |x| (1e-12 … 1e-4)")]
    [TestCase(1e-4, 0.6, TestName = "near 0 (1e-4 … 0.6)")]
    [TestCase(0.6, 0.65, TestName = "around the switch at 0.625")]
    [TestCase(0.65, 5.0, TestName = "moderate |x| (0.65 … 5)")]
    [TestCase(5.0, 25.0, TestName = "large |x| (5 … 25)")]
    [TestCase(25.0, 1e308, TestName = "huge |x| (25 … 1e308)")]
    public void WithinAFewUlpsOfMathTanh(double from, double to)
    {
        // 20 001 log-spaced points per range and their negatives. Math.Tanh (glibc) is itself within an ulp, so the bound
        // is on the difference between the two: ≤ 4 ulps of Math.Tanh's result (relative ≤ 4·2⁻⁵² ≈ 9e-16) and absolute
        // ≤ 2ε = 4.4e-16 — the "few ε" a gradient needs, and the relative accuracy near 0 that TensorPrimitives.Tanh lacks.
        const int count = 20_001;
        var x = Enumerable.Range(0, count).Select(i => from * Math.Pow(to / from, i / (double)(count - 1))).ToArray();
        x = [.. x, .. x.Select(v => -v)];
        var y = new double[x.Length];
        VectorTanh.Apply(x, y);

        double worstUlps = 0, worstAbsolute = 0, worstRelative = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var expected = Math.Tanh(x[i]);
            var error = Math.Abs(y[i] - expected);
            var ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
            worstUlps = Math.Max(worstUlps, error / ulp);
            worstAbsolute = Math.Max(worstAbsolute, error);
            worstRelative = Math.Max(worstRelative, error / Math.Abs(expected));
        }

        TestContext.Out.WriteLine($"[{from:G3}, {to:G3}]: max {worstUlps} ulps, absolute {worstAbsolute:G3}, relative {worstRelative:G3}");
        Assert.Multiple(() =>
        {
            Assert.That(worstUlps, Is.LessThanOrEqualTo(4));
            Assert.That(worstAbsolute, Is.LessThanOrEqualTo(2 * Math.Pow(2, -52)));
        });
    }

    [Test]
    public void SpecialValuesAndTheTailOfASpan()
    {
        double[] x = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 400, -400, 0.625, -0.625];
        var y = new double[x.Length];
        VectorTanh.Apply(x, y);
        var single = x.Select(v =>
        {
            var one = new double[1];
            VectorTanh.Apply([v], one);
            return one[0];
        });

        Assert.Multiple(() =>
        {
            Assert.That(y[..4], Is.EqualTo(new[] { 0.0, -0.0, 1.0, -1.0 }));
            Assert.That(double.IsNegative(y[1]), Is.True, "tanh(−0) = −0");
            Assert.That(double.IsNaN(y[4]), Is.True);
            Assert.That(y[5..7], Is.EqualTo(new[] { 1.0, -1.0 }));
            Assert.That(y.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(single.Select(BitConverter.DoubleToInt64Bits)), "a value does not depend on its place in the span");
        });
    }
}

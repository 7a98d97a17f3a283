using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class SmtRationalTests
{
    [TestCase(0.1, "(/ 3602879701896397.0 36028797018963968.0)")]
    [TestCase(-2.5, "(- (/ 5.0 2.0))")]
    [TestCase(3.0, "3.0")]
    [TestCase(-3.0, "(- 3.0)")]
    [TestCase(0.5, "(/ 1.0 2.0)")]
    [TestCase(1152921504606846976.0, "1152921504606846976.0")] // 2^60
    [TestCase(0.0, "0.0")]
    [TestCase(-0.0, "0.0")]
    public void WritesTheExactBinaryValue(double value, string expected)
    {
        Assert.That(SmtRational.FromDouble(value), Is.EqualTo(expected));
    }

    [Test]
    public void WritesTinyAndSubnormalValuesExactly()
    {
        // 2^-1074, the smallest subnormal.
        string smallest = SmtRational.FromDouble(double.Epsilon);
        Assert.That(smallest, Is.EqualTo($"(/ 1.0 {System.Numerics.BigInteger.Pow(2, 1074)}.0)"));

        // 1e-300: an odd numerator over a power of two whose value is the double exactly.
        string tiny = SmtRational.FromDouble(1e-300);
        Assert.That(tiny, Does.Match(@"^\(/ \d+\.0 \d+\.0\)$"));
        string[] parts = tiny[3..^1].Split(' ');
        var numerator = System.Numerics.BigInteger.Parse(parts[0][..^2]);
        var denominator = System.Numerics.BigInteger.Parse(parts[1][..^2]);
        Assert.That(numerator.IsEven, Is.False);
        Assert.That(denominator.IsPowerOfTwo, Is.True);
        int power = (int)denominator.GetBitLength() - 1;
        Assert.That(Math.ScaleB((double)numerator, -power), Is.EqualTo(1e-300), "numerator / 2^power must be the double exactly");
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void RejectsValuesWithoutARationalValue(double value)
    {
        Assert.Throws<ArgumentException>(() => SmtRational.FromDouble(value));
    }

    [Test]
    public void LargestFiniteValueIsAnInteger()
    {
        string max = SmtRational.FromDouble(double.MaxValue);
        Assert.That(max, Does.EndWith(".0"));
        Assert.That(max.Length, Is.EqualTo(311)); // 309 digits + ".0"
    }
}

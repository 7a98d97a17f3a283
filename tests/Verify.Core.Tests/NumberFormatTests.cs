using NUnit.Framework;

namespace Verify.Core.Tests;

public sealed class NumberFormatTests
{
    [TestCase(7.052159e18, 6, "7.05216e18")]
    [TestCase(1.937e-8, 6, "1.937e-8")]
    [TestCase(2.96e12, 6, "2.96e12")]
    [TestCase(262144.0, 6, "262144")]
    [TestCase(2097152.0, 6, "2.09715e6")]
    [TestCase(0.000251445, 6, "0.000251445")]
    [TestCase(0.0000251445, 6, "2.51445e-5")]
    [TestCase(-0.0525656123, 6, "-0.0525656")]
    [TestCase(999999.7, 6, "1e6")]
    [TestCase(9.9999996, 6, "10")]
    [TestCase(0.1 + 0.2, 6, "0.3")]
    [TestCase(1.2e29, 3, "1.2e29")]
    [TestCase(4000.0, 3, "4000")]
    [TestCase(123456.0, 3, "123000")]
    [TestCase(99999.0, 3, "100000")]
    [TestCase(1e6, 3, "1e6")]
    [TestCase(0.0125, 3, "0.0125")]
    [TestCase(1e-20, 3, "1e-20")]
    [TestCase(0.0, 6, "0")]
    [TestCase(double.NaN, 6, "NaN")]
    [TestCase(double.PositiveInfinity, 6, "∞")]
    [TestCase(double.NegativeInfinity, 6, "−∞")]
    [TestCase(3.2691, 4, "3.269")]
    [TestCase(0.99999999999999989, 17, "0.99999999999999989")]
    [TestCase(-8.046227176575476e297, 17, "-8.0462271765754763e297")]
    [TestCase(123.456, 17, "123.456")]
    public void Text_KnownAnswers(double value, int digits, string expected)
    {
        Assert.That(NumberFormat.Text(value, digits), Is.EqualTo(expected));
    }

    [Test]
    public void Text_WritesACountExactly()
    {
        Assert.That(NumberFormat.Text(2097152L), Is.EqualTo("2097152"));
        Assert.That(NumberFormat.Text(2097152), Is.EqualTo("2097152"), "an int is a count too");
    }

    [Test]
    public void Text_ReadsBackWithinHalfAUnitInTheLastDigit()
    {
        var random = new Random(5);
        for (int i = 0; i < 2000; i++)
        {
            double value = Math.Exp(random.NextDouble() * 80 - 40) * (random.Next(2) == 0 ? -1 : 1);
            string text = NumberFormat.Text(value);
            double back = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(Math.Abs(back - value), Is.LessThanOrEqualTo(0.5e-5 * Math.Abs(value) * (1 + 1e-12)), text);
            Assert.That(text, Does.Not.Contain("E").And.Not.Contain("+"), "one exponent style: 1.5e-8");
        }
    }

    [Test]
    public void Text_RefusesDigitsOutsideOneToSeventeen()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormat.Text(1.0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormat.Text(1.0, 18));
    }
}

using System.Globalization;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class ParameterTests
{
    [TestCase(100, "100")]
    [TestCase(1_000_000, "1e6")]
    [TestCase(0.5, "0.5")]
    [TestCase(1.0 / 3, "0.333333")]
    [TestCase(-2.5e-7, "-2.5e-7")]
    [TestCase(double.NaN, "NaN")]
    public void Number_KeepsTheValueAndShowsItInvariantlyWithSixDigits(double value, string text)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone(); // the tests run in globalization-invariant mode
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "−";
            CultureInfo.CurrentCulture = comma;
            var parameter = Parameter.Number("m", value);

            Assert.That(parameter, Is.EqualTo(new Parameter("m", value, text)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void TextOnly_HasNoNumber()
    {
        Assert.That(Parameter.TextOnly("η", "λ₀/(4n²)"), Is.EqualTo(new Parameter("η", null, "λ₀/(4n²)")));
    }
}

using NUnit.Framework;

namespace Verify.Reports.Tests;

public sealed class TicksAndNumbersTests
{
    [TestCase(1e19, "10¹⁹")]
    [TestCase(-2.5e-7, "−2.5×10⁻⁷")]
    [TestCase(250.0, "250")]
    public void Typeset_KnownAnswers(double value, string expected)
    {
        Assert.That(NumberText.Typeset(value), Is.EqualTo(expected));
    }

    [Test]
    public void LogTicks_OverManyDecades_LabelDecadesOnly()
    {
        var ticks = LogTicks.For(-6.2, 0.3);
        var labels = ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();

        Assert.That(labels, Is.EqualTo(new[] { "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰" }));
        Assert.That(ticks.Count(t => !t.IsMajor), Is.GreaterThan(40), "minor ticks at 2…9 × 10ⁿ");
    }

    [Test]
    public void LogTicks_OverVeryManyDecades_ThinOutTheLabels()
    {
        var majors = LogTicks.For(-30, 0).Where(t => t.IsMajor).ToList();

        Assert.That(majors.Count, Is.InRange(4, 8));
    }

    [TestCase(0.4, 0.8)]
    [TestCase(0.5, 0.52)]
    [TestCase(3e-5, 2e-4)]
    [TestCase(6.9, 14.2)]
    public void LogTicks_OverANarrowRange_StillLabelAtLeastTwoValues(double low, double high)
    {
        var majors = LogTicks.For(Math.Log10(low), Math.Log10(high)).Where(t => t.IsMajor).ToList();

        Assert.That(majors.Count, Is.GreaterThanOrEqualTo(2));
        Assert.That(majors.Select(t => t.Position), Is.All.InRange(Math.Log10(low) - 1e-9, Math.Log10(high) + 1e-9));
        double span = Math.Log10(high) - Math.Log10(low);
        Assert.That(majors.Max(t => t.Position) - majors.Min(t => t.Position), Is.GreaterThanOrEqualTo(0.5 * span), "labels across the range, not bunched at one end");
    }

    [TestCase(3.269, 3.269)]
    [TestCase(3.269, 3.2690000000000006)]
    [TestCase(1e300, 1.0000000000000002e300)]
    public void LogTicks_OverARangeOfAFewUlps_GiveOneTickAndReturn(double low, double high)
    {
        // a flat curve: the linear step is below the values' ulp and stepping would never advance (it once hung a report)
        var majors = LogTicks.For(Math.Log10(low), Math.Log10(high)).Where(t => t.IsMajor).ToList();

        Assert.That(majors.Count, Is.InRange(1, 17));
        Assert.That(majors[0].Position, Is.EqualTo(Math.Log10(low)).Within(1e-12));
    }

    [Test]
    public void FileNames_AreSanitized()
    {
        Assert.That(FigureFiles.Sanitize("du2019_in scope_0_λ-min/H(k)"), Is.EqualTo("du2019_in_scope_0__-min_H_k_"));
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class ClopperPearsonTests
{
    [Test]
    public void NoSuccess_UpperIsClosedForm()
    {
        var (lower, upper) = ClopperPearson.Interval(0, 10);

        Assert.That(lower, Is.EqualTo(0.0));
        Assert.That(upper, Is.EqualTo(1 - Math.Pow(0.025, 0.1)).Within(1e-10));
    }

    [Test]
    public void AllSuccesses_LowerIsClosedForm()
    {
        var (lower, upper) = ClopperPearson.Interval(10, 10);

        Assert.That(lower, Is.EqualTo(Math.Pow(0.025, 0.1)).Within(1e-10));
        Assert.That(upper, Is.EqualTo(1.0));
    }

    [Test]
    public void HalfOfTwenty_MatchesTables()
    {
        // Tabulated exact 95% interval for 10/20 (e.g. R's binom.test): [0.2719578, 0.7280422].
        var (lower, upper) = ClopperPearson.Interval(10, 20);

        Assert.That(lower, Is.EqualTo(0.2719578).Within(1e-7));
        Assert.That(upper, Is.EqualTo(0.7280422).Within(1e-7));
    }

    [TestCase(-1, 10)]
    [TestCase(11, 10)]
    [TestCase(0, 0)]
    public void RejectsImpossibleCounts(int successes, int trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClopperPearson.Interval(successes, trials));
    }
}

using NUnit.Framework;

namespace Verify.Symbolic.Tests;

/// <summary>Argument checks that run before Z3 is needed, so they run with or without it.</summary>
[TestFixture]
public sealed class Z3SessionConstructionTests
{
    [TestCase(0L)]
    [TestCase(-1L)]
    [TestCase(4_294_967_296L)]
    public void RejectsLimitsZ3CannotHold(long limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Z3Session(limit).Dispose());
    }

    [Test]
    public void TheDefaultLimitIsBoundedAndFitsZ3sCounter()
    {
        Assert.That(Z3Session.DefaultResourceLimit, Is.InRange(1_000_000L, (long)uint.MaxValue));
    }
}

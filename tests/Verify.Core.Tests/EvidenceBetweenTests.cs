using NUnit.Framework;

namespace Verify.Core.Tests;

/// <summary>The three-valued decision across error allowances (DESIGN.md: rounding never decides a verdict).</summary>
public sealed class EvidenceBetweenTests
{
    private static Evidence AtMost(double value, double bound, string? note = null) => Evidence.Compare(value, Relation.LessOrEqual, bound, note);

    [Test]
    public void HoldingPessimistically_Passes_WithoutEvaluatingTheOptimisticSide()
    {
        var evidence = Evidence.Between(AtMost(0.9, 1), () => throw new AssertionException("not needed"), "the allowances");

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.Value, Is.EqualTo(0.9));
    }

    [Test]
    public void FailingEvenOptimistically_Fails_WithTheOptimisticNumbersAndTheirNote()
    {
        var evidence = Evidence.Between(AtMost(1.3, 1, "pessimistic"), () => AtMost(1.2, 1, "optimistic"), "the allowances");

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.EqualTo(1.2));
        Assert.That(evidence.Note, Is.EqualTo("optimistic; fails even with the favourable ends of the allowances"));
    }

    [Test]
    public void HoldingOnlyOptimistically_IsInconclusive_WithThePessimisticNumbers()
    {
        var evidence = Evidence.Between(AtMost(1.001, 1, "measured"), () => AtMost(0.999, 1), "the allowances");

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(evidence.Value, Is.EqualTo(1.001));
        Assert.That(evidence.Note, Does.StartWith("measured; undecided: holds with the favourable ends of the allowances"));
    }

    [Test]
    public void AnErrorOnEitherSide_IsAnError_AndAnUndecidedSideStaysUndecided()
    {
        Assert.That(Evidence.Between(Evidence.Error("boom"), () => AtMost(0, 1), "a").Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(Evidence.Between(AtMost(2, 1), () => Evidence.Error("boom"), "a").Verdict, Is.EqualTo(Verdict.Error));
        var unknown = Evidence.Between(AtMost(2, 1), () => Evidence.Inconclusive(0, Relation.LessOrEqual, 1, "solver unknown"), "a");
        Assert.That(unknown.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(unknown.Note, Does.Contain("undecided within a"));
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class EvidenceTests
{
    [TestCase(1.0, Relation.LessOrEqual, 2.0, 0.5, Verdict.Pass)]
    [TestCase(3.0, Relation.LessOrEqual, 2.0, -0.5, Verdict.Fail)]
    [TestCase(2.0, Relation.LessOrEqual, 2.0, 0.0, Verdict.Pass)]
    [TestCase(2.0, Relation.Less, 2.0, 0.0, Verdict.Fail)]
    [TestCase(3.0, Relation.GreaterOrEqual, 2.0, 0.5, Verdict.Pass)]
    [TestCase(1.0, Relation.Greater, 2.0, -0.5, Verdict.Fail)]
    [TestCase(-1.0, Relation.Less, -2.0, -0.5, Verdict.Fail)]
    [TestCase(-3.0, Relation.Less, -2.0, 0.5, Verdict.Pass)]
    [TestCase(0.25, Relation.Greater, 0.0, 1.0, Verdict.Pass)]
    [TestCase(-0.25, Relation.Greater, 0.0, -1.0, Verdict.Fail)]
    [TestCase(0.0, Relation.GreaterOrEqual, 0.0, 0.0, Verdict.Pass)]
    public void Compare_GivesSignedRelativeMarginAndVerdict(double value, Relation relation, double bound, double margin, Verdict verdict)
    {
        var evidence = Evidence.Compare(value, relation, bound);

        Assert.That(evidence.Margin, Is.EqualTo(margin).Within(1e-15));
        Assert.That(evidence.Verdict, Is.EqualTo(verdict));
    }

    [TestCase(double.NaN, 1.0, "value is NaN")]
    [TestCase(1.0, double.NaN, "bound is NaN")]
    [TestCase(double.PositiveInfinity, 1.0, "value is Infinity")]
    [TestCase(double.NegativeInfinity, 1.0, "value is -Infinity")]
    [TestCase(1.0, double.PositiveInfinity, "bound is Infinity")]
    public void Compare_NonFiniteIsAFailureWithAMessage(double value, double bound, string message)
    {
        foreach (var relation in Enum.GetValues<Relation>())
        {
            var evidence = Evidence.Compare(value, relation, bound, note: "context");

            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail), relation.ToString());
            Assert.That(evidence.Margin, Is.NaN);
            Assert.That(evidence.Note, Does.Contain(message).And.Contain("context"));
        }
    }

    [Test]
    public void Decided_KeepsTheSolversVerdictButFailsOnNonFinite()
    {
        Assert.That(Evidence.Decided(10, Relation.GreaterOrEqual, 20, Verdict.Inconclusive).Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(Evidence.Decided(10, Relation.GreaterOrEqual, 20, Verdict.Fail).Margin, Is.EqualTo(-0.5));
        Assert.That(Evidence.Decided(double.NaN, Relation.GreaterOrEqual, 20, Verdict.Pass).Verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void Symbols()
    {
        Assert.That(Enum.GetValues<Relation>().Select(r => r.Symbol()), Is.EqualTo(new[] { "<", "≤", ">", "≥" }));
        Assert.That(Enum.GetValues<Provenance>().Select(p => p.Tag()), Is.EqualTo(new[] { "[V]", "[D]", "[M]", "[S]", "[P]" }));
    }
}

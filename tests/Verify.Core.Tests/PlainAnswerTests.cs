using NUnit.Framework;

namespace Verify.Core.Tests;

public sealed class PlainAnswerTests
{
    private static CheckReport Check(string id, Verdict verdict, Tier? tier = null, string? note = null) =>
        new(id, tier, $"statement of {id}", "Lemma 1", Provenance.Verified, 1, Relation.LessOrEqual, 2, 0.5, verdict, note, null);

    private static InstanceReport Instance(bool? inScope, Verdict verdict, Verdict data, Verdict instance, Verdict conclusion, string? conclusionNote = null) =>
        new("s", 0, 1, inScope, verdict, [],
            [Check("data-a", data, Tier.Data), Check("instance-b", instance, Tier.Instance), Check("asymptotic-c", Verdict.Fail, Tier.Asymptotic)],
            [Check("conclusion-rate", conclusion, note: conclusionNote)], [], null);

    private static TheoremReport Theorem(Verdict verdict, params InstanceReport[] instances) => new("t", "T", "c", verdict, [], instances);

    [Test]
    public void InScopeAndHeld_SaysCoveredAndGuaranteed()
    {
        string answer = PlainAnswer.Of(Theorem(Verdict.Pass, Instance(true, Verdict.Pass, Verdict.Pass, Verdict.Pass, Verdict.Pass)));

        Assert.That(answer, Does.StartWith("covered: on the instance every Data and Instance hypothesis held"));
    }

    [Test]
    public void BeyondScope_NamesTheFirstFailedTier_NotTheAsymptoticOne_AndWhatWasObserved()
    {
        string answer = PlainAnswer.Of(Theorem(Verdict.BeyondScope, Instance(false, Verdict.BeyondScope, Verdict.Pass, Verdict.Fail, Verdict.Pass)));

        Assert.That(answer, Does.StartWith("not covered: the first failed tier is Instance: instance-b failed — statement of instance-b"));
        Assert.That(answer, Does.Contain("Observed: the conclusion held on the instance (beyond scope: practice ahead of the theory)"));
    }

    [Test]
    public void UndecidedConclusions_SayWhy_WithTheFirstInstancesNote()
    {
        var undecided = Instance(false, Verdict.BeyondScope, Verdict.Pass, Verdict.Fail, Verdict.Inconclusive, "the certificate gives no contraction: nothing to check against");
        var held = Instance(true, Verdict.Pass, Verdict.Pass, Verdict.Pass, Verdict.Pass);

        string answer = PlainAnswer.Of(Theorem(Verdict.Pass, held, undecided));

        Assert.That(answer, Does.EndWith("Observed: conclusion-rate undecided on 1 of 2 instances (first: the certificate gives no contraction: nothing to check against)."));
    }

    [Test]
    public void Divergence_IsNamedWithItsStep()
    {
        var instance = Instance(false, Verdict.BeyondScope, Verdict.Fail, Verdict.Fail, Verdict.Fail, "worst at step 2; diverged at step 2");

        string answer = PlainAnswer.Of(Theorem(Verdict.BeyondScope, instance));

        Assert.That(answer, Does.StartWith("not covered: the first failed tier is Data: data-a failed"));
        Assert.That(answer, Does.EndWith("Observed: conclusion-rate not observed; diverged at step 2."));
    }

    [Test]
    public void ViolatedConclusionInScope_IsACounterexample()
    {
        string answer = PlainAnswer.Of(Theorem(Verdict.Fail, Instance(true, Verdict.Fail, Verdict.Pass, Verdict.Pass, Verdict.Fail)));

        Assert.That(answer, Does.StartWith("COUNTEREXAMPLE: the instance in scope, yet conclusion-rate failed"));
    }

    [Test]
    public void Inconclusive_SaysWhichCheckIsUndecided()
    {
        var instance = Instance(null, Verdict.Inconclusive, Verdict.Pass, Verdict.Inconclusive, Verdict.Pass);

        Assert.That(PlainAnswer.Of(Theorem(Verdict.Inconclusive, instance)), Does.StartWith("undecided: instance-b is within its rounding allowance"));
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

/// <summary>
/// Scope is decided only by Data and Instance hypotheses that were actually evaluated: a theorem cannot be in scope —
/// and so cannot yield a counterexample — when its hypotheses could not even be listed, or when none decides scope.
/// </summary>
public sealed class ScopeRegressionTests
{
    private static readonly RunOptions Options = new(MasterSeed: 7);

    private static readonly CheckSpec DataHypothesis = CheckSpec.Hypothesis("data", Tier.Data, "x ≤ 1", "Scope 1", Provenance.Derived);
    private static readonly CheckSpec AsymptoticHypothesis = CheckSpec.Hypothesis("width", Tier.Asymptotic, "m ≥ 10⁹", "Scope 2", Provenance.Derived);
    private static readonly CheckSpec Conclusion = CheckSpec.Conclusion("conclusion", "y ≤ 1", "Scope 3", Provenance.Derived);

    private static Check Passing(CheckSpec spec) => new(spec, () => Evidence.Compare(0.5, Relation.LessOrEqual, 1));

    private static Check Failing(CheckSpec spec) => new(spec, () => Evidence.Compare(2, Relation.LessOrEqual, 1));

    [Test]
    public void HypothesesThatThrowWhenListed_AreNotInScope_AndAFailingConclusionIsNoCounterexample()
    {
        // Regression: the listing error carries no tier, was left out of the deciding hypotheses, the empty rest was
        // "all Pass", and the failing conclusion became a counterexample (Fail).
        var report = Run(() => throw new InvalidOperationException("cannot list"), () => [Failing(Conclusion)]);

        Assert.That(report.InScope, Is.Not.True);
        Assert.That(report.InScope, Is.Null, "undecided: the hypotheses could not be evaluated");
        Assert.That(report.Verdict, Is.Not.EqualTo(Verdict.Fail));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Error));
        var listing = report.Hypotheses.Single();
        Assert.That(listing.Tier, Is.Null);
        Assert.That(listing.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(listing.Note, Does.Contain("cannot list"));
        Assert.That(report.Conclusions.Single().Verdict, Is.EqualTo(Verdict.Fail), "the conclusion is still reported as observed");
    }

    [Test]
    public void HypothesesThatThrowMidwayThroughTheListing_AreNotInScope()
    {
        // A lazy listing that yields a passing Data hypothesis (and an Asymptotic one), then throws.
        static IEnumerable<Check> Listing()
        {
            yield return Passing(DataHypothesis);
            yield return Passing(AsymptoticHypothesis);
            throw new InvalidOperationException("midway");
        }

        var report = Run(Listing, () => [Failing(Conclusion)]);

        Assert.That(report.InScope, Is.Null);
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(report.Hypotheses.Select(h => h.Verdict), Is.EqualTo(new[] { Verdict.Pass, Verdict.Pass, Verdict.Error }));
    }

    [Test]
    public void OnlyAsymptoticHypotheses_LeaveScopeUndecided()
    {
        // Asymptotic hypotheses never decide scope, whether they pass or fail; with nothing else, scope is undecided,
        // the instance Inconclusive — and a failing conclusion is no counterexample.
        foreach (var asymptotic in new[] { Passing(AsymptoticHypothesis), Failing(AsymptoticHypothesis) })
        {
            var report = Run(() => [asymptotic], () => [Failing(Conclusion)]);

            Assert.That(report.InScope, Is.Null);
            Assert.That(report.Verdict, Is.EqualTo(Verdict.Inconclusive));
        }
    }

    [Test]
    public void InScope_DirectlyOnReports()
    {
        var asymptoticPass = CheckReport.From(AsymptoticHypothesis, Evidence.Compare(0.5, Relation.LessOrEqual, 1));
        var dataPass = CheckReport.From(DataHypothesis, Evidence.Compare(0.5, Relation.LessOrEqual, 1));
        var dataFail = CheckReport.From(DataHypothesis, Evidence.Compare(2, Relation.LessOrEqual, 1));
        var untiered = new CheckReport("listing", null, "the module lists its checks", "", Provenance.Derived,
            double.NaN, Relation.LessOrEqual, double.NaN, double.NaN, Verdict.Error, "boom", null);

        Assert.That(Scope.InScope([]), Is.Null, "no hypothesis: nothing decides scope");
        Assert.That(Scope.InScope([asymptoticPass]), Is.Null, "only Asymptotic");
        Assert.That(Scope.InScope([asymptoticPass, dataPass]), Is.True);
        Assert.That(Scope.InScope([untiered]), Is.Null, "a hypothesis without a tier decides scope");
        Assert.That(Scope.InScope([untiered, dataPass]), Is.Null);
        Assert.That(Scope.InScope([untiered, dataFail]), Is.False, "a failing Data hypothesis still puts it out of scope");
    }

    private static InstanceReport Run(Func<IEnumerable<Check>> hypotheses, Func<IEnumerable<Check>> outcomes)
    {
        var theorem = new ListedTheorem(hypotheses, outcomes);
        var report = TheoremRunner.Run(theorem, Options);
        return report.Instances.Single();
    }

    /// <summary>A one-instance theorem whose checks are whatever the test lists.</summary>
    private sealed class ListedTheorem(Func<IEnumerable<Check>> hypotheses, Func<IEnumerable<Check>> outcomes) : ITheorem
    {
        public TheoremInfo Info { get; } = new("listed", "Listed checks", "Nobody 2026", "whatever the test lists",
            [DataHypothesis, AsymptoticHypothesis, Conclusion]);

        public IReadOnlyList<Scenario> Scenarios(RunOptions options) =>
            [new Scenario("only", "the only scenario", 1, _ => new Instance(hypotheses, outcomes))];

        private sealed class Instance(Func<IEnumerable<Check>> hypotheses, Func<IEnumerable<Check>> outcomes) : ITheoremInstance
        {
            public IReadOnlyList<Parameter> Parameters { get; } = [];

            public IEnumerable<Check> Hypotheses() => hypotheses();

            public IEnumerable<Check> Outcomes() => outcomes();
        }
    }

    private static Check Undecided(CheckSpec spec) => new(spec, () => Evidence.Inconclusive(1, Relation.LessOrEqual, 1, "cannot tell"));

    [Test]
    public void UndecidedConclusion_BeyondScopeIsOnlyObserved_InScopeLeavesTheInstanceUndecided()
    {
        var beyond = Run(() => [Failing(DataHypothesis)], () => [Undecided(Conclusion)]);
        var inScope = Run(() => [Passing(DataHypothesis)], () => [Undecided(Conclusion)]);

        Assert.That(beyond.InScope, Is.False);
        Assert.That(beyond.Verdict, Is.EqualTo(Verdict.BeyondScope), "a failed premise decides the instance; its conclusions are observations");
        Assert.That(inScope.InScope, Is.True);
        Assert.That(inScope.Verdict, Is.EqualTo(Verdict.Inconclusive), "in scope, an undecided conclusion is never a silent pass");
    }
}

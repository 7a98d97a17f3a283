using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>The module end to end: the in-scope regression case passes; the paper's experiment is beyond scope.</summary>
public sealed class Du2019RunTests
{
    private static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    private static InstanceReport RunScenario(ITheorem theorem, string scenarioId, RunOptions? options = null)
    {
        options ??= Quick;
        var scenario = theorem.Scenarios(options).Single(s => s.Id == scenarioId);
        ulong seed = Seeds.Derive(options.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0);
        return TheoremRunner.RunInstance(scenario, new InstanceContext(seed, 0, options, CancellationToken.None));
    }

    [Test]
    public void InScopeCase_Passes()
    {
        var report = RunScenario(new Du2019Theorem(Backends.Load(BackendChoice.Auto)), "in-scope");

        Assert.That(report.InScope, Is.True, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
        Assert.That(report.Hypotheses.Where(h => h.Tier == Tier.Asymptotic).Select(h => h.Id), Does.Contain("asymptotic-width"));
        Assert.That(report.Hypotheses.Single(h => h.Id == "asymptotic-width").Verdict, Is.EqualTo(Verdict.Fail), "m = 10⁶ is far below the headline width");
    }

    [Test]
    [Category("Slow")]
    public void InScopeGenericCase_Passes()
    {
        var report = RunScenario(new Du2019Theorem(Backends.Load(BackendChoice.Auto)), "in-scope-generic", Quick with { Quick = false });

        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
    }

    [Test]
    public void PaperExperiment_IsBeyondScopeWithConclusionsObserved()
    {
        var report = RunScenario(new Du2019Theorem(Backends.Load(BackendChoice.Auto)), "paper-fig1-m100");

        Assert.That(report.InScope, Is.False);
        Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope), Describe(report));
        Assert.That(report.Conclusions.Single().Figure, Is.Not.Null);
        Assert.That(report.Invariants, Has.Count.EqualTo(3));
    }

    [Test]
    public void Theorem31_PassesOnSpheres()
    {
        var theorem = new Theorem31(Backends.Load(BackendChoice.Auto));

        var report = TheoremRunner.Run(theorem, new RunOptions(RunOptions.DefaultMasterSeed));

        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(report.Instances, Has.Count.EqualTo(9));
    }

    private static string Describe(InstanceReport report) => string.Join("\n",
        report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => $"{c.Id}: {c.Verdict} {c.Value} {c.Relation} {c.Bound} {c.Note}"));
}

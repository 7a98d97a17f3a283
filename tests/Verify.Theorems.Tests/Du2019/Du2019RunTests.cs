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
    public void OutcomesFirstGiveTheSameChecksAsHypothesesFirst()
    {
        // The analysis reads Z(0) from the descent's buffer, which training overwrites: asking for the outcomes first
        // must still analyse Z(0), so every check must come out as in the runner's order (hypotheses, then outcomes).
        var theorem = new Du2019Theorem(Backends.Load(BackendChoice.Auto));
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == "paper-fig1-m100");
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, "du2019/paper-fig1-m100", 0), 0, Quick, CancellationToken.None);
        var expected = TheoremRunner.RunInstance(scenario, context);

        var instance = scenario.Draw(context);
        var outcomes = instance.Outcomes().Select(c => (c.Spec.Id, c.Evaluate())).ToList();
        var hypotheses = instance.Hypotheses().Select(c => (c.Spec.Id, c.Evaluate())).ToList();

        Assert.That(hypotheses.Select(h => (h.Id, h.Item2.Value)), Is.EqualTo(expected.Hypotheses.Select(h => (h.Id, h.Value))));
        Assert.That(outcomes.Select(o => (o.Id, o.Item2.Value)), Is.EqualTo(expected.Conclusions.Concat(expected.Invariants).Select(o => (o.Id, o.Value))));
    }

    [Test]
    public void ParallelJobsGiveTheSameReportAsOneJob()
    {
        // Two instances of each small scenario at once share the backend, the pattern-chunk cache and Z3.
        var theorem = new ScenarioSubset(new Du2019Theorem(Backends.Load(BackendChoice.Auto)), "paper-fig1-m100", "paper-fig1-m1000");
        var options = new RunOptions(RunOptions.DefaultMasterSeed, Quick: true, Instances: 4);

        var sequential = TheoremRunner.Run(theorem, options);
        var parallel = TheoremRunner.Run(theorem, options with { Jobs = 2 });

        Assert.That(Json(parallel), Is.EqualTo(Json(sequential)));
    }

    /// <summary>The report.json of a theorem without the instances' measured wall times and allocations.</summary>
    private static string Json(TheoremReport theorem) =>
        ReportJson.Serialize(new RunReport(Environment, [theorem with { Instances = [.. theorem.Instances.Select(i => i with { Resources = null })] }]));

    private static readonly EnvironmentInfo Environment = new("b", "v", null, 1, "z3", "os", "cpu", "rt", "c", 1, DateTimeOffset.UnixEpoch, []);

    /// <summary>A theorem restricted to some of its scenarios.</summary>
    private sealed class ScenarioSubset(ITheorem inner, params string[] ids) : ITheorem
    {
        public TheoremInfo Info => inner.Info;

        public IReadOnlyList<Scenario> Scenarios(RunOptions options) => [.. inner.Scenarios(options).Where(s => ids.Contains(s.Id))];
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

using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Razborov2022;
using static Verify.Theorems.Tests.Razborov2022.RzTestData;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>The module end to end: the scenarios draw and run, the report carries the baselines and the "statement not available" slot.</summary>
public sealed class RzRunTests
{
    private static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    private static InstanceReport Run(string scenarioId)
    {
        var theorem = new Razborov2022Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == scenarioId);
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0), 0, Quick, CancellationToken.None);
        return TheoremRunner.RunInstance(scenario, context);
    }

    private static string Describe(InstanceReport report) => string.Join("\n",
        report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => $"{c.Id}: {c.Verdict} ({c.Note})"));

    [Test]
    public void InScope_PassesWithTheBaselinesAndTheUnavailableSlot()
    {
        var report = Run("in-scope");

        Assert.That(report.InScope, Is.True, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
        foreach (string id in new[] { "instance-r1-step", "instance-r2-cross-term", "instance-r3-radii", "instance-r4-conditioning" })
        {
            Assert.That(report.Hypotheses.Single(h => h.Id == id).Note, Does.Contain("proved by Z3"), id);
        }
        Assert.That(report.Conclusions.Concat(report.Invariants).Select(c => c.Verdict), Has.All.EqualTo(Verdict.Pass), Describe(report));
        var ids = report.Hypotheses.Select(h => h.Id).ToList();
        Assert.That(ids, Does.Contain("baseline-du-width").And.Contain("baseline-os-width").And.Contain("baseline-nguyen-width"));
        Assert.That(report.Hypotheses.Where(h => h.Id.StartsWith("baseline-", StringComparison.Ordinal)).Select(h => h.Tier), Has.All.EqualTo(Tier.Asymptotic));
        var slot = report.Parameters.Single(p => p.Name == "m required, Razborov 2022");
        Assert.That(slot.Value, Is.Null, "a text, never a number");
        Assert.That(slot.Text, Does.Contain("statement not available"));
        Assert.That(ids.Concat(report.Conclusions.Select(c => c.Id)).Concat(report.Invariants.Select(c => c.Id)), Has.None.Contains("razborov"),
            "the paper's own bound is no check");
        Assert.That(report.Parameters.Single(p => p.Name == "λ_F (lower end of σ_n(F₀))").Value, Is.GreaterThan(0));
        Assert.That(report.Conclusions.Select(c => c.Id), Does.Contain("conclusion-rate"));
        Assert.That(report.Invariants.Single(c => c.Id == "invariant-feature-norm").Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
    }

    [Test]
    public void Experiment_ReportsItsMeasurementsAsParameters_NeverAsChecks_IndicatorsOnlyWhenConverged()
    {
        var report = Run("exp-lecun-adversarial-r1-m86");

        Assert.That(report.Verdict, Is.Not.EqualTo(Verdict.Error), Describe(report));
        var checks = report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => c.Id).ToList();
        Assert.That(checks, Has.None.StartsWith("experiment"), "measurements decide nothing: no check");
        Assert.That(report.Hypotheses.Where(h => h.Tier == Tier.Asymptotic).Select(h => h.Id), Has.All.StartsWith("baseline-"));
        var parameters = report.Parameters.ToDictionary(p => p.Name);
        Assert.That(RzIndicators.Measured.All(parameters.ContainsKey), Is.True, "every declared measurement is reported");
        double converged = parameters[RzIndicators.ConvergedName].Value!.Value;
        Assert.That(converged, Is.EqualTo(0).Or.EqualTo(1));
        var drift = parameters[RzIndicators.KernelDriftName];
        var beyond = parameters[RzIndicators.BeyondNtkName].Value!.Value;
        if (converged == 1)
        {
            Assert.That(drift.Value, Is.GreaterThanOrEqualTo(0));
            Assert.That(parameters[RzIndicators.StepsName].Value, Is.GreaterThan(0));
            Assert.That(beyond, Is.EqualTo(drift.Value > RzIndicators.BeyondNtkDrift ? 1 : 0));
        }
        else
        {
            Assert.That(drift.Value, Is.Null, "recorded only when converged");
            Assert.That(drift.Text, Does.StartWith("not recorded: not converged"));
            Assert.That(beyond, Is.EqualTo(0));
        }
        Assert.That(parameters.Keys, Does.Contain("kernel prediction 1 − λ_min(K₀)").And.Contain("m required, Du et al. [D]"));
    }

    [Test]
    public void Experiment_NotConverged_RecordsNoIndicatorAndIsNotBeyondNtk()
    {
        // m = 4 < n = 16 at the adversarial labels: the least width of the quick grid cannot interpolate, so it never converges
        var report = Run("exp-lecun-adversarial-r1-m4");
        var parameters = report.Parameters.ToDictionary(p => p.Name);

        Assert.That(parameters[RzIndicators.ConvergedName].Value, Is.EqualTo(0));
        Assert.That(parameters[RzIndicators.StepsName].Value, Is.Null);
        foreach (string name in new[] { RzIndicators.HiddenMovementName, RzIndicators.OutputMovementName, RzIndicators.PatternFlipsName, RzIndicators.KernelDriftName, RzIndicators.FactorRatioName })
        {
            Assert.That(parameters[name].Value, Is.Null, name);
        }
        Assert.That(parameters[RzIndicators.BeyondNtkName].Value, Is.EqualTo(0));
    }

    /// <summary>m = 4 &lt; n = 16: λ_F = 0, so the certificate finds no radii and asserts no ‖F_k‖₂ ≤ F̄.</summary>
    [Test]
    public void NoRadii_FeatureNormInvariantIsInconclusive()
    {
        var report = Run("exp-lecun-adversarial-r1-m4");

        var norm = report.Invariants.Single(c => c.Id == "invariant-feature-norm");
        Assert.That(norm.Verdict, Is.EqualTo(Verdict.Inconclusive), Describe(report));
        Assert.That(norm.Note, Does.Contain("no finite R_W"));
    }

    [Test]
    public void Scenarios_DeclareOneWidthSweepPerConfiguration()
    {
        var scenarios = new Razborov2022Theorem(Backend).Scenarios(Quick);
        var families = scenarios.Where(s => s.Sweep is not null).GroupBy(s => s.Sweep!.Family).ToList();

        Assert.That(families, Has.Count.EqualTo(2 * 4), "2 presets × 4 rate ratios (adversarial labels in --quick)");
        Assert.That(families.Select(f => f.Count()), Has.All.EqualTo(4));
        Assert.That(scenarios.Where(s => s.Sweep is not null).Select(s => s.Sweep!.Axis), Has.All.EqualTo("m"));
        var sweep = scenarios.First(s => s.Sweep is not null).Sweep!;
        Assert.That(sweep.Note, Does.Contain("statement not available").And.Contain("smaller than spec §5's"));
        Assert.That(sweep.Measured, Is.EqualTo(RzIndicators.Measured.Concat([Baselines.DuName, Baselines.OymakSoltanolkotabiName, Baselines.NguyenName, Baselines.RazborovName])));
        Assert.That(sweep.Drawn, Is.EqualTo(new[] { RzIndicators.ConvergedName, RzIndicators.KernelDriftName }));
    }

    [Test]
    public void Info_IncludesTheCertificatesChecks()
    {
        var info = new Razborov2022Theorem(Backend).Info;
        Assert.That(TwoRateChecks.All.All(c => info.Checks.Contains(c)), Is.True);
    }
}

/// <summary>The in-scope instance's run: σ_n(F_k) recorded at log-spaced steps, step 0 equal to the analysis's λ_F enclosure.</summary>
public sealed class RzFeatureTests
{
    private static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    [Test]
    public void InScopeRun_RecordsSigmaN_AndItStaysAboveHalfLambdaF()
    {
        var theorem = new Razborov2022Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == "in-scope");
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0), 0, Quick, CancellationToken.None);
        var instance = (RzInstance)scenario.Draw(context);
        var run = instance.Run;
        var lambdaF = instance.Analysis.LambdaF;

        Assert.That(run.FeatureSmallest.Select(p => p.Step), Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 32, 64, 128, 200 }));
        Assert.That(run.FeatureSmallest[0].Smallest.Lower, Is.EqualTo(lambdaF.Lower), "step 0 is the analysis's λ_F");
        Assert.That(lambdaF.Lower, Is.GreaterThan(0));
        Assert.That(run.FeatureSmallest.Select(p => p.Smallest.Lower), Has.All.GreaterThanOrEqualTo(lambdaF.Lower / 2),
            "observed on the in-scope instance (the certificate's invariant, also checked by invariant-sigma-features)");
        Assert.That(run.SquaredResiduals[^1], Is.LessThan(run.SquaredResiduals[0]), "the run converges");
        var norms = run.FeatureNorms;
        Assert.That(norms.Select(p => p.Step), Is.EqualTo(run.FeatureSmallest.Select(p => p.Step)));
        Assert.That(norms[0].Norm.Upper, Is.EqualTo(instance.Analysis.FeatureNormUpper), "step 0 is the analysis's ‖F₀‖₂ upper end");
        double bar = instance.Analysis.Certificate.FeatureBar;
        Assert.That(bar, Is.GreaterThan(instance.Analysis.FeatureNormUpper).And.LessThan(double.PositiveInfinity));
        foreach (var (step, norm) in norms)
        {
            Assert.That(norm.Upper, Is.LessThanOrEqualTo(bar), $"(C3) ‖F_k‖₂ ≤ F̄ at step {step}");
            Assert.That(norm.Lower, Is.GreaterThan(norm.Upper * (1 - 1e-6)), $"the enclosure of ‖F_k‖₂ is tight at step {step}");
        }
        var advice = instance.Recommendations().Single();
        Assert.That(advice.Value, Is.Positive, advice.Statement);
        Assert.That(advice.AlreadyHolds, Is.True, "η₁ = η₂/100 is below the advice on the in-scope instance");
    }
}

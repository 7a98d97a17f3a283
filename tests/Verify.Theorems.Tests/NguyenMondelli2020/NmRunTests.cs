using System.Text.Json;
using NUnit.Framework;
using Verify.Core;
using static Verify.Theorems.Tests.NguyenMondelli2020.NmTestInstances;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>The module's runs: its scenarios' verdicts, and the checks one by one.</summary>
public sealed class NmRunTests
{

    private static readonly string[] WithoutQ =
    [
        "data-distinct-inputs", "topology-wide-first-layer", "topology-pyramidal", "activation-derivative-range",
        "activation-bounded-by-identity", "activation-lipschitz-derivative", "instance-h1", "asymptotic-paper-form",
    ];

    private static InstanceReport Run(string scenarioId)
    {
        var (_, scenario, context) = Draw(scenarioId);
        return TheoremRunner.RunInstance(scenario, context);
    }

    private static string Describe(InstanceReport report) => string.Join("\n",
        report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => $"{c.Id}: {c.Verdict} ({c.Note})"));

    [Test]
    public void SpecialInit_MeetsEveryHypothesisThatNeedsNoQ()
    {
        var (instance, _, _) = Draw("special-init");

        foreach (string id in WithoutQ)
        {
            var evidence = Hypothesis(instance, id);
            Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), $"{id}: {evidence.Note}");
        }
        var h1 = Hypothesis(instance, "instance-h1");
        Assert.That(h1.Value, Is.GreaterThan(3.5), "α = 2 × the smallest: the ratio is ≥ 2^{L−2} = 4 up to the enclosures");
        Assert.That(h1.Note, Does.Contain("proved by Z3"));
        Assert.That(instance.Parameters.Select(p => p.Name), Does.Contain("α").And.Contain("λ_* (Monte Carlo)").And.Contain("λ_* standard error"));
    }

    [Test]
    public void TeacherPerturbed_MeetsH1WithTheSafetyFactor()
    {
        var (instance, _, _) = Draw("teacher-perturbed");

        var h1 = Hypothesis(instance, "instance-h1");
        Assert.That(h1.Verdict, Is.EqualTo(Verdict.Pass), h1.Note);
        Assert.That(h1.Value, Is.EqualTo(2.0).Within(0.01), "ε = ½ × the largest meeting (H1): the ratio is 2");
    }

    [Test]
    public void WidthExperimentAtN_IsBeyondScopeThroughH1()
    {
        var (instance, scenario, _) = Draw("width-n1-8");

        Assert.That(scenario.Sweep?.Axis, Is.EqualTo("n₁"));
        Assert.That(Hypothesis(instance, "topology-wide-first-layer").Verdict, Is.EqualTo(Verdict.Pass));
        var h1 = Hypothesis(instance, "instance-h1");
        Assert.That(h1.Verdict, Is.EqualTo(Verdict.Fail), h1.Note);
        Assert.That(h1.Value, Is.LessThan(1e-2), "at n₁ = N = 8 (H1) fails by orders of magnitude");
        Assert.That(instance.Parameters.Single(p => p.Name == "n₁").Value, Is.EqualTo(8));
    }

    [Test]
    public void SameSeed_GivesTheSameHypothesesAndParameters()
    {
        foreach (string id in new[] { "special-init", "teacher-perturbed", "width-n1-16" })
        {
            var (first, _, _) = Draw(id);
            var (second, _, _) = Draw(id);
            var a = WithoutQ.Select(h => Hypothesis(first, h)).ToList();
            var b = WithoutQ.Select(h => Hypothesis(second, h)).ToList();
            Assert.That(JsonSerializer.Serialize(b.Select(e => (e.Value, e.Bound, e.Verdict, e.Note))), Is.EqualTo(JsonSerializer.Serialize(a.Select(e => (e.Value, e.Bound, e.Verdict, e.Note)))), id);
            Assert.That(JsonSerializer.Serialize(second.Parameters), Is.EqualTo(JsonSerializer.Serialize(first.Parameters)), id);
        }
    }

    [Test]
    public void SpecialInit_Passes()
    {
        var report = Run("special-init");

        Assert.That(report.InScope, Is.True, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
    }

    [Test]
    public void TeacherPerturbed_Passes()
    {
        var report = Run("teacher-perturbed");

        Assert.That(report.InScope, Is.True, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
    }

    [Test]
    public void WidthExperiment_IsObservedBeyondScopeWithItsLossCurve()
    {
        var report = Run("width-n1-8");

        Assert.That(report.InScope, Is.False, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope), Describe(report));
        Assert.That(report.Conclusions.Single().Figure, Is.Not.Null);
        Assert.That(report.Invariants, Has.Count.EqualTo(6));
    }

    [Test]
    public void SameSeed_GivesTheSameReport()
    {
        foreach (string id in new[] { "special-init", "width-n1-16" })
        {
            var first = Run(id) with { Resources = null };
            var second = Run(id) with { Resources = null };
            Assert.That(JsonSerializer.Serialize(second), Is.EqualTo(JsonSerializer.Serialize(first)), id);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NUnit.Framework;
using Verify.Core;
using static Verify.Theorems.Tests.Nguyen2021.N21TestInstances;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>The module's runs: the in-scope teacher-perturbed instances pass, the width experiment reports its widths, same seed ⇒ same report.</summary>
public sealed class N21RunTests
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static InstanceReport Run(string scenarioId)
    {
        var (_, scenario, context) = Draw(scenarioId);
        return TheoremRunner.RunInstance(scenario, context);
    }

    private static string Describe(InstanceReport report) => string.Join("\n",
        report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => $"{c.Id}: {c.Verdict} ({c.Note})"));

    [TestCase("in-scope-l2")]
    [TestCase("in-scope-l3")]
    public void InScope_Passes(string scenarioId)
    {
        var report = Run(scenarioId);

        Assert.That(report.InScope, Is.True, Describe(report));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Pass), Describe(report));
        foreach (string id in new[] { "instance-h0", "instance-h1", "instance-h2", "instance-h3" })
        {
            var check = report.Hypotheses.Single(h => h.Id == id);
            Assert.That(check.Note, Does.Contain("proved by Z3"), id);
        }
        Assert.That(report.Conclusions.Single().Figure, Is.Not.Null);
        Assert.That(report.Invariants, Has.Count.EqualTo(2));
        Assert.That(report.Parameters.Select(p => p.Name), Does.Contain("ρ_1").And.Contain("R_1").And.Contain("ε"));
    }

    [Test]
    public void InScope_RadiiAreTheFixedPoint()
    {
        var (instance, _, _) = Draw("in-scope-l3");

        var h1 = Hypothesis(instance, "instance-h1");
        Assert.That(h1.Verdict, Is.EqualTo(Verdict.Pass), h1.Note);
        Assert.That(h1.Value, Is.InRange(1.0, 1 + 2e-6), "ρ = (1 + 10⁻⁶)·R(ρ) at the least fixed point: the ratio min ρ_l/R_l is that inflation");
        Assert.That(h1.Note, Does.Contain("fixed point"));
    }

    [Test]
    public void WidthExperiment_ReportsTheWidthsFoundAndDeclaresItsSweep()
    {
        var (instance, scenario, _) = Draw("width-l2-lecun-n4");

        Assert.That(scenario.Sweep?.Axis, Is.EqualTo("N"));
        Assert.That(instance.Parameters.Single(p => p.Name == "N").Value, Is.EqualTo(4));
        var paper = Hypothesis(instance, "asymptotic-width-paper-l2");
        var ours = Hypothesis(instance, "asymptotic-width-ours-l2");
        Assert.That(paper.Verdict, Is.EqualTo(Verdict.Pass), paper.Note);
        Assert.That(ours.Verdict, Is.EqualTo(Verdict.Pass), ours.Note);
        Assert.That(paper.Value, Is.GreaterThanOrEqualTo(4).And.LessThanOrEqualTo(1 << 16));
        Assert.That(ours.Value, Is.GreaterThanOrEqualTo(paper.Value / 100), "(H1)–(H2) are (A)–(B) with doubled constants, plus (H0)");
    }

    [Test]
    public void EmpiricalFactor_IsTheGeometricMeanOfTheResidualsDecay()
    {
        // ‖r‖ halves every step: squared residuals 16, 4, 1, 0.25 → factor ½ over 3 steps
        Assert.That(Verify.Theorems.Nguyen2021.N21OutcomeChecks.EmpiricalFactor([16, 4, 1, 0.25]), Is.EqualTo("(‖r_K‖/‖r_0‖)^(1/K) = 0.5 over K = 3 steps"));
        Assert.That(Verify.Theorems.Nguyen2021.N21OutcomeChecks.EmpiricalFactor([1]), Does.StartWith("factor: none"));
    }

    [Test]
    public void WidthExperiment_ReportsEachWidthTriedAsProgress()
    {
        var (_, scenario, context) = Draw("width-l2-lecun-n4");
        var updates = new List<ProgressUpdate>();
        var progress = new SynchronousProgress(updates.Add);

        scenario.Draw(context with { Progress = progress });

        Assert.That(updates.Select(u => u.Task).Distinct(), Is.EquivalentTo(new[] { "width search, (A)+(B)", "width search, (H0)–(H2)" }));
        Assert.That(updates, Is.All.Matches<ProgressUpdate>(u => u != null && u.Step >= 1 && u.Step <= u.Total && u.Detail.StartsWith("n_{L−1} = ", StringComparison.Ordinal)));
    }

    private sealed class SynchronousProgress(Action<ProgressUpdate> report) : IProgress<ProgressUpdate>
    {
        public void Report(ProgressUpdate value) => report(value);
    }

    [Test]
    public void WidthExperiment_FittedExponentHasTheRightSignAndOrder()
    {
        var widths = new[] { 4, 8, 16 }.Select(n => Hypothesis(Draw($"width-l2-lecun-n{n}").Instance, "asymptotic-width-paper-l2").Value).ToList();
        double slope = (Math.Log(widths[2]) - Math.Log(widths[0])) / (Math.Log(16) - Math.Log(4));

        Assert.That(slope, Is.GreaterThan(1).And.LessThan(6), $"widths {string.Join(", ", widths)}: claimed 2 (depth 2)");
    }

    [Test]
    public void SameSeed_GivesTheSameReport()
    {
        foreach (string id in new[] { "in-scope-l2", "width-l3-he-n4" })
        {
            var first = Run(id) with { Resources = null };
            var second = Run(id) with { Resources = null };
            Assert.That(JsonSerializer.Serialize(second, Json), Is.EqualTo(JsonSerializer.Serialize(first, Json)), id);
        }
    }
}

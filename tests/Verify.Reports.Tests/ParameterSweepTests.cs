using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>Sweeps come from the scenarios' declarations and the instances' typed axis values, never from ids.</summary>
public sealed class ParameterSweepTests
{
    private static readonly SweepDeclaration s_widths = new("widths", "m");

    private static CheckReport Conclusion(bool holds) =>
        new("rate", null, "rate", "Thm 1", Provenance.Verified, 1, Relation.LessOrEqual, holds ? 2 : 0.5, holds ? 0.5 : -1,
            holds ? Verdict.Pass : Verdict.Fail, null, new Figure("Loss", "k", "loss", true, [Series.Of("loss", [0, 1, 2], [1, 0.1, 0.01])]));

    private static InstanceReport Instance(string scenario, int index, bool holds, params Parameter[] parameters) =>
        new(scenario, index, (ulong)(10 + index), false, Verdict.BeyondScope, parameters, [], [Conclusion(holds)], [], null);

    private static InstanceReport Instance(string scenario, int index, double m, bool holds = true) =>
        Instance(scenario, index, holds, Parameter.Number("n", 10), Parameter.Number("m", m));

    private static ScenarioSummary Scenario(string id, IReadOnlyList<InstanceReport> instances, SweepDeclaration? sweep) =>
        new(id, id, instances.Count, 0, instances.Count(i => i.Conclusions.All(c => c.Verdict == Verdict.Pass)), 0, 1, Verdict.BeyondScope)
        {
            Sweep = sweep,
        };

    private static TheoremReport Theorem(IReadOnlyList<string> ids, IReadOnlyList<InstanceReport> instances, SweepDeclaration? sweep = null) =>
        new("toy", "Toy theorem", "cite", Verdict.BeyondScope,
            [.. ids.Select(id => Scenario(id, [.. instances.Where(i => i.Scenario == id)], sweep ?? s_widths))], instances);

    /// <summary>Three scenarios whose ids share no prefix, listed out of width order; every conclusion holds from m = 1000 on.</summary>
    private static TheoremReport Unrelated() => Theorem(
        ["wide", "narrow", "medium"],
        [
            Instance("wide", 0, 10_000), Instance("wide", 1, 10_000),
            Instance("narrow", 0, 100, holds: false), Instance("narrow", 1, 100),
            Instance("medium", 0, 1000), Instance("medium", 1, 1000),
        ]);

    private static RunReport Report(TheoremReport theorem) => new(
        new EnvironmentInfo("managed", "1", null, 1, "none", "Linux", "cpu", ".NET", "abc", 1, DateTimeOffset.UnixEpoch, []),
        [theorem]);

    [Test]
    public void DeclaredSweep_IsRecognisedWithoutACommonIdPrefix_InIncreasingOrderOfTheAxis()
    {
        var group = ParameterSweep.Groups(Unrelated()).Single();

        Assert.That((group.Family, group.Axis), Is.EqualTo(("widths", "m")));
        Assert.That(group.Points.Select(p => (p.Scenario.Id, p.Text, p.Value)),
            Is.EqualTo(new[] { ("narrow", "100", 100.0), ("medium", "1000", 1000.0), ("wide", "10000", 10_000.0) }));
        Assert.That(ParameterSweep.Lines(Unrelated()).Single(),
            Is.EqualTo("widths: smallest m at which every conclusion held in every instance: 1000 (of m = 100, 1000, 10000)"));
        Assert.That(HtmlReportWriter.Render(Report(Unrelated())), Does.Contain("<h3 id=\"toy-sweep-widths\">Sweep: widths by m</h3>"));
    }

    [Test]
    public void ScenariosWithACommonIdPrefixButNoDeclaration_AreNotASweep()
    {
        var theorem = Theorem(["exp-m100", "exp-m1000"], [Instance("exp-m100", 0, 100), Instance("exp-m1000", 0, 1000)]);
        var undeclared = theorem with { Scenarios = [.. theorem.Scenarios.Select(s => s with { Sweep = null })] };

        Assert.That(ParameterSweep.Groups(undeclared), Is.Empty);
        Assert.That(ParameterSweep.Lines(undeclared), Is.Empty);
        Assert.That(ParameterSweep.Groups(theorem), Has.Exactly(1).Items, "the same scenarios with a declaration are one");
    }

    [Test]
    public void AFamilyOfOneScenario_IsNotASweep()
    {
        var theorem = Theorem(["only"], [Instance("only", 0, 100)]);

        Assert.That(ParameterSweep.Lines(theorem), Is.Empty);
    }

    [Test]
    public void AMissingAxis_IsReportedAndNothingIsDrawn()
    {
        var theorem = Unrelated();
        var instances = theorem.Instances.Select(i => i.Scenario == "medium" && i.Index == 1 ? i with { Parameters = [Parameter.Number("n", 10)] } : i);

        AssertNotDrawn(theorem with { Instances = [.. instances] }, "widths: the sweep by m is not drawn: no parameter m in medium #1.");
    }

    [TestCase("large", "widths: the sweep by m is not drawn: m is not a finite number in medium #0, #1 (“large”).")]
    [TestCase(null, "widths: the sweep by m is not drawn: m is not a finite number in medium #0, #1 (“NaN”).")]
    public void AnAxisThatIsNotAFiniteNumber_IsReportedAndNothingIsDrawn(string? text, string line)
    {
        var m = text is null ? Parameter.Number("m", double.NaN) : Parameter.TextOnly("m", text);
        var theorem = Unrelated();
        var instances = theorem.Instances.Select(i => i.Scenario == "medium" ? i with { Parameters = [Parameter.Number("n", 10), m] } : i);

        AssertNotDrawn(theorem with { Instances = [.. instances] }, line);
    }

    [Test]
    public void InstancesOfOneScenarioThatDisagree_TwoScenariosAtOneValue_AndAScenarioWithoutInstances_AreReported()
    {
        var theorem = Theorem(
            ["a", "b", "c", "d", "e"],
            [Instance("a", 0, 100), Instance("b", 0, 100), Instance("c", 0, 1000), Instance("c", 1, 2000), Instance("e", 0, 5000)]);

        AssertNotDrawn(theorem, "widths: the sweep by m is not drawn: the instances of c have different m (1000, 2000); d has no instances; "
            + "a and b have the same m = 100.");
    }

    [Test]
    public void ProblemsBeyondThreeAreCounted()
    {
        string[] ids = ["a", "b", "c", "d", "e"];
        var theorem = Theorem(ids, [.. ids.Select(id => Instance(id, 0, false, Parameter.Number("n", 10)))]);

        AssertNotDrawn(theorem, "widths: the sweep by m is not drawn: no parameter m in a #0; no parameter m in b #0; no parameter m in c #0; and 2 more.");
    }

    [Test]
    public void ScenariosOfOneFamilyDeclaringDifferentAxes_AreReported()
    {
        var theorem = Unrelated();
        var mixed = theorem with { Scenarios = [.. theorem.Scenarios.Select(s => s.Id == "wide" ? s with { Sweep = new SweepDeclaration("widths", "n") } : s)] };

        AssertNotDrawn(mixed, "widths: the sweep is not drawn: its scenarios declare different axes (n, m).");
    }

    private static void AssertNotDrawn(TheoremReport theorem, string line)
    {
        Assert.That(ParameterSweep.Lines(theorem), Is.EqualTo(new[] { line }));
        Assert.That(ParameterSweep.Groups(theorem), Is.Empty);
        Assert.That(SweepFigures.Of(theorem), Is.Empty);
        string html = HtmlReportWriter.Render(Report(theorem));
        Assert.That(html, Does.Contain($"<p class=\"sweep\">{Html.Escape(line)}</p>"));
        Assert.That(html, Does.Not.Contain("Sweep:").And.Not.Contain("— by m"));
    }
}

using System.Text.RegularExpressions;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class TheoryVsPracticeTests
{
    private static CheckReport Hypothesis(string id, Tier tier, double value, double bound, Figure? figure = null) =>
        new(id, tier, id, "Thm 1", Provenance.Verified, value, Relation.GreaterOrEqual, bound,
            Evidence.RelativeMargin(value, Relation.GreaterOrEqual, bound), value >= bound ? Verdict.Pass : Verdict.Fail, null, figure);

    private static CheckReport Conclusion(bool holds) =>
        new("rate", null, "rate", "Thm 1", Provenance.Verified, 1, Relation.LessOrEqual, holds ? 2 : 0.5, holds ? 0.5 : -1,
            holds ? Verdict.Pass : Verdict.Fail, null,
            new Figure("Loss", "k", "loss", true, [Series.Of("loss", [0, 1, 2], [1, 0.1, 0.01])]));

    private static InstanceReport Instance(string scenario, int index, double m, double widthBound, bool holds, Verdict verdict = Verdict.BeyondScope) => new(
        scenario, index, (ulong)(100 + index), false, verdict,
        [Parameter.Number("n", 10), Parameter.Number("m", m)],
        [Hypothesis("unit-norms", Tier.Data, 1, 1), Hypothesis("width", Tier.Asymptotic, m, widthBound)],
        [Conclusion(holds)], [], null);

    private static RunReport Report()
    {
        InstanceReport[] instances =
        [
            Instance("experiment-m100", 0, 1e4, 1e10, holds: false),
            Instance("experiment-m100", 1, 1e4, 1e10, holds: true),
            Instance("experiment-m100", 2, 1e4, 3e10, holds: true),
            Instance("experiment-m500", 0, 5e4, 1e10, holds: true),
            Instance("experiment-m500", 1, 5e4, 1e10, holds: true, Verdict.Fail),
            Instance("experiment-m2000", 0, 2e5, 1e10, holds: true),
        ];
        var sweep = new SweepDeclaration("experiment", "m");
        ScenarioSummary[] scenarios =
        [
            new("experiment-m100", "m = 10⁴", 3, 0, 2, 0, 0.7, Verdict.BeyondScope) { Sweep = sweep },
            new("experiment-m500", "m = 5·10⁴", 2, 0, 2, 0, 0.84, Verdict.Fail) { Sweep = sweep },
            new("experiment-m2000", "m = 2·10⁵", 1, 0, 1, 0, 0.97, Verdict.BeyondScope) { Sweep = sweep },
        ];
        var environment = new EnvironmentInfo("managed", "1", null, 1, "none", "Linux", "cpu", ".NET", "abc", 1, DateTimeOffset.UnixEpoch, []);
        return new RunReport(environment, [new TheoremReport("toy", "Toy theorem", "cite", Verdict.Fail, scenarios, instances)]);
    }

    private static string TheoryTable(string html)
    {
        int start = html.IndexOf("<table class=\"theory\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "theory-vs-practice table present");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Test]
    public void Table_ShowsMedianRequiredActualAndGapOfAsymptoticHypotheses()
    {
        string table = TheoryTable(HtmlReportWriter.Render(Report()));

        Assert.That(table, Does.Contain("<th>width<br>"));
        Assert.That(table, Does.Not.Contain("<th>unit-norms"), "only asymptotic hypotheses get a column");
        Assert.That(table, Does.Contain("required ≥ 1e10, actual 10000, gap 1e6"));
        Assert.That(table, Does.Contain("required ≥ 1e10, actual 200000, gap 50000"));
    }

    [Test]
    public void Table_ShowsParametersCountsIntervalAndConclusionsHeld()
    {
        string table = TheoryTable(HtmlReportWriter.Render(Report()));

        Assert.That(table, Does.Contain("n = 10, m = 10000"));
        Assert.That(table, Does.Contain("<td class=\"num\">2/3</td>"));
        Assert.That(table, Does.Contain("[0, 0.7]"));
    }

    [Test]
    public void GapText_UsesMediansAndSkipsTheGapWhenNotPositive()
    {
        var instances = Report().Theorems[0].Instances.Where(i => i.Scenario == "experiment-m100").ToList();
        Assert.That(TheoryVsPractice.GapText(instances, "width"), Is.EqualTo("required ≥ 1e10, actual 10000, gap 1e6"));

        var negative = new[] { Instance("s", 0, -5, 1e10, true) };
        Assert.That(TheoryVsPractice.GapText(negative, "width"), Is.EqualTo("required ≥ 1e10, actual -5"));
    }

    [Test]
    public void Sweep_SaysTheSmallestAxisValueAtWhichEveryConclusionHeld()
    {
        string html = HtmlReportWriter.Render(Report());

        Assert.That(html, Does.Contain("experiment: smallest m at which every conclusion held in every instance: 50000 (of m = 10000, 50000, 200000)"));
    }

    [Test]
    public void Instances_AreCollapsibleOpenForFailuresAndTheFirstOfEachScenario()
    {
        string html = HtmlReportWriter.Render(Report());

        var summaries = Regex.Matches(html, "<details class=\"instance\"( open)?>\\s*<summary><h3>(?<name>[^<]+?) · seed")
            .Select(m => (Name: m.Groups["name"].Value, Open: m.Groups[1].Success))
            .ToList();
        Assert.That(summaries, Has.Count.EqualTo(6));
        Assert.That(summaries[0], Is.EqualTo(("experiment-m500 #1", true)), "the failure comes first and open");
        Assert.That(summaries.Where(s => s.Open).Select(s => s.Name),
            Is.EquivalentTo(new[] { "experiment-m500 #1", "experiment-m100 #0", "experiment-m500 #0", "experiment-m2000 #0" }));
    }

    [Test]
    public void Instances_CarryTheirFiguresAndMarginChartAsInlineSvg()
    {
        string html = HtmlReportWriter.Render(Report());
        string instances = html[html.IndexOf("<h3>Instances</h3>", StringComparison.Ordinal)..];

        Assert.That(Regex.Matches(instances, "<figure[^>]*><svg").Count, Is.EqualTo(12), "a margin chart and a loss figure per instance");
        Assert.That(html, Does.Not.Contain("<?xml"));
        Assert.That(html, Does.Contain("Hypothesis margins · experiment-m100 #0"));
    }
}

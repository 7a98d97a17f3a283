using System.Text.RegularExpressions;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>Pass/fail colours only where the theorem judges; the page's title and heading say how much was in scope.</summary>
public sealed class VerdictWordingTests
{
    private static CheckReport Check(string id, Verdict verdict, Tier? tier = null) =>
        new(id, tier, id, "Lemma 3.1", Provenance.Verified, 1, Relation.Less, 2, 0.5, verdict, null, null);

    private static InstanceReport Instance(int index, bool inScope) => new(
        "s", index, 7, inScope, inScope ? Verdict.Pass : Verdict.BeyondScope, [],
        [Check("data", Verdict.Pass, Tier.Data), Check("instance", inScope ? Verdict.Pass : Verdict.Fail, Tier.Instance)],
        [Check("rate-held", Verdict.Pass), Check("rate-broken", inScope ? Verdict.Pass : Verdict.Fail)],
        [],
        null);

    private static TheoremReport Theorem(string id, params bool[] inScope)
    {
        var instances = inScope.Select((x, i) => Instance(i, x)).ToList();
        var verdict = Scope.Combine(instances.Select(i => i.Verdict));
        return new TheoremReport(id, id, "c", verdict, [new ScenarioSummary("s", "d", instances.Count, inScope.Count(x => x), 0, 0, 1, verdict)], instances);
    }

    private static RunReport Report(params TheoremReport[] theorems) => new(
        new EnvironmentInfo("OpenBLAS", "OpenBLAS 0.3.21 DYNAMIC_ARCH", null, 1, "4.8.12", "Linux", "cpu", ".NET", "abc", 1, DateTimeOffset.UnixEpoch, []),
        theorems);

    private static string Between(string html, string start, string end)
    {
        int from = html.IndexOf(start, StringComparison.Ordinal);
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [Test]
    public void BeyondScopeInstance_ShowsNeutralBadgesOnly()
    {
        string instance = Between(HtmlReportWriter.Render(Report(Theorem("t", false))), "<details class=\"instance\"", "</details>");

        Assert.That(instance, Does.Not.Contain("badge pass").And.Not.Contain("badge fail\""));
        Assert.That(instance, Does.Contain("<span class=\"badge holds\">holds</span>").And.Contain("<span class=\"badge fails\">fails</span>"));
        Assert.That(instance, Does.Contain("<span class=\"badge observed\">observed</span>").And.Contain("<span class=\"badge notobserved\">not observed</span>"));
    }

    [Test]
    public void InScopeInstance_JudgesItsConclusions()
    {
        string instance = Between(HtmlReportWriter.Render(Report(Theorem("t", true))), "<details class=\"instance\"", "</details>");

        Assert.That(Regex.Matches(instance, "<span class=\"badge pass\">pass</span>"), Has.Count.EqualTo(3), "the instance and its two conclusions");
        Assert.That(instance, Does.Contain("<span class=\"badge holds\">holds</span>").And.Not.Contain("observed"));
    }

    [Test]
    public void TitleAndHeading_CarryEachTheoremsVerdictAndScope()
    {
        string html = HtmlReportWriter.Render(Report(Theorem("du2019", true, false, false), Theorem("paper", false, false)));

        const string summary = "du2019 pass (1 of 3 instances in scope), paper beyond scope (0 of 2 instances in scope)";
        Assert.That(html, Does.Contain($"<title>Verify: {summary}</title>").And.Contain($"<h1>Verify: {summary}</h1>"));
    }

    [Test]
    public void WhollyBeyondScopeRun_NeverReadsPass()
    {
        string html = HtmlReportWriter.Render(Report(Theorem("paper", false, false)));
        // The style sheet and the "how to read this section" box (which defines every verdict word) aside.
        string page = Regex.Replace(html, "<style>.*?</style>|<details class=\"how-to-read\">.*?</details>", "", RegexOptions.Singleline);

        Assert.That(Regex.IsMatch(page, @"\bpass\b"), Is.False, page);
    }

    [Test]
    public void Backend_IsNamedOnce()
    {
        string html = HtmlReportWriter.Render(Report(Theorem("t", true)));

        Assert.That(html, Does.Contain("<td>OpenBLAS 0.3.21 DYNAMIC_ARCH (").And.Not.Contain("OpenBLAS OpenBLAS"));
    }

    [TestCase(0.15811388300839274, 1.0, "[0.158, 1]")]
    [TestCase(0.0, 0.8418861169915811, "[0, 0.842]")]
    [TestCase(0.0012345, 0.12345, "[0.001, 0.124]")]
    public void Intervals_HaveThreeDecimalsRoundedOutward(double lower, double upper, string expected)
    {
        Assert.That(Html.Interval(lower, upper), Is.EqualTo(expected));
    }
}

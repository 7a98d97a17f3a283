using System.Text.RegularExpressions;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class HtmlReportWriterTests
{
    private static CheckReport Check(string id, Verdict verdict, Tier? tier = null, string? note = null) =>
        new(id, tier, $"statement of {id} <with markup>", "Lemma 3.1", Provenance.Memory, 1.5, Relation.LessOrEqual, 2, 0.25, verdict, note, null);

    private static InstanceReport Instance(int index, Verdict verdict, bool inScope) => new(
        "in-scope", index, 1000UL + (ulong)index, inScope, verdict,
        [Parameter.Number("n", 4), Parameter.Number("m", 100_000)],
        [Check("lambda0-positive", Verdict.Pass, Tier.Data)],
        [Check("linear-rate", verdict == Verdict.Fail ? Verdict.Fail : Verdict.Pass)],
        [Check("lambda-min-stays", Verdict.Pass, note: "log-spaced schedule")],
        null);

    internal static RunReport Report(IReadOnlyList<string> warnings) => new(
        new EnvironmentInfo("MKL", "2020.0.4", "/usr/lib/libmkl_rt.so", 2, "Z3 4.8.12.0", "Linux", "AMD EPYC", ".NET 10.0", "abcdef", 42,
            DateTimeOffset.UnixEpoch, warnings),
        [new TheoremReport("du2019", "Du et al. 2019", "ICLR 2019", Verdict.Fail,
            [new ScenarioSummary("in-scope", "small", 2, 2, 1, 0.158, 1.0, Verdict.Fail)],
            [Instance(0, Verdict.Pass, true), Instance(1, Verdict.Fail, true)])]);

    [Test]
    public void Render_IsSelfContainedAndEscaped()
    {
        string html = HtmlReportWriter.Render(Report([]));

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(Regex.IsMatch(html, "(src|href)=\"(https?:)?//"), Is.False, "no network references");
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("&lt;with markup&gt;").And.Not.Contain("<with markup>"));
    }

    [Test]
    public void Render_ShowsEnvironmentVerdictsTiersAndProvenance()
    {
        string html = HtmlReportWriter.Render(Report([]));

        Assert.That(html, Does.Contain("MKL 2020.0.4").And.Contain("Z3 4.8.12.0").And.Contain("42"));
        Assert.That(html, Does.Contain("Data").And.Contain("Lemma 3.1 [M]").And.Contain("+25 %"));
        Assert.That(html, Does.Contain("[0.158, 1]"));
    }

    [Test]
    public void Render_PutsCounterexamplesFirst()
    {
        string html = HtmlReportWriter.Render(Report([]));

        int counterexamples = html.IndexOf("Counterexamples", StringComparison.Ordinal);
        Assert.That(counterexamples, Is.GreaterThan(0));
        Assert.That(html.IndexOf("seed 1001", StringComparison.Ordinal), Is.LessThan(html.IndexOf("seed 1000", StringComparison.Ordinal)));
        Assert.That(html[counterexamples..], Does.Contain("instance 1, seed 1001: linear-rate violated in scope"));
    }

    [Test]
    public void Render_ShowsWarningsLoudly()
    {
        string html = HtmlReportWriter.Render(Report(["Z3 is missing"]));

        Assert.That(html, Does.Contain("class=\"warning\"").And.Contain("Z3 is missing"));
    }

    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "∞")]
    [TestCase(1234567.0, "1.23457e6")]
    [TestCase(0.5, "0.5")]
    public void Numbers_AreInvariant(double value, string expected)
    {
        Assert.That(NumberFormat.Text(value), Is.EqualTo(expected));
    }

    [TestCase(0.25, "+25 %")]
    [TestCase(-21.857, "−2185.7 %")]
    [TestCase(-1e19, "−1e21 %")]
    [TestCase(double.NaN, "NaN")]
    public void Margins_ArePercentagesWithAnExponentWhenHuge(double value, string expected)
    {
        Assert.That(Html.Percent(value), Is.EqualTo(expected));
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>Every page the writer renders parses as HTML5 without a single parse error.</summary>
public sealed class HtmlValidityTests
{
    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData(SampleReports.Du2019()).SetArgDisplayNames("du2019 sample");
        yield return new TestCaseData(SampleReports.PaperFig1()).SetArgDisplayNames("paper fig1 sample");
        yield return new TestCaseData(HtmlReportWriterTests.Report(["a warning with <markup> & ampersand"])).SetArgDisplayNames("counterexample and warning");
    }

    [TestCaseSource(nameof(Pages))]
    public void RenderedPage_HasNoParseErrors(RunReport report)
    {
        Assert.That(HtmlValidity.ParseErrors(HtmlReportWriter.Render(report)), Is.Empty);
    }

    [Test]
    public void ParseErrors_FindsAnUnescapedLessThan()
    {
        Assert.That(HtmlValidity.ParseErrors("<!DOCTYPE html><html><head><title>t</title></head><body><table><tr><td><</td></tr></table></body></html>"), Is.Not.Empty);
    }
}

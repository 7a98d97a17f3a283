using NUnit.Framework;

namespace Verify.Reports.Tests;

/// <summary>
/// Writes the sample reports for looking at in a browser (explicit: run with
/// <c>dotnet test --filter Name=WriteSampleReport</c>, <c>Name=WritePaperFig1SampleReport</c> or <c>Name=WritePhaseSampleReport</c>;
/// the folder is VERIFY_SAMPLE_REPORT or /tmp/sample-report, /tmp/sample-report-fig1, /tmp/sample-report-phase).
/// </summary>
public sealed class SampleReportTests
{
    [Test]
    [Explicit("writes /tmp/sample-report for a visual check")]
    public void WriteSampleReport()
    {
        string directory = Environment.GetEnvironmentVariable("VERIFY_SAMPLE_REPORT") ?? "/tmp/sample-report";

        string html = ReportFiles.Write(SampleReports.Du2019(), directory);

        TestContext.Out.WriteLine(html);
        Assert.That(File.Exists(html), Is.True);
    }

    [Test]
    [Explicit("writes /tmp/sample-report-fig1 for a visual check")]
    public void WritePaperFig1SampleReport()
    {
        string directory = Environment.GetEnvironmentVariable("VERIFY_SAMPLE_REPORT") ?? "/tmp/sample-report-fig1";

        string html = ReportFiles.Write(SampleReports.PaperFig1(), directory);

        TestContext.Out.WriteLine(html);
        Assert.That(File.Exists(html), Is.True);
    }

    [Test]
    [Explicit("writes /tmp/sample-report-phase for a visual check")]
    public void WritePhaseSampleReport()
    {
        string directory = Environment.GetEnvironmentVariable("VERIFY_SAMPLE_REPORT") ?? "/tmp/sample-report-phase";
        Directory.CreateDirectory(directory);
        string html = Path.Combine(directory, "index.html");

        File.WriteAllText(html, HtmlReportWriter.Render(PhaseSample.Report(), new PhasePlan("m", "n", PhaseSample.LossRatio)));

        TestContext.Out.WriteLine(html);
        Assert.That(File.Exists(html), Is.True);
    }

    [Test]
    public void SampleReport_RendersQuickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        string html = HtmlReportWriter.Render(SampleReports.Du2019());

        Assert.That(html, Does.Contain("Theory vs practice"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }
}

using NUnit.Framework;

namespace Verify.Reports.Tests;

public sealed class ReportFilesTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Path.Combine(Path.GetTempPath(), $"verify-report-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void Write_WritesOnePngPerFigureAndMarginChart()
    {
        var report = SampleReports.Du2019();

        string html = ReportFiles.Write(report, _directory);

        Assert.That(File.Exists(html), Is.True);
        string[] pngs = Directory.GetFiles(Path.Combine(_directory, FigureFiles.FolderName), "*.png");
        int perInstance = report.Theorems.Sum(t => t.Instances.Sum(i => 1 + i.Conclusions.Concat(i.Invariants).Count(c => c.Figure is not null)));
        int sweep = 4 + 4; // the sample sweep has 4 figure checks: an overlay and a scalar figure for each
        Assert.That(pngs, Has.Length.EqualTo(perInstance + sweep), "and an overlay and a scalar figure per figure check of the sweep");
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment_by_m_linear-rate.png"));
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment_weights-stay-close_vs_m.png"));
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment-m500_1_lambda-min-stays.png"));
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment-m500_1_margins.png"));
        foreach (string png in pngs)
        {
            Assert.That(File.ReadAllBytes(png)[..8], Is.EqualTo(FigureRendererTests.PngMagic), png);
        }
        Assert.That(File.GetLastWriteTimeUtc(html), Is.GreaterThanOrEqualTo(pngs.Max(File.GetLastWriteTimeUtc)), "index.html goes last");
    }

    [Test]
    public void Write_CanSkipThePngs()
    {
        ReportFiles.Write(SampleReports.Du2019(), _directory, writeFigurePngs: false);

        Assert.That(File.Exists(Path.Combine(_directory, ReportFiles.HtmlName)), Is.True);
        Assert.That(File.Exists(Path.Combine(_directory, ReportFiles.JsonName)), Is.True);
        Assert.That(Directory.Exists(Path.Combine(_directory, FigureFiles.FolderName)), Is.False);
    }

    [Test]
    public void Write_WhenCancelled_LeavesNoFileBehind()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ReportFiles.Write(SampleReports.Du2019(), _directory, cancellation: cancelled.Token));

        Assert.That(Directory.Exists(_directory) ? Directory.GetFileSystemEntries(_directory, "*", SearchOption.AllDirectories) : [], Is.Empty);
    }

    [Test]
    public void Write_CancelledWhileWriting_DeletesWhatItWrote()
    {
        // Cancelled from another thread while the PNGs are being written: either the report is complete or
        // nothing of it is left.
        using var cancellation = new CancellationTokenSource();
        var writing = Task.Run(() => ReportFiles.Write(SampleReports.Du2019(), _directory, cancellation: cancellation.Token));
        SpinWait.SpinUntil(() => Directory.Exists(Path.Combine(_directory, FigureFiles.FolderName)), TimeSpan.FromSeconds(30));
        cancellation.Cancel();

        try
        {
            writing.GetAwaiter().GetResult();
            Assert.That(File.Exists(Path.Combine(_directory, ReportFiles.HtmlName)), Is.True, "finished before the cancellation");
        }
        catch (OperationCanceledException)
        {
            Assert.That(Directory.GetFileSystemEntries(_directory, "*", SearchOption.AllDirectories), Is.Empty);
        }
    }
}

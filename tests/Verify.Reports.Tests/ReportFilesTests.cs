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
        // the sample sweep has 4 figure checks (an overlay and a scalar figure for each) and 2 Instance-tier hypotheses
        // whose values vary with m (a scalar figure each)
        int sweep = 4 + 4 + 2;
        Assert.That(pngs, Has.Length.EqualTo(perInstance + sweep), "and the sweep's overlay and scalar figures");
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment_by_m_linear-rate.png"));
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment_weights-stay-close_vs_m.png"));
        Assert.That(pngs.Select(Path.GetFileName), Does.Contain("du2019_experiment_r-prime-below-r_vs_m.png"));
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
    public void Write_CancelledWhileWritingThePngs_LeavesThePreviousReportWhole()
    {
        var previous = WritePreviousReport();
        using var cancellation = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => ReportFiles.Write(SampleReports.Du2019(), _directory, true, cancellation.Token,
            afterEachFile: path => { if (path.EndsWith(".png", StringComparison.Ordinal)) { cancellation.Cancel(); } }));

        AssertUnchanged(previous);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Write_FailingAtTheNthFile_LeavesThePreviousReportWhole(int failAt)
    {
        var previous = WritePreviousReport();
        int files = 0;

        var e = Assert.Throws<IOException>(() => ReportFiles.Write(SampleReports.Du2019(), _directory, true, CancellationToken.None,
            afterEachFile: _ => { if (++files == failAt) { throw new IOException("disk full (simulated)"); } }));

        Assert.That(e!.Message, Does.Contain("simulated"));
        AssertUnchanged(previous);
    }

    [Test]
    public void Write_ReplacesAnEarlierReportWhole()
    {
        WritePreviousReport();

        ReportFiles.Write(SampleReports.Du2019(), _directory, writeFigurePngs: false);

        Assert.That(Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { ReportFiles.HtmlName, ReportFiles.JsonName }));
        Assert.That(SiblingsOf(_directory), Is.Empty, "no staging or old folder left");
    }

    /// <summary>A writer killed between renaming the old report away and the new one in: the next write restores nothing twice and leaves no folder.</summary>
    [TestCase(true)]
    [TestCase(false)]
    public void Write_AfterAWriterWasKilled_CleansUpItsFolders(bool killedMidSwap)
    {
        const int deadProcess = 99_999_999; // above Linux's pid_max (4 194 304 at most)
        var previous = WritePreviousReport();
        string Beside(string role) => Path.Combine(Path.GetDirectoryName(_directory)!, $".{Path.GetFileName(_directory)}.verify-{role}.{deadProcess}");
        Directory.CreateDirectory(Beside("new"));
        File.WriteAllText(Path.Combine(Beside("new"), ReportFiles.JsonName), "half");
        if (killedMidSwap)
        {
            Directory.Move(_directory, Beside("old"));
        }

        Assert.That(ReportFiles.Unwritable(_directory), Is.Null);
        Assert.Throws<IOException>(() => ReportFiles.Write(SampleReports.Du2019(), _directory, false, CancellationToken.None,
            afterEachFile: _ => throw new IOException("disk full (simulated)")));

        AssertUnchanged(previous);
    }

    [Test]
    public void FolderWithOtherFiles_IsRefusedAndLeftAlone()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        Assert.That(ReportFiles.Unwritable(_directory), Does.Contain("'notes.txt', which a report does not write"));
        Assert.Throws<IOException>(() => ReportFiles.Write(SampleReports.Du2019(), _directory, writeFigurePngs: false));
        Assert.That(Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName), Is.EqualTo(new[] { "notes.txt" }));
        Assert.That(SiblingsOf(_directory), Is.Empty);
    }

    /// <summary>Writes a previous report (and a figure) and returns every file's bytes by relative path.</summary>
    private Dictionary<string, byte[]> WritePreviousReport()
    {
        ReportFiles.Write(SampleReports.PaperFig1(), _directory, writeFigurePngs: false);
        Directory.CreateDirectory(Path.Combine(_directory, FigureFiles.FolderName));
        File.WriteAllBytes(Path.Combine(_directory, FigureFiles.FolderName, "previous.png"), FigureRendererTests.PngMagic);
        return Snapshot();
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).ToDictionary(path => Path.GetRelativePath(_directory, path), File.ReadAllBytes);

    private void AssertUnchanged(Dictionary<string, byte[]> previous)
    {
        var now = Snapshot();
        Assert.That(now.Keys, Is.EquivalentTo(previous.Keys));
        Assert.That(previous.Keys, Does.Contain(ReportFiles.HtmlName).And.Contain(ReportFiles.JsonName));
        foreach (var (path, bytes) in previous)
        {
            Assert.That(now[path], Is.EqualTo(bytes), path);
        }
        Assert.That(SiblingsOf(_directory), Is.Empty, "no staging or old folder left");
    }

    /// <summary>Entries beside <paramref name="folder"/> whose names start with its own (staging and old folders).</summary>
    internal static string[] SiblingsOf(string folder) =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!, $".{Path.GetFileName(folder)}*");
}

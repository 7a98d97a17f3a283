using NUnit.Framework;
using Verify.Reports;

namespace Verify.Cli.Tests;

/// <summary>
/// The reports in a real browser (headless Chromium, <see cref="HeadlessChromium"/>): the index.html of a run, of a check
/// and of a page with phase diagrams loads without a console error or a network request, and every figure has a
/// non-empty box. The screenshots are kept under reports/browser/ (git-ignored) for looking at.
/// </summary>
public sealed class BrowserTests
{
    private string _outputDirectory = "";

    [SetUp]
    public void CreateOutputDirectory() =>
        _outputDirectory = Path.Combine(Path.GetTempPath(), $"verify-browser-{Guid.NewGuid():N}");

    [TearDown]
    public void DeleteOutputDirectory()
    {
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
    }

    [Test]
    public void RunReport_RendersCleanly()
    {
        // one small scenario of the paper's experiment: trajectory figures, margin charts and the sweep section's table
        Verify("run", "du2019", "--quick", "--scenario", "paper-fig1-m100", "--instance", "0", "--out", _outputDirectory);

        var page = AssertRendersCleanly(Path.Combine(_outputDirectory, "index.html"), "run-du2019");

        Assert.That(page.Figures, Has.Count.GreaterThanOrEqualTo(4), "the trajectory figures and the margin chart");
    }

    [Test]
    public void CheckReport_RendersCleanly()
    {
        string setup = Path.Combine(AppContext.BaseDirectory, "Du2019", "examples", "in-scope", "setup.json");
        Verify("check", setup, "--out", _outputDirectory);

        AssertRendersCleanly(Path.Combine(_outputDirectory, "index.html"), "check-du2019-in-scope");
    }

    [Test]
    public void PhaseDiagramPage_RendersCleanly()
    {
        Directory.CreateDirectory(_outputDirectory);
        string index = Path.Combine(_outputDirectory, "index.html");
        File.WriteAllText(index, HtmlReportWriter.Render(PhaseSample.Report(), new PhasePlan("m", "n", PhaseSample.LossRatio)));

        var page = AssertRendersCleanly(index, "phase-sample");

        Assert.That(page.Figures.Count(f => f.What.StartsWith("figure", StringComparison.Ordinal) && f.What.Contains(": grid3, ", StringComparison.Ordinal)), Is.EqualTo(3), "three heatmaps");
    }

    [Test]
    public void BrokenPage_IsCaught()
    {
        // the check itself must be able to fail: a console error, an uncaught exception, a request that is not for a file (to a
        // closed local port, refused at once even without a network), an empty figure
        Directory.CreateDirectory(_outputDirectory);
        string index = Path.Combine(_outputDirectory, "index.html");
        File.WriteAllText(index, """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>broken</title></head><body>
            <script>console.error("drawn wrong"); undefinedFunction();</script>
            <img src="http://127.0.0.1:9/plot.png" alt="">
            <figure><svg width="0" height="0"></svg><figcaption>empty</figcaption></figure>
            <figure><svg width="100" height="50"><rect width="100" height="50"/></svg><figcaption>fine</figcaption></figure>
            </body></html>
            """);

        var page = HeadlessChromium.Load(index, Path.Combine(_outputDirectory, "broken.png"));

        Assert.That(page.Errors, Has.Some.Contains("console.error: drawn wrong").And.Some.Contains("undefinedFunction"));
        Assert.That(page.NetworkRequests, Has.Some.StartsWith("http://127.0.0.1:9/"));
        Assert.That(page.Figures.Where(f => f.IsEmpty).Select(f => f.What), Is.EqualTo(new[] { "svg 1: empty" }));
    }

    /// <summary>
    /// Loads <paramref name="indexHtml"/> in headless Chromium, saves reports/browser/<paramref name="name"/>.png and asserts: no
    /// console error, no network request, at least one figure, and no figure or svg with an empty box.
    /// </summary>
    internal static BrowserPage AssertRendersCleanly(string indexHtml, string name)
    {
        Assert.That(File.Exists(indexHtml), Is.True, indexHtml);
        string screenshot = Path.Combine(ScreenshotFolder(), name + ".png");

        var page = HeadlessChromium.Load(indexHtml, screenshot);

        TestContext.Out.WriteLine($"screenshot: {screenshot}; {page.Figures.Count} figures and svgs measured");
        Assert.That(page.Errors, Is.Empty, "console errors");
        Assert.That(page.NetworkRequests, Is.Empty, "a report is self-contained: it requests nothing over the network");
        Assert.That(page.Figures, Is.Not.Empty, "the page has figures");
        Assert.That(page.Figures.Where(f => f.IsEmpty).Select(f => $"{f.What} ({f.Width}×{f.Height})"), Is.Empty, "figures with an empty box");
        var png = File.ReadAllBytes(screenshot);
        Assert.That(png.Length, Is.GreaterThan(10_000), "a screenshot with content");
        Assert.That(png[1..4], Is.EqualTo("PNG"u8.ToArray()));
        return page;
    }

    private static void Verify(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = VerifyCli.Run(args, output, error);
        Assert.That(code, Is.EqualTo(0), $"verify {string.Join(' ', args)}\n{output}{error}");
    }

    /// <summary>reports/browser/ in the repository (found by walking up to Verify.sln), else under the temp folder.</summary>
    private static string ScreenshotFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Verify.sln")))
            {
                return Path.Combine(folder.FullName, "reports", "browser");
            }
        }
        return Path.Combine(Path.GetTempPath(), "verify-browser-screenshots");
    }
}

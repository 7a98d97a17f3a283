using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Writes a run's files into a directory, each atomically: report.json, the figures as PNG in
/// <c>figures/</c> (unless turned off), and index.html last, so a complete index.html means a complete run.
/// </summary>
public static class ReportFiles
{
    public const string HtmlName = "index.html";
    public const string JsonName = "report.json";

    /// <summary>Writes the files and returns the full path of index.html.</summary>
    /// <param name="report">The run.</param>
    /// <param name="directory">The output directory (created if missing).</param>
    /// <param name="writeFigurePngs">Also write one PNG per figure into <c>DIR/figures/</c>; tests turn it off.</param>
    public static string Write(RunReport report, string directory, bool writeFigurePngs = true)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, JsonName), ReportJson.Serialize(report));
        if (writeFigurePngs)
        {
            FigureFiles.Write(report, Path.Combine(directory, FigureFiles.FolderName));
        }
        string htmlPath = Path.GetFullPath(Path.Combine(directory, HtmlName));
        AtomicFile.WriteAllText(htmlPath, HtmlReportWriter.Render(report));
        return htmlPath;
    }
}

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
    /// <param name="cancellation">
    /// Checked before and between files and once more after index.html is in place: when it is cancelled, every
    /// file this call wrote is deleted again (and <c>figures/</c> if this call made it) and
    /// <see cref="OperationCanceledException"/> is thrown, so an interrupted run leaves no report behind.
    /// </param>
    public static string Write(RunReport report, string directory, bool writeFigurePngs = true, CancellationToken cancellation = default)
    {
        var written = new List<string>();
        string figures = Path.GetFullPath(Path.Combine(directory, FigureFiles.FolderName));
        bool figuresExisted = Directory.Exists(figures);
        try
        {
            cancellation.ThrowIfCancellationRequested();
            written.Add(AtomicFile.WriteAllText(Path.Combine(directory, JsonName), ReportJson.Serialize(report)));
            if (writeFigurePngs)
            {
                FigureFiles.Write(report, figures, written, cancellation);
            }
            cancellation.ThrowIfCancellationRequested();
            string htmlPath = Path.GetFullPath(Path.Combine(directory, HtmlName));
            written.Add(AtomicFile.WriteAllText(htmlPath, HtmlReportWriter.Render(report)));
            cancellation.ThrowIfCancellationRequested();
            return htmlPath;
        }
        catch (OperationCanceledException)
        {
            foreach (string path in written)
            {
                File.Delete(path);
            }
            if (!figuresExisted && Directory.Exists(figures) && !Directory.EnumerateFileSystemEntries(figures).Any())
            {
                Directory.Delete(figures);
            }
            throw;
        }
    }
}

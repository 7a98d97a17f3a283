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

    /// <summary>
    /// Why the report cannot be written into <paramref name="directory"/>; null when it can. Run before any work, so an
    /// unusable --out (a file, a device such as /dev/null, a read-only folder, report.json or index.html taken by a folder,
    /// a path too long) is refused up front: the folder is created as <see cref="Write"/> would, and a probe file is
    /// created in it and deleted again.
    /// </summary>
    public static string? Unwritable(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string? created = null;
        try
        {
            string full = Path.GetFullPath(directory);
            if (File.Exists(full))
            {
                return "it exists and is not a folder";
            }
            for (string? parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                {
                    return $"'{parent}' is a file, not a folder";
                }
            }
            created = TopmostMissing(full);
            Directory.CreateDirectory(full);
            foreach (string name in new[] { JsonName, HtmlName })
            {
                if (Directory.Exists(Path.Combine(full, name)))
                {
                    return $"'{Path.Combine(full, name)}' is a folder, where the report writes the file {name}";
                }
            }
            string figures = Path.Combine(full, FigureFiles.FolderName);
            if (File.Exists(figures))
            {
                return $"'{figures}' is a file, where the report writes a folder of figures";
            }
            string probe = Path.Combine(full, $".verify-probe.{Environment.ProcessId}.tmp");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message.TrimEnd('.');
        }
        finally
        {
            // The probe leaves nothing behind: the folders it created are removed (empty; the run creates them again).
            if (created is not null && Directory.Exists(created))
            {
                try
                {
                    Directory.Delete(created, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left as an empty folder; the report goes there anyway.
                }
            }
        }
    }

    /// <summary>The outermost folder of <paramref name="full"/> that does not exist yet; null when it exists.</summary>
    private static string? TopmostMissing(string full)
    {
        string? missing = null;
        for (string? folder = full; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing = folder;
        }
        return missing;
    }
}

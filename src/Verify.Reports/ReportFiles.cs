using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Writes a run's report — report.json, the figures as PNG in <c>figures/</c> (unless turned off) and index.html, the
/// only entries Verify writes (<see cref="ReportEntries"/>) — into a staging folder beside the output folder, then swaps
/// it in (<see cref="ReportStaging"/>): at every moment the output folder holds the whole previous report or the whole
/// new one, and a failed or interrupted write leaves the previous report as it was and no staging folder behind.
/// </summary>
public static class ReportFiles
{
    public const string HtmlName = ReportEntries.HtmlName;
    public const string JsonName = ReportEntries.JsonName;

    /// <summary>Writes the report and returns the full path of index.html.</summary>
    /// <param name="report">The run.</param>
    /// <param name="directory">
    /// The output folder: created if missing, replaced if it holds an earlier report (or nothing); one that holds
    /// anything else is refused (<see cref="IOException"/>; <see cref="Unwritable"/> says so before the run).
    /// </param>
    /// <param name="writeFigurePngs">Also write one PNG per figure into <c>DIR/figures/</c>; tests turn it off.</param>
    /// <param name="cancellation">
    /// Checked before and between files and once more before the swap: when it is cancelled the staging folder is
    /// deleted and <see cref="OperationCanceledException"/> is thrown, so an interrupted run leaves the previous report.
    /// </param>
    public static string Write(RunReport report, string directory, bool writeFigurePngs = true, CancellationToken cancellation = default) =>
        Write(report, directory, writeFigurePngs, cancellation, afterEachFile: null);

    /// <summary>
    /// Writes a sweep's report: as <see cref="Write(RunReport, string, bool, CancellationToken)"/>, with the gap table and each
    /// theorem's phase diagrams over <paramref name="phases"/> in index.html (<see cref="HtmlReportWriter.Render(RunReport, PhasePlan?)"/>)
    /// and their PNGs in <c>figures/</c>.
    /// </summary>
    public static string Write(RunReport report, string directory, PhasePlan phases, bool writeFigurePngs = true, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(phases);
        return Write(report, directory, writeFigurePngs, cancellation, afterEachFile: null, phases);
    }

    /// <summary>As the public overloads; <paramref name="afterEachFile"/> (a test hook) sees each staged file as it is written.</summary>
    internal static string Write(RunReport report, string directory, bool writeFigurePngs, CancellationToken cancellation, Action<string>? afterEachFile,
        PhasePlan? phases = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellation.ThrowIfCancellationRequested();
        using var staging = ReportStaging.Begin(directory);
        void Staged(string path) => afterEachFile?.Invoke(path);

        Staged(AtomicFile.WriteAllText(Path.Combine(staging.Folder, JsonName), ReportJson.Serialize(report)));
        if (writeFigurePngs)
        {
            FigureFiles.Write(report, Path.Combine(staging.Folder, FigureFiles.FolderName), Staged, cancellation, phases);
        }
        cancellation.ThrowIfCancellationRequested();
        Staged(AtomicFile.WriteAllText(Path.Combine(staging.Folder, HtmlName), HtmlReportWriter.Render(report, phases)));
        cancellation.ThrowIfCancellationRequested();
        staging.Commit();
        return Path.Combine(staging.Target, HtmlName);
    }

    /// <summary>
    /// Why the report cannot be written into <paramref name="directory"/>; null when it can. Run before any work, so an
    /// unusable --out (a file, a device such as /dev/null, a read-only folder, report.json or index.html taken by a folder,
    /// a folder holding files that are not a report, a path too long) is refused up front: the parent folders are created
    /// as the writer would, and a staging folder is created beside it and deleted again.
    /// </summary>
    public static string? Unwritable(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string? created = null;
        try
        {
            string full = ReportStaging.TargetOf(directory);
            if (File.Exists(full))
            {
                return "it exists and is not a folder";
            }
            string parent = Path.GetDirectoryName(full) ?? throw new IOException("the root folder cannot be replaced");
            for (string? folder = parent; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(folder))
                {
                    return $"'{folder}' is a file, not a folder";
                }
            }
            if (Directory.Exists(full) && ReportEntries.Problem(full) is { } problem)
            {
                return problem;
            }
            created = TopmostMissing(parent);
            Directory.CreateDirectory(parent);
            ReportStaging.Probe(full);
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

using System.Globalization;
using Verify.Core;
using Verify.Reports;

namespace Verify.Cli;

/// <summary>
/// The default report folder of `verify run`: <c>reports/&lt;id&gt;-&lt;yyyyMMdd-HHmmss UTC&gt;</c>, one per run, and
/// <c>reports/latest</c> pointing to the last one.
/// </summary>
public static class LatestReport
{
    /// <summary>The name of the link (or copy) to the last report, beside the reports.</summary>
    public const string Name = "latest";

    /// <summary>
    /// "reports/du2019-20261203-154400" for a run started then; "-2", "-3" … appended when that folder exists. Creates
    /// <paramref name="root"/> when it is missing.
    /// </summary>
    public static string Folder(string theoremId, DateTimeOffset started, string root = "reports")
    {
        Directory.CreateDirectory(root);
        string stem = Path.Combine(root, $"{theoremId}-{started.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        string folder = stem;
        for (int suffix = 2; Path.Exists(folder); suffix++)
        {
            folder = $"{stem}-{suffix.ToString(CultureInfo.InvariantCulture)}";
        }
        return folder;
    }

    /// <summary>
    /// Makes <c>latest</c> beside <paramref name="folder"/> a symbolic link to it (relative; made under a staging name and
    /// renamed in, after the previous link is removed). A <c>latest</c> that is a real folder (an earlier Verify wrote reports there) or a file
    /// system without symbolic links gets a copy of the report instead, written the safe way (<see cref="ReportFiles"/>).
    /// </summary>
    public static void Point(RunReport report, string folder, CancellationToken cancellation)
    {
        string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full)!;
        string latest = Path.Combine(parent, Name);
        if (Directory.Exists(latest) && new DirectoryInfo(latest).LinkTarget is null)
        {
            ReportFiles.Write(report, latest, cancellation: cancellation);
            return;
        }
        string staging = Path.Combine(parent, $".{Name}.verify-new.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        try
        {
            File.Delete(staging);
            File.CreateSymbolicLink(staging, Path.GetFileName(full));
            if (new FileInfo(latest).LinkTarget is not null)
            {
                File.Delete(latest); // the link itself, never what it points to
            }
            Directory.Move(staging, latest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(staging);
            ReportFiles.Write(report, latest, cancellation: cancellation);
        }
    }
}

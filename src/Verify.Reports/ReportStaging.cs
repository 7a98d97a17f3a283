namespace Verify.Reports;

/// <summary>
/// A report written into a staging folder beside its output folder (<c>.NAME.verify-new.PID</c>, same parent, so
/// renames stay on one file system) and swapped in by <see cref="Commit"/>: the output folder is renamed away
/// (<c>.NAME.verify-old.PID</c>), the staging folder renamed in, the old one deleted. Until the commit the output
/// folder is untouched; disposing without a commit deletes the staging folder. What a writer killed outright left
/// behind is cleaned up (or the old report put back) by the next write to the same folder.
/// </summary>
internal sealed class ReportStaging : IDisposable
{
    private bool _committed;

    private ReportStaging(string target)
    {
        Target = target;
        Folder = Sibling(target, "new");
    }

    /// <summary>The output folder, a full path without a trailing separator.</summary>
    public string Target { get; }

    /// <summary>The staging folder the report is written into.</summary>
    public string Folder { get; }

    /// <summary>The full path of an output folder as the staging sees it (no trailing separator, so it has a parent).</summary>
    public static string TargetOf(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    /// <summary>Creates an empty staging folder for <paramref name="directory"/> (its parents too).</summary>
    public static ReportStaging Begin(string directory)
    {
        var staging = new ReportStaging(TargetOf(directory));
        RecoverFromKilledWriters(staging.Target);
        if (Directory.Exists(staging.Target) && ReportEntries.Problem(staging.Target) is { } problem)
        {
            throw new IOException(problem);
        }
        DeleteIfPresent(staging.Folder);
        Directory.CreateDirectory(staging.Folder);
        return staging;
    }

    /// <summary>
    /// What a writer killed outright (SIGKILL, power loss) left beside <paramref name="target"/>: a staging folder is
    /// deleted; an old report renamed away before the new one came in is renamed back when the output folder is
    /// missing (else deleted). Only folders whose process id is no longer running are touched.
    /// </summary>
    private static void RecoverFromKilledWriters(string target)
    {
        string parent = Path.GetDirectoryName(target)!;
        string prefix = $".{Path.GetFileName(target)}.verify-";
        foreach (string folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            string[] parts = Path.GetFileName(folder)[prefix.Length..].Split('.');
            if (parts is not [var role and ("new" or "old"), var pid] || !int.TryParse(pid, out int id) || IsRunning(id))
            {
                continue;
            }
            if (role == "old" && !Directory.Exists(target))
            {
                Directory.Move(folder, target);
            }
            else
            {
                DeleteIfPresent(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Checks that a staging folder can be made beside <paramref name="target"/> and, when it exists, that entries can
    /// be created and deleted in it (the old report is deleted after the swap); throws the I/O error otherwise.
    /// </summary>
    public static void Probe(string target)
    {
        string probe = Sibling(target, "probe");
        Directory.CreateDirectory(probe);
        Directory.Delete(probe);
        if (Directory.Exists(target))
        {
            string file = Path.Combine(target, $".verify-probe.{Environment.ProcessId}.tmp");
            File.WriteAllBytes(file, []);
            File.Delete(file);
        }
    }

    /// <summary>Swaps the staged report in; on failure the previous output folder is put back and the error rethrown.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Sibling(Target, "old");
            DeleteIfPresent(old);
            Directory.Move(Target, old);
        }
        try
        {
            Directory.Move(Folder, Target);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, Target);
            }
            throw;
        }
        _committed = true;
        if (old is not null)
        {
            DeleteIfPresent(old);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfPresent(Folder);
        }
    }

    private static string Sibling(string target, string role) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.verify-{role}.{Environment.ProcessId}");

    private static void DeleteIfPresent(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be deleted is left; Verify's staging names say where it came from.
        }
    }
}

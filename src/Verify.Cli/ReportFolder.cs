using Verify.Core;
using Verify.Reports;

namespace Verify.Cli;

/// <summary>The --out folder of `run` and `check`, checked before any work so an unusable one is exit 2, not a stack trace after the run.</summary>
internal static class ReportFolder
{
    /// <summary>Throws <see cref="UsageException"/> (exit 2) with the path and the reason when the report cannot be written there.</summary>
    public static void EnsureWritable(string directory)
    {
        if (ReportFiles.Unwritable(directory) is { } why)
        {
            throw new UsageException($"cannot write the report to --out '{directory}': {why}; nothing was run.");
        }
    }

    /// <summary>
    /// Writes the report (swapped in whole: see <see cref="ReportFiles"/>; a sweep's with its phase diagrams), with the process's peak working set so far; an I/O failure is an <see cref="EnvironmentFault"/>
    /// (exit 4) that says the previous report is unchanged. Returns the full path of index.html.
    /// </summary>
    public static string Write(RunReport report, string directory, CancellationToken cancellation, PhasePlan? phases = null)
    {
        try
        {
            report = report with { PeakWorkingSetBytes = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 };
            return phases is null
                ? ReportFiles.Write(report, directory, cancellation: cancellation)
                : ReportFiles.Write(report, directory, phases, cancellation: cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentFault($"could not write the report to '{directory}': {e.Message.TrimEnd('.')}; a previous report there is left as it was.");
        }
    }
}

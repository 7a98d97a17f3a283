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
}

using Verify.Core;

namespace Verify.Reports;

/// <summary>Writes a run's <c>index.html</c> and <c>report.json</c> into a directory, each atomically.</summary>
public static class ReportFiles
{
    public const string HtmlName = "index.html";
    public const string JsonName = "report.json";

    /// <summary>Writes both files and returns the full path of index.html.</summary>
    public static string Write(RunReport report, string directory)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, JsonName), ReportJson.Serialize(report));
        string htmlPath = Path.GetFullPath(Path.Combine(directory, HtmlName));
        AtomicFile.WriteAllText(htmlPath, HtmlReportWriter.Render(report));
        return htmlPath;
    }
}

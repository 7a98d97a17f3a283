namespace Verify.Reports;

/// <summary>
/// What "the report" in an output folder is: the entries Verify writes there (index.html, report.json, figures/).
/// A folder holding anything else is not replaced, so a user's own files are never moved or deleted.
/// </summary>
internal static class ReportEntries
{
    public const string HtmlName = "index.html";
    public const string JsonName = "report.json";

    /// <summary>Why the existing folder <paramref name="folder"/> cannot be replaced by a report; null when it can.</summary>
    public static string? Problem(string folder)
    {
        foreach (string name in new[] { JsonName, HtmlName })
        {
            if (Directory.Exists(Path.Combine(folder, name)))
            {
                return $"'{Path.Combine(folder, name)}' is a folder, where the report writes the file {name}";
            }
        }
        string figures = Path.Combine(folder, FigureFiles.FolderName);
        if (File.Exists(figures))
        {
            return $"'{figures}' is a file, where the report writes a folder of figures";
        }
        var foreign = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .Where(name => name is not (HtmlName or JsonName or FigureFiles.FolderName))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }
        string shown = string.Join(", ", foreign.Take(3).Select(name => $"'{name}'")) + (foreign.Count > 3 ? $" and {foreign.Count - 3} more" : "");
        return $"it holds {shown}, which a report does not write; the report replaces its folder as a whole, so expected a new folder, " +
            "an empty one or an earlier report (index.html, report.json, figures/ only)";
    }
}

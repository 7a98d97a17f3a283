using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Verify.Reports;

/// <summary>
/// Makes ScottPlot's SVG fit for inlining in a page that holds many of them: no XML prologue, a viewBox so
/// it scales, an accessible title, and element ids that are deterministic (Skia numbers them from a
/// process-wide counter) and unique per picture (prefixed with a hash of its content), so two inline SVGs
/// never resolve each other's clip paths.
/// </summary>
internal static partial class SvgMarkup
{
    public static string Inline(string svg, string title)
    {
        string body = PrologPattern().Replace(svg, "");
        body = IndentPattern().Replace(body, "\n").Trim();
        body = RootPattern().Replace(body, match =>
            $"<svg{match.Groups["before"].Value}width=\"{match.Groups["w"].Value}\" height=\"{match.Groups["h"].Value}\" "
            + $"viewBox=\"0 0 {match.Groups["w"].Value} {match.Groups["h"].Value}\" role=\"img\">"
            + $"<title>{Html.Escape(title)}</title>", 1);

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdPattern().Matches(body))
        {
            string id = match.Groups["id"].Value;
            if (!renamed.ContainsKey(id))
            {
                renamed[id] = "@" + renamed.Count.ToString(CultureInfo.InvariantCulture);
            }
        }
        body = Rename(body, id => renamed.TryGetValue(id, out string? placeholder) ? placeholder : id);
        string prefix = "v" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..10] + "-";
        return Rename(body, id => id.StartsWith('@') ? prefix + id[1..] : id);
    }

    private static string Rename(string svg, Func<string, string> rename) =>
        ReferencePattern().Replace(svg, match => match.Groups["open"].Value + rename(match.Groups["id"].Value) + match.Groups["close"].Value);

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex PrologPattern();

    [GeneratedRegex(@"\n[\t ]+")]
    private static partial Regex IndentPattern();

    [GeneratedRegex("<svg(?<before>[^>]*?)width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"[^>]*>")]
    private static partial Regex RootPattern();

    [GeneratedRegex("\\bid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("(?<open>\\bid=\"|url\\(#|href=\"#)(?<id>[^\")]+)(?<close>[\")])")]
    private static partial Regex ReferencePattern();
}

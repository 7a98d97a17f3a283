using System.Text;
using System.Text.RegularExpressions;

namespace Verify.Cli;

/// <summary>
/// Word-wraps console text to a fixed width with a hanging indent. The spaces between two words on one line are kept
/// (so "id  title" keeps its two); a word longer than a line is cut.
/// </summary>
internal static partial class TextWrap
{
    /// <summary>The console width every `list` line fits in.</summary>
    public const int Width = 100;

    /// <summary>The lines of <paramref name="text"/>: the first indented by <paramref name="firstIndent"/>, the rest by <paramref name="indent"/>.</summary>
    public static IReadOnlyList<string> Lines(string text, int firstIndent, int indent, int width = Width)
    {
        var lines = new List<string>();
        var line = new StringBuilder().Append(' ', firstIndent);
        int start = firstIndent;
        void Break()
        {
            lines.Add(line.ToString());
            line.Clear().Append(' ', indent);
            start = indent;
        }
        foreach (Match match in Word().Matches(text))
        {
            string rest = match.Groups["word"].Value;
            string space = match.Groups["space"].Value;
            if (line.Length > start && line.Length + space.Length + rest.Length > width)
            {
                Break();
            }
            else if (line.Length > start)
            {
                line.Append(space);
            }
            while (line.Length + rest.Length > width)
            {
                int room = Math.Max(1, width - line.Length);
                line.Append(rest[..room]);
                rest = rest[room..];
                Break();
            }
            line.Append(rest);
        }
        if (line.Length > start)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    [GeneratedRegex(@"(?<space>\s*)(?<word>\S+)")]
    private static partial Regex Word();
}

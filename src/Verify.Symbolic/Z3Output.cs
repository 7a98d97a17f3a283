using System.Text;

namespace Verify.Symbolic;

/// <summary>
/// Reads the text Z3's SMT-LIB2 front end prints: error lines <c>(error "…")</c>, <c>unsupported</c>
/// markers, <c>check-sat</c> answers and <c>(:reason-unknown "…")</c>.
/// </summary>
internal static class Z3Output
{
    private const string ErrorPrefix = "(error \"";
    private const string Unsupported = "unsupported";
    private const string ReasonUnknownPrefix = "(:reason-unknown \"";

    // With (set-info :status unsat) Z3 prints this after a contrary answer; the answer itself is valid.
    private const string StatusAnnotationMismatch = "check annotation that says";

    /// <summary>
    /// The problems Z3 reported in <paramref name="output"/>: its error messages and unsupported commands.
    /// A contradicted <c>(set-info :status …)</c> annotation is not a problem of the query: the
    /// <c>check-sat</c> answer stands, and deciding what it means is the caller's business.
    /// </summary>
    public static IReadOnlyList<string> Problems(string output)
    {
        var problems = new List<string>();
        string[] lines = Lines(output);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith(ErrorPrefix, StringComparison.Ordinal))
            {
                string message = ReadQuoted(line, ErrorPrefix.Length - 1);
                if (!message.Contains(StatusAnnotationMismatch, StringComparison.Ordinal))
                {
                    problems.Add(message);
                }
            }
            else if (line.TrimEnd() == Unsupported)
            {
                // Z3 follows "unsupported" with a comment naming the command and its position.
                string detail = i + 1 < lines.Length && lines[i + 1].StartsWith(';') ? lines[i + 1].TrimStart(';', ' ') : "command";
                problems.Add($"unsupported: {detail}");
            }
        }

        return problems;
    }

    /// <summary>True when <paramref name="output"/> holds at least one <c>(error "…")</c> line, ignored or not.</summary>
    public static bool PrintsErrors(string output) =>
        Lines(output).Any(line => line.StartsWith(ErrorPrefix, StringComparison.Ordinal));

    /// <summary>The <c>check-sat</c> answers (<c>sat</c>, <c>unsat</c>, <c>unknown</c>) in order of appearance.</summary>
    public static IReadOnlyList<string> CheckSatAnswers(string output) =>
        Lines(output).Select(line => line.Trim()).Where(line => line is "sat" or "unsat" or "unknown").ToList();

    /// <summary>The reason in <c>(:reason-unknown "…")</c>, or null when the text has no such line.</summary>
    public static string? ReasonUnknown(string output)
    {
        string? line = Lines(output).FirstOrDefault(l => l.StartsWith(ReasonUnknownPrefix, StringComparison.Ordinal));
        return line is null ? null : ReadQuoted(line, ReasonUnknownPrefix.Length - 1);
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Reads the SMT-LIB2 string literal starting at <paramref name="quote"/>; <c>""</c> is an escaped quote.</summary>
    private static string ReadQuoted(string line, int quote)
    {
        var text = new StringBuilder();
        for (int i = quote + 1; i < line.Length; i++)
        {
            if (line[i] != '"')
            {
                text.Append(line[i]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                text.Append('"');
                i++;
            }
            else
            {
                break;
            }
        }

        return text.ToString();
    }
}

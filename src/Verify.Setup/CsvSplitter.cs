using System.Text;

namespace Verify.Setup;

/// <summary>
/// Splits CSV text into lines (LF, CRLF or CR breaks) and lines into cells (RFC 4180 quoting: a cell may be
/// wrapped in double quotes, with "" for a quote inside).
/// </summary>
internal static class CsvSplitter
{
    /// <summary>The physical lines; a line break at the very end does not start another line.</summary>
    public static List<CsvLine> Lines(string text)
    {
        var lines = new List<CsvLine>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }
            lines.Add(new CsvLine(number++, text[start..i]));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        if (start < text.Length)
        {
            lines.Add(new CsvLine(number, text[start..]));
        }
        return lines;
    }

    /// <summary>The cells of a line; null (reported) when its quoting is broken.</summary>
    public static List<CsvCell>? Cells(CsvLine line, string file, List<SetupProblem> problems)
    {
        string text = line.Text;
        var cells = new List<CsvCell>();
        if (!text.Contains('"'))
        {
            foreach (var range in text.AsSpan().Split(','))
            {
                cells.Add(new CsvCell(text[range], Quoted: false));
            }
            return cells;
        }

        int i = 0;
        while (true)
        {
            int cellStart = i;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }
            if (i < text.Length && text[i] == '"')
            {
                var cell = new StringBuilder();
                int open = i++;
                bool closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    cell.Append(text[i++]);
                }
                if (!closed)
                {
                    problems.Add(new SetupProblem(file, $"line {line.Number}, column {cells.Count + 1}",
                        $"the quote opened at character {open + 1} is never closed; expected a closing '\"' on the same line"));
                    return null;
                }
                while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }
                if (i < text.Length && text[i] != ',')
                {
                    problems.Add(new SetupProblem(file, $"line {line.Number}, column {cells.Count + 1}",
                        $"unexpected text after a quoted cell: {JsonText.Quote(text[i..])}; expected ',' or the end of the line"));
                    return null;
                }
                cells.Add(new CsvCell(cell.ToString(), Quoted: true));
            }
            else
            {
                int comma = text.IndexOf(',', i);
                int end = comma < 0 ? text.Length : comma;
                string raw = text[cellStart..end];
                if (raw.Contains('"'))
                {
                    problems.Add(new SetupProblem(file, $"line {line.Number}, column {cells.Count + 1}",
                        $"a quote inside an unquoted cell: {JsonText.Quote(raw)}; expected numbers, optionally wrapped in double quotes"));
                    return null;
                }
                cells.Add(new CsvCell(raw, Quoted: false));
                i = end;
            }

            if (i >= text.Length)
            {
                return cells;
            }
            i++; // the comma
            if (i == text.Length)
            {
                cells.Add(new CsvCell("", Quoted: false));
                return cells;
            }
        }
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace Verify.Setup;

/// <summary>
/// Reads a CSV file as an n×d matrix: one sample per row, comma-separated, '.' decimals (invariant culture), an
/// optional header row (a first line with no numbers in it), UTF-8 with or without a byte-order mark, LF or CRLF
/// line breaks. Values are kept exactly as written. Every problem is reported with its line and column: empty
/// and header-only files, blank lines, ragged rows, cells that are not numbers, NaN and ±∞, decimal commas and
/// semicolons, UTF-16 text.
/// </summary>
public static class CsvMatrixReader
{
    /// <summary>The matrix, or null when any problem was found (each one appended to <paramref name="problems"/>).</summary>
    public static Matrix<double>? Read(string path, List<SetupProblem> problems) => DataFileBytes.ReadMatrix(path, problems, Parse);

    /// <summary>The shape and (when all are finite numbers) values; null when the shape itself is unknown.</summary>
    internal static MatrixReading? Parse(byte[] bytes, string file, List<SetupProblem> problems)
    {
        if (bytes.Length == 0 || (bytes.Length == 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF))
        {
            problems.Add(new SetupProblem(file, "", "the file is empty; expected comma-separated numbers, one sample per row"));
            return null;
        }
        if (TextEncoding.Decode(bytes, file, problems) is not { } text)
        {
            return null;
        }

        var lines = CsvSplitter.Lines(text);
        int last = lines.FindLastIndex(line => !line.IsBlank);
        if (last < 0)
        {
            problems.Add(new SetupProblem(file, "",
                "every line is blank: rows with no columns (d = 0); expected comma-separated numbers, one sample per row"));
            return null;
        }
        lines.RemoveRange(last + 1, lines.Count - last - 1);

        var rows = new List<(CsvLine Line, List<CsvCell> Cells)>(lines.Count);
        foreach (var line in lines)
        {
            if (CsvSplitter.Cells(line, file, problems) is not { } cells)
            {
                return null;
            }
            rows.Add((line, cells));
        }
        if (FindDecimalCommas(rows) is { } suspect)
        {
            problems.Add(new SetupProblem(file, $"line {suspect.Number}",
                $"found {JsonText.Quote(suspect.Text)}: looks like decimal commas / semicolons; expected comma-separated values with '.' decimals"));
            return null;
        }

        bool hasHeader = rows[0].Cells.All(cell => !CsvNumbers.IsNumberLike(cell.Text))
            && rows[0].Cells.Any(cell => cell.Text.Trim().Length > 0);
        var data = hasHeader ? rows.Skip(1).ToList() : rows;
        if (data.Count == 0)
        {
            problems.Add(new SetupProblem(file, "line 1",
                $"the file has a header row ({JsonText.Quote(rows[0].Line.Text)}) but no data rows; expected one sample per row after it"));
            return null;
        }

        if (!HasRectangularShape(file, hasHeader ? rows[0] : null, data, problems))
        {
            return null;
        }
        return Values(file, data, problems);
    }

    /// <summary>The first line with semicolons or quoted decimal commas, preferring one with digits (data, not a header).</summary>
    private static CsvLine? FindDecimalCommas(List<(CsvLine Line, List<CsvCell> Cells)> rows)
    {
        var suspects = rows
            .Where(row => row.Cells.Any(cell => (!cell.Quoted && cell.Text.Contains(';'))
                || (cell.Quoted && CsvNumbers.IsDecimalComma(cell.Text))))
            .Select(row => row.Line)
            .ToList();
        return suspects.Count == 0 ? null : suspects.FirstOrDefault(line => line.Text.Any(char.IsAsciiDigit), suspects[0]);
    }

    private static bool HasRectangularShape(
        string file, (CsvLine Line, List<CsvCell> Cells)? header, List<(CsvLine Line, List<CsvCell> Cells)> data, List<SetupProblem> problems)
    {
        var (firstLine, firstCells) = data.First(row => !row.Line.IsBlank);
        int columns = firstCells.Count;
        var ragged = new CappedProblems(problems, file, "rows with the wrong number of columns");
        if (header is { } h && h.Cells.Count != columns)
        {
            ragged.Add($"line {h.Line.Number}",
                $"the header has {h.Cells.Count} names but line {firstLine.Number} has {columns} values; expected the same number");
        }
        foreach (var (line, cells) in data)
        {
            if (line.IsBlank)
            {
                ragged.Add($"line {line.Number}", $"blank line; expected {columns} values as on line {firstLine.Number}");
            }
            else if (cells.Count != columns)
            {
                ragged.Add($"line {line.Number}",
                    $"ragged rows: line {line.Number} has {cells.Count} columns but line {firstLine.Number} has {columns}; expected every row to have {columns}");
            }
        }
        ragged.Finish();
        return ragged.Count == 0;
    }

    private static MatrixReading Values(string file, List<(CsvLine Line, List<CsvCell> Cells)> data, List<SetupProblem> problems)
    {
        int rows = data.Count;
        int columns = data[^1].Cells.Count;
        var storage = new double[(long)rows * columns];
        var notNumbers = new CappedProblems(problems, file, "cells that are not numbers");
        var nonFinite = new CappedProblems(problems, file, "NaN or ∞ values");
        for (int i = 0; i < rows; i++)
        {
            var (line, cells) = data[i];
            for (int j = 0; j < columns; j++)
            {
                string location = $"line {line.Number}, column {j + 1}";
                if (!CsvNumbers.TryParse(cells[j].Text, out double value))
                {
                    notNumbers.Add(location, CsvNumbers.Explain(cells[j].Text));
                }
                else if (!double.IsFinite(value))
                {
                    nonFinite.Add(location, CsvNumbers.ExplainNonFinite(cells[j].Text, value));
                }
                storage[(j * (long)rows) + i] = value;
            }
        }
        notNumbers.Finish();
        nonFinite.Finish();
        bool valid = notNumbers.Count == 0 && nonFinite.Count == 0;
        return new MatrixReading(rows, columns, 2, valid ? Matrix<double>.Build.Dense(rows, columns, storage) : null);
    }
}

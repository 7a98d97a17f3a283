using System.Buffers.Binary;
using MathNet.Numerics.LinearAlgebra;

namespace Verify.Setup;

/// <summary>
/// Reads a NumPy .npy file (format 1.0–3.0) holding a 1-D or 2-D array of little-endian float64 ('&lt;f8') or
/// float32 ('&lt;f4', widened exactly to double), in C or Fortran order. A 1-D array of n values comes back as n×1.
/// Reports a bad magic or header, other dtypes, a truncated or over-long body, empty dimensions, and NaN or ±∞
/// (with their indices).
/// </summary>
public static class NpyReader
{
    /// <summary>The matrix, or null when any problem was found (each one appended to <paramref name="problems"/>).</summary>
    public static Matrix<double>? Read(string path, List<SetupProblem> problems) => DataFileBytes.ReadMatrix(path, problems, Parse);

    /// <summary>The shape and (when all are finite) values; null when the shape itself is unknown.</summary>
    internal static MatrixReading? Parse(byte[] bytes, string file, List<SetupProblem> problems)
    {
        if (bytes.Length == 0)
        {
            problems.Add(new SetupProblem(file, "", "the file is empty; expected a NumPy .npy file (numpy.save)"));
            return null;
        }
        if (NpyHeader.Parse(bytes, file, problems) is not { } header || !HasUsableShape(header, file, problems))
        {
            return null;
        }

        int rows = (int)header.Shape[0];
        int columns = header.Shape.Count == 2 ? (int)header.Shape[1] : 1;
        int itemSize = NpyDtype.ItemSize(header.Descr);
        if (itemSize == 0)
        {
            problems.Add(new SetupProblem(file, "header", NpyDtype.Explain(header.Descr)));
            return new MatrixReading(rows, columns, header.Shape.Count, null);
        }

        long expected = (long)rows * columns * itemSize;
        long actual = bytes.Length - header.DataOffset;
        if (actual != expected)
        {
            string what = actual < expected ? "truncated body" : "unexpected bytes after the data";
            problems.Add(new SetupProblem(file, "",
                $"{what}: shape {header.ShapeText} of '{header.Descr}' needs {expected} bytes of data; expected {expected} bytes, actual {actual}"));
            return new MatrixReading(rows, columns, header.Shape.Count, null);
        }

        var storage = ColumnMajor(bytes.AsSpan(header.DataOffset), rows, columns, itemSize, header.FortranOrder);
        bool finite = ReportNonFinite(storage, rows, columns, header.Shape.Count, file, problems);
        return new MatrixReading(rows, columns, header.Shape.Count, finite ? Matrix<double>.Build.Dense(rows, columns, storage) : null);
    }

    private static bool HasUsableShape(NpyHeader header, string file, List<SetupProblem> problems)
    {
        var shape = header.Shape;
        string message = shape.Count switch
        {
            0 => $"shape {header.ShapeText} is a single scalar; expected a 1-D or 2-D array",
            > 2 => $"shape {header.ShapeText} is a {shape.Count}-D array; expected a 1-D or 2-D array",
            2 when shape[0] > 0 && shape[1] == 0 => $"shape {header.ShapeText}: rows with no columns (d = 0); expected at least one column",
            _ when shape.Contains(0) => $"shape {header.ShapeText} holds no values; expected at least one row",
            _ when shape.Aggregate(1.0, (product, n) => product * n) > int.MaxValue =>
                $"shape {header.ShapeText} is too large to store: a dense matrix holds at most {int.MaxValue} values",
            _ => "",
        };
        if (message.Length > 0)
        {
            problems.Add(new SetupProblem(file, "header", message));
            return false;
        }
        return true;
    }

    private static double[] ColumnMajor(ReadOnlySpan<byte> data, int rows, int columns, int itemSize, bool fortranOrder)
    {
        var storage = new double[(long)rows * columns];
        for (long k = 0; k < storage.LongLength; k++)
        {
            var item = data.Slice((int)(k * itemSize), itemSize);
            double value = itemSize == 8
                ? BinaryPrimitives.ReadDoubleLittleEndian(item)
                : BinaryPrimitives.ReadSingleLittleEndian(item);
            long index = fortranOrder ? k : ((k % columns) * rows) + (k / columns);
            storage[index] = value;
        }
        return storage;
    }

    private static bool ReportNonFinite(double[] storage, int rows, int columns, int dimensions, string file, List<SetupProblem> problems)
    {
        var nonFinite = new CappedProblems(problems, file, "NaN or ∞ values");
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double value = storage[(j * (long)rows) + i];
                if (!double.IsFinite(value))
                {
                    string at = dimensions == 1 ? $"element [{i}]" : $"element [{i}, {j}]";
                    string what = double.IsNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
                    nonFinite.Add(at, $"found {what}; every value must be a finite number");
                }
            }
        }
        nonFinite.Finish();
        return nonFinite.Count == 0;
    }
}

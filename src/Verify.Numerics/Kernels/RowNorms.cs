using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using Simd = System.Numerics.Vector<double>;

namespace Verify.Numerics;

/// <summary>
/// The largest row norm of a dense column-major matrix (or of the difference of two) without an m-long scratch array
/// and without allocating: the rows are taken 256 at a time, with a stack accumulator, reading each of the d columns'
/// stretch contiguously. The squares are summed unscaled: a row norm above ~1e154 overflows to ∞ (an upper bound
/// still) and one below ~1e-154 may round to 0; the weights and distances measured here are far from both.
/// </summary>
public static class RowNorms
{
    private const int Block = 256;

    /// <summary>max_r ‖a_r − b_r‖ over the rows of two matrices of one shape (NaN if a distance is NaN).</summary>
    public static double MaxDistance(Matrix<double> a, Matrix<double> b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
        {
            throw new ArgumentException($"b is {b.RowCount}×{b.ColumnCount} but a is {a.RowCount}×{a.ColumnCount}.", nameof(b));
        }

        return Max(a, MatrixArguments.DenseValues(b, nameof(b)));
    }

    /// <summary>max_r ‖a_r‖ over the rows (NaN if a norm is NaN; 0 for no rows).</summary>
    public static double Max(Matrix<double> a) => Max(a, null);

    private static double Max(Matrix<double> a, double[]? b)
    {
        var values = MatrixArguments.DenseValues(a, nameof(a));
        int rows = a.RowCount, columns = a.ColumnCount;
        Span<double> squares = stackalloc double[Block];
        var max = 0.0;
        for (var start = 0; start < rows; start += Block)
        {
            var count = Math.Min(Block, rows - start);
            var accumulator = squares[..count];
            accumulator.Clear();
            for (var j = 0; j < columns; j++)
            {
                var offset = (j * rows) + start;
                AddSquares(values.AsSpan(offset, count), b is null ? default : b.AsSpan(offset, count), accumulator);
            }

            foreach (var square in accumulator)
            {
                max = Math.Max(max, square);
            }
        }

        return Math.Sqrt(max);
    }

    /// <summary>acc += (x − y)² entrywise, or x² when <paramref name="y"/> is empty.</summary>
    private static void AddSquares(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> acc)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Simd>(x);
            var yv = MemoryMarshal.Cast<double, Simd>(y);
            var accV = MemoryMarshal.Cast<double, Simd>(acc);
            for (var k = 0; k < xv.Length; k++)
            {
                var diff = y.IsEmpty ? xv[k] : xv[k] - yv[k];
                accV[k] += diff * diff;
            }

            i = xv.Length * Simd.Count;
        }

        for (; i < x.Length; i++)
        {
            var diff = y.IsEmpty ? x[i] : x[i] - y[i];
            acc[i] += diff * diff;
        }
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The largest distance of a neuron's incoming weights from their initial values, max_r ‖W[:, r](k) − W[:, r](0)‖,
/// without allocating. Squares are summed unscaled in index order (see <see cref="RowNorms"/> for the range this is
/// accurate in); NaN propagates.
/// </summary>
internal static class NeuronDistances
{
    private const int Block = 256;

    /// <summary>max over columns r of ‖a[:, r] − b[:, r]‖ for two matrices of one shape (columns are contiguous).</summary>
    public static double MaxColumnDistance(Matrix<double> a, Matrix<double> b)
    {
        RequireShape(a, b.RowCount, b.ColumnCount);
        var x = a.AsColumnMajorArray();
        var y = b.AsColumnMajorArray();
        int rows = a.RowCount;
        var max = 0.0;
        for (var r = 0; r < a.ColumnCount; r++)
        {
            var sum = 0.0;
            for (int j = 0, offset = r * rows; j < rows; j++)
            {
                var diff = x[offset + j] - y[offset + j];
                sum += diff * diff;
            }

            max = Math.Max(max, sum);
        }

        return Math.Sqrt(max);
    }

    /// <summary>
    /// max over r of ‖w1[:, r] − w0[r, :]‖ for w1 of shape d×m and w0 of shape m×d (the same neurons stored as rows):
    /// neurons 256 at a time, w0's column stretches read contiguously, each square summed over j in order — the values
    /// <see cref="RowNorms.MaxDistance"/> gives for w1ᵀ and w0, bit for bit.
    /// </summary>
    public static double MaxAgainstTransposed(Matrix<double> w1, Matrix<double> w0)
    {
        RequireShape(w1, w0.ColumnCount, w0.RowCount);
        var x = w1.AsColumnMajorArray();
        var y = w0.AsColumnMajorArray();
        int d = w1.RowCount, m = w1.ColumnCount;
        Span<double> squares = stackalloc double[Block];
        var max = 0.0;
        for (var start = 0; start < m; start += Block)
        {
            var count = Math.Min(Block, m - start);
            var accumulator = squares[..count];
            accumulator.Clear();
            for (var j = 0; j < d; j++)
            {
                var column = y.AsSpan((j * m) + start, count);
                for (var k = 0; k < count; k++)
                {
                    var diff = x[((start + k) * d) + j] - column[k];
                    accumulator[k] += diff * diff;
                }
            }

            foreach (var square in accumulator)
            {
                max = Math.Max(max, square);
            }
        }

        return Math.Sqrt(max);
    }

    private static void RequireShape(Matrix<double> a, int rows, int columns)
    {
        if (a.RowCount != rows || a.ColumnCount != columns)
        {
            throw new ArgumentException($"Expected a {rows}×{columns} matrix, but it is {a.RowCount}×{a.ColumnCount}.", nameof(a));
        }
    }
}

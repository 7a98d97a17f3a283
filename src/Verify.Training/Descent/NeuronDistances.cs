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

    private static void RequireShape(Matrix<double> a, int rows, int columns)
    {
        if (a.RowCount != rows || a.ColumnCount != columns)
        {
            throw new ArgumentException($"Expected a {rows}×{columns} matrix, but it is {a.RowCount}×{a.ColumnCount}.", nameof(a));
        }
    }
}

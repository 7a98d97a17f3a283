namespace Verify.Numerics;

/// <summary>Copies of symmetric matrices built from the lower triangle only, as LAPACK reads them.</summary>
internal static class SymmetricStorage
{
    /// <summary>A copy of the column-major n×n matrix with the upper triangle replaced by the lower one.</summary>
    public static double[] MirrorLower(double[] values, int n)
    {
        var copy = (double[])values.Clone();
        for (var j = 0; j < n; j++)
        {
            for (var i = j + 1; i < n; i++)
            {
                copy[(i * n) + j] = copy[(j * n) + i];
            }
        }

        return copy;
    }

    /// <summary>Sets the strict upper triangle of the column-major n×n matrix to zero.</summary>
    public static void ClearUpper(double[] values, int n)
    {
        for (var j = 1; j < n; j++)
        {
            Array.Clear(values, j * n, j);
        }
    }
}

namespace Verify.Numerics;

/// <summary>Copies of symmetric matrices built from the lower triangle only, as LAPACK reads them.</summary>
internal static class SymmetricStorage
{
    /// <summary>A copy of the column-major n×n matrix with the upper triangle replaced by the lower one.</summary>
    public static double[] MirrorLower(double[] values, int n)
    {
        var copy = (double[])values.Clone();
        MirrorLowerInPlace(copy, n);
        return copy;
    }

    /// <summary>
    /// Copies the lower triangle of the column-major n×n matrix onto the upper one, in 64×64 tiles so that the strided
    /// writes of the transposition stay in cache.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void MirrorLowerInPlace(double[] values, int n)
    {
        const int tile = 64;
        for (var tileColumn = 0; tileColumn < n; tileColumn += tile)
        {
            for (var tileRow = tileColumn; tileRow < n; tileRow += tile)
            {
                for (var j = tileColumn; j < Math.Min(tileColumn + tile, n); j++)
                {
                    for (var i = Math.Max(tileRow, j + 1); i < Math.Min(tileRow + tile, n); i++)
                    {
                        values[(i * n) + j] = values[(j * n) + i];
                    }
                }
            }
        }
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

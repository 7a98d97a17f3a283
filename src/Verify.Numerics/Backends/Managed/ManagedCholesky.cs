namespace Verify.Numerics;

/// <summary>
/// A plain right-looking Cholesky factorisation that reports where it breaks down. MathNet's managed Cholesky only
/// throws "Matrix must be positive definite", so this finds the order of the failing leading minor. It uses the same
/// column order and pivot test (pivot &gt; 0) as MathNet's and LAPACK's unblocked algorithm.
/// </summary>
internal static class ManagedCholesky
{
    /// <summary>
    /// Factors the lower triangle of the column-major n×n <paramref name="a"/> in place. Returns 0 on success or the
    /// 1-based order k of the first leading minor whose pivot is not positive (or NaN).
    /// </summary>
    public static int FactorLower(double[] a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var pivot = a[(j * n) + j];
            if (!(pivot > 0.0))
            {
                return j + 1;
            }

            var diagonal = Math.Sqrt(pivot);
            a[(j * n) + j] = diagonal;
            for (var i = j + 1; i < n; i++)
            {
                a[(j * n) + i] /= diagonal;
            }

            for (var col = j + 1; col < n; col++)
            {
                var factor = a[(j * n) + col];
                for (var i = col; i < n; i++)
                {
                    a[(col * n) + i] -= a[(j * n) + i] * factor;
                }
            }
        }

        return 0;
    }
}

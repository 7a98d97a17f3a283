using MathNet.Numerics.Providers.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// Thin SVD on MathNet's managed provider. That provider only computes the full SVD and always needs the m×m and
/// n×n output arrays, which is infeasible for tall or wide matrices, so a non-square matrix is first reduced by a
/// thin QR factorisation (A = QR, then R = Ũ S Vᵀ and U = QŨ, as LAPACK does for m ≫ n); a wide one is transposed.
/// </summary>
internal static class ManagedSvd
{
    /// <summary>The k = min(m, n) singular values (descending) and, if asked, thin U (m×k) and Vᵀ (k×n), column-major.</summary>
    public static (double[] S, double[]? U, double[]? VT) Thin(
        ManagedLinearAlgebraProvider provider, double[] a, int m, int n, bool computeVectors)
    {
        if (m >= n)
        {
            return Tall(provider, a, m, n, computeVectors);
        }

        // Aᵀ (n×m, tall) = U' S V'ᵀ gives A = V' S U'ᵀ: U = (V'ᵀ)ᵀ (m×m) and Vᵀ = U'ᵀ (m×n).
        var (s, uT, vtT) = Tall(provider, Transpose(a, m, n), n, m, computeVectors);
        return computeVectors ? (s, Transpose(vtT!, m, m), Transpose(uT!, n, m)) : (s, null, null);
    }

    /// <summary>The full SVD exactly as MathNet computes it: U m×m, Vᵀ n×n. <paramref name="a"/> is destroyed.</summary>
    public static (double[] S, double[] U, double[] VT) Full(ManagedLinearAlgebraProvider provider, double[] a, int m, int n)
    {
        var s = new double[Math.Min(m, n)];
        var u = new double[m * m];
        var vt = new double[n * n];
        provider.SingularValueDecomposition(true, a, m, n, s, u, vt);
        return (s, u, vt);
    }

    private static (double[] S, double[]? U, double[]? VT) Tall(
        ManagedLinearAlgebraProvider provider, double[] a, int m, int n, bool computeVectors)
    {
        if (m == n)
        {
            var square = new double[n * n];
            var s = new double[n];
            var u = new double[n * n];
            var vt = new double[n * n];
            Array.Copy(a, square, a.Length);
            provider.SingularValueDecomposition(computeVectors, square, n, n, s, u, vt);
            return computeVectors ? (s, u, vt) : (s, null, null);
        }

        var q = (double[])a.Clone();
        var r = new double[n * n];
        var tau = new double[n];
        provider.ThinQRFactor(q, m, n, r, tau);
        var (sr, ur, vtr) = Tall(provider, r, n, n, computeVectors);
        if (!computeVectors)
        {
            return (sr, null, null);
        }

        var uThin = new double[m * n];
        provider.MatrixMultiply(q, m, n, ur!, n, n, uThin);
        return (sr, uThin, vtr);
    }

    private static double[] Transpose(double[] a, int rows, int columns)
    {
        var t = new double[a.Length];
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                t[(i * columns) + j] = a[(j * rows) + i];
            }
        }

        return t;
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>Allocating matrix products through a backend's GEMM (for the reference computations: gradients, NTK, HVP).</summary>
internal static class Products
{
    /// <summary>alpha·op(a)·op(b) in a new matrix.</summary>
    public static Matrix<double> Multiply(
        ILinearAlgebraBackend backend, Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB, double alpha = 1.0)
    {
        var rows = transposeA ? a.ColumnCount : a.RowCount;
        var columns = transposeB ? b.RowCount : b.ColumnCount;
        var c = Matrix<double>.Build.Dense(rows, columns);
        backend.Gemm(transposeA, transposeB, alpha, a, b, 0.0, c);
        return c;
    }

    /// <summary>c ← c + alpha·op(a)·op(b).</summary>
    public static void AddProduct(
        ILinearAlgebraBackend backend, Matrix<double> a, bool transposeA, Matrix<double> b, bool transposeB, double alpha, Matrix<double> c) =>
        backend.Gemm(transposeA, transposeB, alpha, a, b, 1.0, c);
}

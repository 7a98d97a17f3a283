using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// Dense double-precision linear algebra on MathNet's column-major <c>DenseMatrix</c> storage (passed to native
/// code without copying). Symmetric routines read only the lower triangle, after checking that the matrix is
/// symmetric up to √ε·max|aᵢⱼ|. Inputs to the factorisations must be finite.
/// </summary>
public interface ILinearAlgebraBackend
{
    /// <summary>Which library this is, its version and thread count at load time.</summary>
    BackendDescription Description { get; }

    /// <summary>
    /// The threads one call may use (at least 1). Setting it changes the library's process-wide setting
    /// (<c>openblas_set_num_threads</c>, <c>MKL_Set_Num_Threads</c>, MathNet's <c>Control.MaxDegreeOfParallelism</c>).
    /// </summary>
    int Threads { get; set; }

    /// <summary>c ← alpha·op(a)·op(b) + beta·c, where op(x) is x or xᵀ. <paramref name="c"/> must not share storage with a or b.</summary>
    void Gemm(bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, Matrix<double> c);

    /// <summary>
    /// c ← alpha·op(a)·op(b) + beta·c into the first m·n elements of the array <paramref name="c"/>, column-major with
    /// leading dimension m (op(a) is m×k, op(b) is k×n); the elements past m·n are not touched. One scratch array can so
    /// take products of several shapes. <paramref name="c"/> must hold at least m·n elements and must not be the storage
    /// of a or b.
    /// </summary>
    void Gemm(bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, double[] c);

    /// <summary>
    /// Symmetric rank-k update c ← alpha·a·aᵀ + beta·c (BLAS dsyrk) on the lower triangle of c only: the strict upper
    /// triangle is left untouched, and with beta = 0 the lower triangle's old values are not used. a is n×k, c is n×n
    /// and must not share storage with a.
    /// </summary>
    void SymmetricRankK(double alpha, Matrix<double> a, double beta, Matrix<double> c);

    /// <summary>All eigenvalues of the symmetric matrix, ascending. <paramref name="a"/> is not modified.</summary>
    double[] SymmetricEigenvalues(Matrix<double> a);

    /// <summary>The <paramref name="count"/> smallest eigenvalues of the symmetric matrix, ascending (0 ≤ count ≤ n).</summary>
    double[] SmallestSymmetricEigenvalues(Matrix<double> a, int count);

    /// <summary>Eigenvalues (ascending) and eigenvectors (columns) of the symmetric matrix.</summary>
    SymmetricEigenDecomposition SymmetricEigen(Matrix<double> a);

    /// <summary>The min(m, n) singular values, descending.</summary>
    double[] SingularValues(Matrix<double> a);

    /// <summary>The thin SVD: U (m×k), S (k), Vᵀ (k×n) with k = min(m, n).</summary>
    SingularValueDecomposition Svd(Matrix<double> a);

    /// <summary>The full SVD: U (m×m), S (k), Vᵀ (n×n) with k = min(m, n) — MathNet's convention.</summary>
    SingularValueDecomposition FullSvd(Matrix<double> a);

    /// <summary>A = L Lᵀ with L lower triangular, or the failing leading minor when A is not positive definite.</summary>
    CholeskyResult Cholesky(Matrix<double> a);
}

using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// Spectral quantities of symmetric matrices (Gram matrices, NTKs) through a backend's symmetric eigensolver
/// (LAPACK dsyevr on the native backends), with an a-priori error bound for verdicts that must not be decided by
/// rounding.
/// </summary>
public static class Spectral
{
    /// <summary>Machine epsilon ε = 2⁻⁵², the spacing of doubles at 1.</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>λ_min of a symmetric matrix (n ≥ 1): one eigenvalue from the backend (dsyevr, range 'I', il = iu = 1).</summary>
    public static double SmallestEigenvalue(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        RequireNonEmpty(backend, a);
        return backend.SmallestSymmetricEigenvalues(a, 1)[0];
    }

    /// <summary>
    /// ‖A‖₂ = max |λ| = max(|λ_min|, |λ_max|) of a symmetric matrix (n ≥ 1), from all its eigenvalues (the cost is
    /// dominated by the tridiagonal reduction either way).
    /// </summary>
    public static double SymmetricNorm2(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        RequireNonEmpty(backend, a);
        var values = backend.SymmetricEigenvalues(a);
        return Math.Max(Math.Abs(values[0]), Math.Abs(values[^1]));
    }

    /// <summary>
    /// λ_min of a symmetric matrix (n ≥ 1), one eigenvalue as in <see cref="SmallestEigenvalue"/>, with the error bound
    /// <see cref="EigenvalueErrorBound"/>(n, <see cref="NormUpperBound"/>(A)): the cheap O(n²) upper bound on ‖A‖₂ makes
    /// the error bound valid (if slightly larger) without a second eigensolve.
    /// </summary>
    public static BoundedEigenvalue SmallestEigenvalueWithErrorBound(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        var smallest = SmallestEigenvalue(backend, a);
        return new BoundedEigenvalue(smallest, EigenvalueErrorBound(a.RowCount, NormUpperBound(a)));
    }

    /// <summary>
    /// An upper bound on ‖A‖₂ for a symmetric dense A in O(n²): min(‖A‖_F, ‖A‖_∞), since ‖A‖₂ ≤ ‖A‖_F and, for symmetric
    /// A, ‖A‖₂ = ρ(A) ≤ ‖A‖_∞ (the largest absolute row sum). A symmetric matrix's row sums are its column sums, so the
    /// columns are summed, contiguously in the column-major storage. The Frobenius norm is accumulated with
    /// scaling-free summation of squares; its relative rounding (≤ nε) is far below the slack of the bounds it feeds.
    /// </summary>
    public static double NormUpperBound(Matrix<double> a)
    {
        var values = MatrixArguments.DenseValues(a, nameof(a));
        var rows = a.RowCount;
        var maxColumnSum = 0.0;
        var sumOfSquares = 0.0;
        for (var j = 0; j < a.ColumnCount; j++)
        {
            var columnSum = 0.0;
            foreach (var v in values.AsSpan(j * rows, rows))
            {
                columnSum += Math.Abs(v);
                sumOfSquares += v * v;
            }

            maxColumnSum = Math.Max(maxColumnSum, columnSum);
        }

        return Math.Min(Math.Sqrt(sumOfSquares), maxColumnSum);
    }

    /// <summary>
    /// An a-priori bound on the absolute error of any computed eigenvalue of an n×n symmetric matrix assembled in
    /// floating point: p(n)·ε·‖A‖₂ with p(n) = 8n. Reasoning: a backward-stable symmetric eigensolver (LAPACK dsyevr,
    /// MathNet's tridiagonal QL) returns the exact eigenvalues of A + E with ‖E‖₂ ≤ p(n)·ε·‖A‖₂ for a modest multiple
    /// p(n) of n, so by Weyl's theorem |λ̂ − λ| ≤ ‖E‖₂. p(n) = 8n also covers an entrywise relative rounding of a few ε in
    /// each entry of A from a bounded number of operations per entry (the arc-cosine formula, the Hadamard product,
    /// symmetrisation), since |ΔA| ≤ cε|A| entrywise gives ‖ΔA‖₂ ≤ cε‖A‖_F ≤ cε√n‖A‖₂.
    /// It does NOT cover the rounding of the length-d inner products in X Xᵀ: their worst case is γ_d‖xᵢ‖‖xⱼ‖ per
    /// entry (γ_d ≈ d·ε/2), up to about n·d·ε/2·max‖xᵢ‖² in norm, which exceeds 8nε‖A‖₂ when d ≫ 16‖A‖₂/max‖xᵢ‖²;
    /// nor its amplification through arccos for nearly parallel inputs (see <see cref="Gram.InfiniteWidthReluNtk"/>).
    /// The bound is about the matrix as computed; callers that need the exact data's eigenvalue must add those terms.
    /// <paramref name="norm2"/> may be any upper bound on ‖A‖₂ (e.g. <see cref="NormUpperBound"/>).
    /// </summary>
    public static double EigenvalueErrorBound(int n, double norm2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (double.IsNaN(norm2) || norm2 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(norm2), norm2, "‖A‖₂ must be non-negative.");
        }

        return 8.0 * n * MachineEpsilon * norm2;
    }

    private static void RequireNonEmpty(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(a);
        if (a.RowCount == 0)
        {
            throw new ArgumentException("The matrix is empty (0×0); it has no eigenvalues.", nameof(a));
        }
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Tests;

/// <summary>
/// Error bounds used by the tests, from standard backward-error analysis (Higham, "Accuracy and Stability of
/// Numerical Algorithms", 2nd ed.). ε = 2⁻⁵² is machine epsilon, u = ε/2 the unit roundoff. Each bound is the
/// textbook one with a small constant (≤ 4) of slack, so a failure means a real error (wrong transposition,
/// leading dimension, triangle or argument), not rounding.
/// </summary>
internal static class Tolerances
{
    public const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// Eigenvalues of a symmetric matrix: LAPACK's dsyevr/dsyevd and MathNet's tridiagonal QL are backward stable,
    /// λ̂ = λ(A + E) with ‖E‖₂ ≤ p(n)·ε·‖A‖₂ and p(n) a modest multiple of n, so by Weyl's theorem
    /// |λ̂ᵢ − λᵢ| ≤ ‖E‖₂. We take p(n) = 4n and ‖A‖_F ≥ ‖A‖₂.
    /// </summary>
    public static double Eigenvalue(Matrix<double> a) => 4 * a.RowCount * Epsilon * a.FrobeniusNorm();

    /// <summary>
    /// Singular values: dgesdd and MathNet's Golub–Kahan SVD are backward stable, |σ̂ᵢ − σᵢ| ≤ p(m,n)·ε·‖A‖₂
    /// (Weyl for singular values); we take p = 4·max(m, n) and ‖A‖_F ≥ ‖A‖₂.
    /// </summary>
    public static double SingularValue(Matrix<double> a) =>
        4 * Math.Max(a.RowCount, a.ColumnCount) * Epsilon * a.FrobeniusNorm();

    /// <summary>
    /// Entrywise bound for c ← α·op(A)·op(B) + β·c: every computed inner product of length k (in any summation order,
    /// blocked or with FMA) errs by at most γₖ(|op(A)||op(B)|)ᵢⱼ with γₖ = k·u/(1 − k·u); scaling and the update add two
    /// roundings, so |Ĉ − C| ≤ γ_{k+2}(|α||op(A)||op(B)| + |β||C₀|). Two implementations differ by at most twice that,
    /// ≈ (k+2)·ε·(…); we allow 2(k+2)·ε·(…).
    /// </summary>
    public static Matrix<double> Gemm(
        bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, Matrix<double> c0)
    {
        var opA = (transposeA ? a.Transpose() : a).PointwiseAbs();
        var opB = (transposeB ? b.Transpose() : b).PointwiseAbs();
        var k = opA.ColumnCount;
        return 2 * (k + 2) * Epsilon * ((Math.Abs(alpha) * (opA * opB)) + (Math.Abs(beta) * c0.PointwiseAbs()));
    }

    /// <summary>
    /// Cholesky residual, entrywise: A + ΔA = L̂L̂ᵀ with |ΔA| ≤ γ_{n+1}|L̂||L̂ᵀ| (Higham Thm 10.3); forming L̂L̂ᵀ in
    /// the test adds γₙ|L̂||L̂ᵀ|. Sum ≈ (n+1)·ε·|L̂||L̂ᵀ|; we allow 2(n+1)·ε·|L̂||L̂ᵀ|.
    /// </summary>
    public static Matrix<double> CholeskyResidual(Matrix<double> factor)
    {
        var abs = factor.PointwiseAbs();
        return 2 * (factor.RowCount + 1) * Epsilon * abs.TransposeAndMultiply(abs);
    }

    /// <summary>Largest entry of |actual − expected| − bound; ≤ 0 means within the entrywise bound.</summary>
    public static double WorstExcess(Matrix<double> actual, Matrix<double> expected, Matrix<double> bound) =>
        ((actual - expected).PointwiseAbs() - bound).Enumerate().Max();
}

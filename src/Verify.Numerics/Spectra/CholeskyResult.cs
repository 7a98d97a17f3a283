using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// The outcome of a Cholesky factorisation A = L Lᵀ: the lower factor when A is positive definite, otherwise the
/// order of the first leading minor that is not positive definite (LAPACK's <c>info</c>, 1-based).
/// </summary>
/// <param name="Succeeded">True when A is (numerically) positive definite.</param>
/// <param name="Factor">The lower-triangular L (zeros above the diagonal) when <paramref name="Succeeded"/>.</param>
/// <param name="FailedMinor">The 1-based order of the failing leading minor, or 0 on success.</param>
public sealed record CholeskyResult(bool Succeeded, Matrix<double>? Factor, int FailedMinor)
{
    internal static CholeskyResult Success(Matrix<double> factor) => new(true, factor, 0);

    internal static CholeskyResult Failure(int failedMinor) => new(false, null, failedMinor);
}

using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>A = U diag(S) Vᵀ with singular values <see cref="S"/> in descending order.</summary>
/// <param name="U">Left singular vectors as columns (m×k for the thin form, m×m for the full form).</param>
/// <param name="S">Singular values, descending, k = min(m, n) of them.</param>
/// <param name="VT">Right singular vectors as rows (k×n for the thin form, n×n for the full form).</param>
public sealed record SingularValueDecomposition(Matrix<double> U, double[] S, Matrix<double> VT);

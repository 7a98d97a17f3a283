using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>A = V diag(Values) Vᵀ: eigenvalues in ascending order and the orthonormal eigenvectors as the columns of <see cref="Vectors"/>.</summary>
/// <param name="Values">Eigenvalues, ascending.</param>
/// <param name="Vectors">Eigenvectors as columns, in the order of <paramref name="Values"/>.</param>
public sealed record SymmetricEigenDecomposition(double[] Values, Matrix<double> Vectors);

using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Verify.Numerics.Tests;

/// <summary>Seeded test matrices (MathNet's Xoshiro256** generator, so the inputs are the same on every run).</summary>
internal static class TestMatrices
{
    public static Matrix<double> Random(int rows, int columns, int seed) =>
        Matrix<double>.Build.Random(rows, columns, new Normal(0, 1, new Xoshiro256StarStar(seed)));

    /// <summary>(G + Gᵀ)/2, exactly symmetric.</summary>
    public static Matrix<double> RandomSymmetric(int n, int seed)
    {
        var g = Random(n, n, seed);
        return (g + g.Transpose()) / 2;
    }

    /// <summary>G Gᵀ + n·I: symmetric positive definite with condition number O(1).</summary>
    public static Matrix<double> RandomSpd(int n, int seed)
    {
        var g = Random(n, n, seed);
        var a = g.TransposeAndMultiply(g) + (n * Matrix<double>.Build.DenseIdentity(n));
        return (a + a.Transpose()) / 2;
    }

    /// <summary>H[i,j] = 1/(i+j+1) (0-based), rounded to double.</summary>
    public static Matrix<double> Hilbert(int n) => Matrix<double>.Build.Dense(n, n, (i, j) => 1.0 / (i + j + 1));
}

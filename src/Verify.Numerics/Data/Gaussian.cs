using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Verify.Numerics;

/// <summary>
/// Matrices with independent standard normal entries, drawn from a seeded <see cref="RandomSource"/> (use
/// <c>Verify.Core.Xoshiro256StarStar</c>). The draw order is row by row (row 0's d entries first, then row 1, …),
/// with MathNet's <see cref="Normal"/> sampler; it is part of reproducibility, so do not change it.
/// </summary>
public static class Gaussian
{
    /// <summary>An n×d dense matrix with independent N(0, 1) entries, drawn row by row.</summary>
    public static Matrix<double> Sample(int n, int d, RandomSource rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(d);
        ArgumentNullException.ThrowIfNull(rng);
        var rowMajor = new double[n * d];
        if (rowMajor.Length > 0)
        {
            Normal.Samples(rng, rowMajor, 0.0, 1.0);
        }

        return Matrix<double>.Build.Dense(n, d, (i, j) => rowMajor[(i * d) + j]);
    }
}

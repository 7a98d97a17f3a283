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
        var values = new double[n * d];
        if (values.Length > 0)
        {
            Normal.Samples(rng, values, 0.0, 1.0);
        }

        TransposeRowMajorInPlace(values, n, d);
        return Matrix<double>.Build.Dense(n, d, values);
    }

    /// <summary>
    /// Reorders an n×d row-major array into column-major order in place (no second n·d array: W at m = 10⁶ is 32 MB),
    /// by following the cycles of the permutation p = i·d + j ↦ j·n + i = p·n mod (n·d − 1), with a bit per entry.
    /// </summary>
    private static void TransposeRowMajorInPlace(double[] values, int n, int d)
    {
        long last = values.Length - 1L;
        if (n == 1 || d == 1 || last < 2)
        {
            return; // a single row or column is stored the same either way
        }

        var moved = new System.Collections.BitArray(values.Length);
        for (var start = 1; start < last; start++)
        {
            if (moved[start])
            {
                continue;
            }

            var position = start;
            var carried = values[start];
            do
            {
                var target = (int)(position * (long)n % last);
                (values[target], carried) = (carried, values[target]);
                moved[target] = true;
                position = target;
            }
            while (position != start);
        }
    }
}

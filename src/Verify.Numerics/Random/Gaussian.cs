using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Verify.Numerics;

/// <summary>
/// Matrices with independent standard normal entries, drawn from a seeded <see cref="RandomSource"/> (use
/// <c>Verify.Core.Xoshiro256StarStar</c>). The draw order is row by row (row 0's d entries first, then row 1, …),
/// with the values of MathNet's <see cref="Normal.Samples(System.Random, double[], double, double)"/>; it is part of
/// reproducibility, so do not change it.
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
        StandardNormals(rng, values);
        TransposeRowMajorInPlace(values, n, d);
        return Matrix<double>.Build.Dense(n, d, values);
    }

    /// <summary>
    /// Fills <paramref name="values"/> exactly as MathNet's <c>Normal.Samples(rng, values, 0, 1)</c> does: the polar method
    /// over a batch of ⌈4·length/π⌉ (rounded up to even) uniforms, then over fresh pairs if the batch ran short. MathNet
    /// draws the batch into one array of 1.27·length doubles (39 MB for W at m = 10⁶, d = 4); this takes the same
    /// uniforms in the same order a block at a time, so the values and the generator's state afterwards are identical
    /// (DataGeneratorTests compares both).
    /// </summary>
    internal static void StandardNormals(RandomSource rng, double[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        var batch = (int)Math.Ceiling(values.Length * 4 * Constants.InvPi);
        batch += batch % 2;
        var block = new double[Math.Min(batch, 4096)];
        var index = 0;
        for (var drawn = 0; drawn < batch; drawn += block.Length)
        {
            var count = Math.Min(block.Length, batch - drawn); // even: batch and the block length are
            for (var k = 0; k < count; k++)
            {
                block[k] = rng.NextDouble();
            }

            for (var k = 0; k < count && index < values.Length; k += 2)
            {
                Accept(block[k], block[k + 1], values, ref index);
            }
        }

        while (index < values.Length)
        {
            var a = rng.NextDouble();
            Accept(a, rng.NextDouble(), values, ref index);
        }
    }

    /// <summary>The polar (Marsaglia) transform of one uniform pair: appends two normals, or none if the pair is rejected.</summary>
    private static void Accept(double a, double b, double[] values, ref int index)
    {
        var v1 = (2.0 * a) - 1.0;
        var v2 = (2.0 * b) - 1.0;
        var r = (v1 * v1) + (v2 * v2);
        if (r >= 1.0 || r == 0.0)
        {
            return;
        }

        var factor = Math.Sqrt(-2.0 * Math.Log(r) / r);
        values[index++] = v1 * factor;
        if (index < values.Length)
        {
            values[index++] = v2 * factor;
        }
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

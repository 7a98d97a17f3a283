using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Verify.Numerics;

/// <summary>Label vectors y ∈ ℝⁿ drawn from a seeded <see cref="RandomSource"/>, in index order.</summary>
public static class Labels
{
    /// <summary>n independent N(0, 1) labels (the values of MathNet's <see cref="Normal"/> sampler, see <see cref="Numerics.Gaussian"/>).</summary>
    public static double[] Gaussian(int n, RandomSource rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentNullException.ThrowIfNull(rng);
        var y = new double[n];
        Numerics.Gaussian.StandardNormals(rng, y);
        return y;
    }

    /// <summary>
    /// n independent labels uniform on [−c, c] (c ≥ 0), each yᵢ = c·(2U − 1) with U = <c>rng.NextDouble()</c> uniform
    /// on [0, 1); so |yᵢ| ≤ c, the bound C of Du et al.'s data assumption.
    /// </summary>
    public static double[] Uniform(int n, double c, RandomSource rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentNullException.ThrowIfNull(rng);
        if (!double.IsFinite(c) || c < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "The bound c must be finite and non-negative.");
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = c * ((2.0 * rng.NextDouble()) - 1.0);
        }

        return y;
    }
}

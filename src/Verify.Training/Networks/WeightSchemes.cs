using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The initialisation schemes of <see cref="SchemeInit"/>: W_l has independent N(0, v_l) entries with v_l = 1/n_{l−1}
/// (lecun), 2/n_{l−1} (he), 2/(n_{l−1} + n_l) (xavier) or 1 (standard); <c>standard-sign-output</c> is standard with the
/// output layer uniform on {−1, +1}. One <see cref="Verify.Core.Xoshiro256StarStar"/> seeded with the seed draws layer by layer,
/// each W_l column by column (neuron by neuron, each column top to bottom), the normals as
/// <see cref="Gaussian.Sample"/> draws them (one batch per layer, then scaled by √v_l; not scaled for v_l = 1), each
/// sign as <c>rng.NextDouble() &lt; 0.5 ? 1 : −1</c>. For widths [m, 1] with standard-sign-output these are exactly the
/// draws of <see cref="TwoLayerReluNetwork.Initialize"/>: its W (m×d) drawn row by row is W₁ᵀ, its a is W₂.
/// </summary>
public static class WeightSchemes
{
    /// <summary>W₁, …, W_L for input dimension <paramref name="d"/>, drawn as the type's summary says.</summary>
    /// <exception cref="ArgumentException">An unknown scheme name.</exception>
    public static Matrix<double>[] Draw(NetworkSpec spec, int d, SchemeInit init)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(init);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        if (!SchemeInit.Schemes.Contains(init.Scheme))
        {
            throw new ArgumentException(
                $"Unknown initialisation scheme '{init.Scheme}'; expected one of {string.Join(", ", SchemeInit.Schemes)}.", nameof(init));
        }

        var rng = new Verify.Core.Xoshiro256StarStar(init.Seed);
        var weights = new Matrix<double>[spec.Depth];
        for (var l = 1; l <= spec.Depth; l++)
        {
            var (rows, columns) = spec.WeightShape(l, d);
            weights[l - 1] = l == spec.Depth && init.Scheme == SchemeInit.StandardSignOutput
                ? Signs(rows, columns, rng)
                : Normals(rows, columns, Variance(init.Scheme, rows, columns), rng);
        }

        return weights;
    }

    /// <summary>The variance v_l of a scheme for a layer with fan-in <paramref name="fanIn"/> and fan-out <paramref name="fanOut"/>.</summary>
    public static double Variance(string scheme, int fanIn, int fanOut) => scheme switch
    {
        "lecun" => 1.0 / fanIn,
        "he" => 2.0 / fanIn,
        "xavier" => 2.0 / ((double)fanIn + fanOut),
        "standard" or SchemeInit.StandardSignOutput => 1.0,
        _ => throw new ArgumentException($"Unknown initialisation scheme '{scheme}'.", nameof(scheme)),
    };

    /// <summary>
    /// A rows×columns matrix of N(0, variance) entries drawn column by column: a 1×(rows·columns) Gaussian sample is
    /// stored the same in row- and column-major order, so its array, in draw order, is the column-major matrix.
    /// </summary>
    private static Matrix<double> Normals(int rows, int columns, double variance, RandomSource rng)
    {
        var values = Gaussian.Sample(1, checked(rows * columns), rng).AsColumnMajorArray();
        if (variance != 1.0)
        {
            var scale = Math.Sqrt(variance);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return Matrix<double>.Build.Dense(rows, columns, values);
    }

    private static Matrix<double> Signs(int rows, int columns, RandomSource rng)
    {
        var values = new double[checked(rows * columns)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rng.NextDouble() < 0.5 ? 1.0 : -1.0;
        }

        return Matrix<double>.Build.Dense(rows, columns, values);
    }
}

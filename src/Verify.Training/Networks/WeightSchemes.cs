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
/// <c>positive</c> (Chatterjee 2022's initialisation) sets W₁ = 0 without consuming a draw, and draws every later W_l
/// (2 ≤ l ≤ L, the output layer included) as lecun does, then takes absolute values: entries |g|, g ~ N(0, 1/n_{l−1})
/// (half-normal, mean √(2/(π n_{l−1}))). A drawn 0 (or −0, or a product that underflows) becomes the smallest positive
/// double, 2⁻¹⁰⁷⁴ (<see cref="double.Epsilon"/>), so every such entry is &gt; 0; no extra draw is consumed, so later
/// entries do not depend on it. For L = 1 the only layer is W₁ = 0. The paper's output scale λ is the network's
/// <see cref="NetworkSpec.OutputScale"/>, not part of the scheme.
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
            weights[l - 1] = init.Scheme switch
            {
                SchemeInit.Positive when l == 1 => Matrix<double>.Build.Dense(rows, columns),
                SchemeInit.Positive => HalfNormals(rows, columns, 1.0 / rows, rng),
                SchemeInit.StandardSignOutput when l == spec.Depth => Signs(rows, columns, rng),
                _ => Normals(rows, columns, Variance(init.Scheme, rows, columns), rng),
            };
        }

        return weights;
    }

    /// <summary>
    /// The variance v_l of a centred Gaussian scheme for a layer with fan-in <paramref name="fanIn"/> and fan-out
    /// <paramref name="fanOut"/> (its entries are N(0, v_l); for standard-sign-output the ±1 output layer has variance 1 too).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown scheme, or <c>positive</c>: its entries are not N(0, v_l) (W₁ = 0, later
    /// layers |N(0, 1/n_{l−1})|), so a caller that scales Gaussian draws by √v_l must not be handed it; use <see cref="Draw"/>.</exception>
    public static double Variance(string scheme, int fanIn, int fanOut) => scheme switch
    {
        "lecun" => 1.0 / fanIn,
        "he" => 2.0 / fanIn,
        "xavier" => 2.0 / ((double)fanIn + fanOut),
        "standard" or SchemeInit.StandardSignOutput => 1.0,
        SchemeInit.Positive => throw new ArgumentException(
            "The scheme 'positive' is not a centred Gaussian (W₁ = 0, later layers half-normal); draw it with WeightSchemes.Draw.", nameof(scheme)),
        _ => throw new ArgumentException($"Unknown initialisation scheme '{scheme}'.", nameof(scheme)),
    };

    /// <summary>|<paramref name="value"/>|, or 2⁻¹⁰⁷⁴ (<see cref="double.Epsilon"/>) when that is 0: an entry of a positive layer.</summary>
    internal static double PositiveMagnitude(double value) => Math.Abs(value) is var magnitude && magnitude == 0 ? double.Epsilon : magnitude;

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

    /// <summary>Normals(rows, columns, variance) with every entry replaced by <see cref="PositiveMagnitude"/>.</summary>
    private static Matrix<double> HalfNormals(int rows, int columns, double variance, RandomSource rng)
    {
        var matrix = Normals(rows, columns, variance, rng);
        var values = matrix.AsColumnMajorArray();
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = PositiveMagnitude(values[i]);
        }

        return matrix;
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

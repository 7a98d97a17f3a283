using BigInteger = System.Numerics.BigInteger;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Verify.Numerics;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// Inputs and neurons that make float64 dot products cancel (|xᵀw| ≪ ‖x‖‖w‖, so the rounding of z = Xwᵀ is relative to
/// ‖x‖‖w‖, not to |z|), ulp perturbations, and the exact rational values the rounding tests compare against.
/// </summary>
internal static class CancellingInstances
{
    /// <summary>n rows in d dimensions with entries ±(½ + U[0, 1)) of random sign, each row scaled to unit norm (in float).</summary>
    public static Matrix<double> MixedSignInputs(int n, int d, RandomSource random)
    {
        var x = Matrix<double>.Build.Dense(n, d, (_, _) => (random.NextDouble() < 0.5 ? -1 : 1) * (0.5 + random.NextDouble()));
        return x.NormalizeRows(2.0);
    }

    /// <summary>g − Xᵀ(XXᵀ)⁻¹Xg for g ~ N(0, scale² I): orthogonal to every input up to rounding, so |x_iᵀw| ≈ ε‖x_i‖‖w‖.</summary>
    public static Vector<double> OrthogonalNeuron(Matrix<double> x, double scale, RandomSource random)
    {
        var g = Gaussian.Sample(1, x.ColumnCount, random).Row(0) * scale;
        return g - x.Transpose() * (x * x.Transpose()).Solve(x * g);
    }

    /// <summary>A copy with every entry moved by a uniform number of ulps in [−ulps, ulps] (Math.BitIncrement/BitDecrement).</summary>
    public static Matrix<double> Perturbed(Matrix<double> a, int ulps, RandomSource random) => a.Map(v =>
    {
        int k = random.Next(-ulps, ulps + 1);
        for (; k > 0; k--)
        {
            v = Math.BitIncrement(v);
        }
        for (; k < 0; k++)
        {
            v = Math.BitDecrement(v);
        }
        return v;
    });

    /// <summary>The exact Σ_k a_k b_k of two rows of doubles.</summary>
    public static ExactRational Dot(Vector<double> a, Vector<double> b)
    {
        // a_k b_k = (integer mantissa product)·2^(e_a + e_b): shift each to the smallest exponent and add integers.
        var terms = new (BigInteger Mantissa, int Exponent)[a.Count];
        int least = int.MaxValue;
        for (int k = 0; k < a.Count; k++)
        {
            var (ma, ea) = Decompose(a[k]);
            var (mb, eb) = Decompose(b[k]);
            terms[k] = (new BigInteger(ma) * mb, ea + eb);
            least = ma != 0 && mb != 0 ? Math.Min(least, ea + eb) : least;
        }
        if (least == int.MaxValue)
        {
            return ExactRational.Zero;
        }
        BigInteger sum = BigInteger.Zero;
        foreach (var (mantissa, exponent) in terms)
        {
            sum += mantissa.IsZero ? mantissa : mantissa << (exponent - least);
        }
        return least >= 0 ? ExactRational.Ratio(sum << least, BigInteger.One) : ExactRational.Ratio(sum, BigInteger.One << -least);
    }

    /// <summary>v = mantissa·2^exponent with an integer mantissa (|mantissa| &lt; 2⁵³).</summary>
    private static (long Mantissa, int Exponent) Decompose(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        return (bits < 0 ? -mantissa : mantissa, (biased == 0 ? 1 : biased) - 1075);
    }

    /// <summary>Z* = X Wᵀ in exact rationals (n×m).</summary>
    public static ExactRational[,] PreActivations(Matrix<double> x, Matrix<double> w)
    {
        var z = new ExactRational[x.RowCount, w.RowCount];
        for (int i = 0; i < x.RowCount; i++)
        {
            for (int r = 0; r < w.RowCount; r++)
            {
                z[i, r] = Dot(x.Row(i), w.Row(r));
            }
        }
        return z;
    }

    /// <summary>A double within 2 ulps of a rational (for reference values whose error is accounted for, and for printing).</summary>
    public static double ToDouble(ExactRational q)
    {
        if (q.Sign == 0)
        {
            return 0;
        }
        // 64 significant bits of |p/q| then a scale: relative error ≤ 2⁻⁶³ + the rounding of the final product.
        int shift = 64 - (int)(BigInteger.Abs(q.Numerator).GetBitLength() - q.Denominator.GetBitLength());
        var scaled = shift >= 0 ? (q.Numerator << shift) / q.Denominator : q.Numerator / (q.Denominator << -shift);
        return Math.ScaleB((double)scaled, -shift);
    }
}

using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;

namespace Verify.Training;

/// <summary>
/// Elementwise passes over column-major n×m arrays (column r holds neuron r's values for all n inputs), vectorised
/// across inputs with <see cref="Vector{T}"/>. Each output element is accumulated in the same order by the vector and
/// the scalar tail, so results do not depend on the vector width. ReLU is σ(z) = z &lt; 0 ? 0 : z, which lets NaN
/// through (so divergence shows in the loss), and σ′(z) = 1{z ≥ 0}.
/// </summary>
internal static class ReluKernels
{
    /// <summary>u = σ(Z) a/√m: uᵢ = (Σ_r a_r σ(Zᵢᵣ))/√m with m = a.Length and n = u.Length.</summary>
    public static void Forward(ReadOnlySpan<double> z, ReadOnlySpan<double> a, Span<double> u)
    {
        var n = u.Length;
        u.Clear();
        for (var r = 0; r < a.Length; r++)
        {
            AddScaledRelu(z.Slice(r * n, n), a[r], u);
        }

        var sqrtM = Math.Sqrt(a.Length);
        for (var i = 0; i < n; i++)
        {
            u[i] /= sqrtM;
        }
    }

    /// <summary>Eᵢᵣ = residualᵢ·1{Zᵢᵣ ≥ 0}·a_r, column by column; n = residual.Length.</summary>
    public static void BackwardSignal(
        ReadOnlySpan<double> z, ReadOnlySpan<double> residual, ReadOnlySpan<double> a, Span<double> e)
    {
        var n = residual.Length;
        for (var r = 0; r < a.Length; r++)
        {
            MaskedScale(z.Slice(r * n, n), residual, a[r], e.Slice(r * n, n));
        }
    }

    /// <summary>The number of 64-bit words that hold the activation pattern of <paramref name="count"/> entries.</summary>
    public static int PatternWords(long count) => checked((int)((count + 63) / 64));

    /// <summary>Packs the activation pattern 1{z ≥ 0} into bits: bit k % 64 of word k / 64 is 1{z[k] ≥ 0} (NaN gives 0).</summary>
    public static void WritePattern(ReadOnlySpan<double> z, Span<ulong> bits)
    {
        for (var word = 0; word < bits.Length; word++)
        {
            bits[word] = PatternWord(z, word);
        }
    }

    /// <summary>The number of positions k where 1{z[k] ≥ 0} differs from the packed pattern (see <see cref="WritePattern"/>).</summary>
    public static long CountPatternChanges(ReadOnlySpan<ulong> pattern, ReadOnlySpan<double> z)
    {
        long count = 0;
        for (var word = 0; word < pattern.Length; word++)
        {
            count += BitOperations.PopCount(pattern[word] ^ PatternWord(z, word));
        }

        return count;
    }

    /// <summary>Bits 1{z[k] ≥ 0} for k = 64·word … 64·word + 63 (positions past the end of z give 0).</summary>
    private static ulong PatternWord(ReadOnlySpan<double> z, int word)
    {
        var start = word * 64;
        var block = z.Slice(start, Math.Min(64, z.Length - start));
        ulong bits = 0;
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; k + Vector256<double>.Count <= block.Length; k += Vector256<double>.Count)
            {
                var mask = Vector256.GreaterThanOrEqual(Vector256.Create(block.Slice(k, Vector256<double>.Count)), Vector256<double>.Zero);
                bits |= (ulong)mask.ExtractMostSignificantBits() << k;
            }
        }

        for (; k < block.Length; k++)
        {
            if (block[k] >= 0)
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

    private static void AddScaledRelu(ReadOnlySpan<double> z, double alpha, Span<double> acc)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var zv = MemoryMarshal.Cast<double, Vector<double>>(z);
            var accV = MemoryMarshal.Cast<double, Vector<double>>(acc);
            var alphaV = new Vector<double>(alpha);
            for (var k = 0; k < zv.Length; k++)
            {
                var relu = Vector.ConditionalSelect(Vector.LessThan(zv[k], Vector<double>.Zero), Vector<double>.Zero, zv[k]);
                accV[k] += alphaV * relu;
            }

            i = zv.Length * Vector<double>.Count;
        }

        for (; i < z.Length; i++)
        {
            acc[i] += alpha * (z[i] < 0 ? 0.0 : z[i]);
        }
    }

    private static void MaskedScale(ReadOnlySpan<double> z, ReadOnlySpan<double> residual, double alpha, Span<double> e)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var zv = MemoryMarshal.Cast<double, Vector<double>>(z);
            var rv = MemoryMarshal.Cast<double, Vector<double>>(residual);
            var ev = MemoryMarshal.Cast<double, Vector<double>>(e);
            var alphaV = new Vector<double>(alpha);
            for (var k = 0; k < zv.Length; k++)
            {
                ev[k] = Vector.ConditionalSelect(
                    Vector.GreaterThanOrEqual(zv[k], Vector<double>.Zero), alphaV * rv[k], Vector<double>.Zero);
            }

            i = zv.Length * Vector<double>.Count;
        }

        for (; i < z.Length; i++)
        {
            e[i] = z[i] >= 0 ? alpha * residual[i] : 0.0;
        }
    }
}

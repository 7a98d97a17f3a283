using System.Numerics;
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

    /// <summary>w ← w − η·g, elementwise.</summary>
    public static void SubtractScaled(Span<double> w, double eta, ReadOnlySpan<double> g)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var wv = MemoryMarshal.Cast<double, Vector<double>>(w);
            var gv = MemoryMarshal.Cast<double, Vector<double>>(g[..w.Length]);
            var etaV = new Vector<double>(eta);
            for (var k = 0; k < wv.Length; k++)
            {
                wv[k] -= etaV * gv[k];
            }

            i = wv.Length * Vector<double>.Count;
        }

        for (; i < w.Length; i++)
        {
            w[i] -= eta * g[i];
        }
    }

    /// <summary>
    /// max_r ‖w_r − w0_r‖ over the rows of two column-major matrices with <paramref name="scratch"/>.Length rows
    /// (NaN if any distance is NaN); <paramref name="scratch"/> receives the squared row distances.
    /// </summary>
    public static double MaxRowDistance(ReadOnlySpan<double> w, ReadOnlySpan<double> w0, Span<double> scratch)
    {
        var rows = scratch.Length;
        scratch.Clear();
        for (var offset = 0; offset < w.Length; offset += rows)
        {
            AddSquaredDifference(w.Slice(offset, rows), w0.Slice(offset, rows), scratch);
        }

        var max = 0.0;
        foreach (var s in scratch)
        {
            if (double.IsNaN(s))
            {
                return double.NaN;
            }

            max = Math.Max(max, s);
        }

        return Math.Sqrt(max);
    }

    /// <summary>The number of positions where 1{z ≥ 0} and 1{z0 ≥ 0} differ.</summary>
    public static long CountPatternChanges(ReadOnlySpan<double> z0, ReadOnlySpan<double> z)
    {
        long count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var z0v = MemoryMarshal.Cast<double, Vector<double>>(z0[..z.Length]);
            var zv = MemoryMarshal.Cast<double, Vector<double>>(z);
            var acc = Vector<long>.Zero;
            for (var k = 0; k < zv.Length; k++)
            {
                // Comparison masks are all ones (−1) where true; their xor is −1 where the patterns differ.
                acc -= Vector.GreaterThanOrEqual(z0v[k], Vector<double>.Zero)
                    ^ Vector.GreaterThanOrEqual(zv[k], Vector<double>.Zero);
            }

            count = Vector.Sum(acc);
            i = zv.Length * Vector<double>.Count;
        }

        for (; i < z.Length; i++)
        {
            if ((z0[i] >= 0) != (z[i] >= 0))
            {
                count++;
            }
        }

        return count;
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

    private static void AddSquaredDifference(ReadOnlySpan<double> w, ReadOnlySpan<double> w0, Span<double> acc)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var wv = MemoryMarshal.Cast<double, Vector<double>>(w);
            var w0v = MemoryMarshal.Cast<double, Vector<double>>(w0);
            var accV = MemoryMarshal.Cast<double, Vector<double>>(acc);
            for (var k = 0; k < wv.Length; k++)
            {
                var diff = wv[k] - w0v[k];
                accV[k] += diff * diff;
            }

            i = wv.Length * Vector<double>.Count;
        }

        for (; i < w.Length; i++)
        {
            var diff = w[i] - w0[i];
            acc[i] += diff * diff;
        }
    }
}

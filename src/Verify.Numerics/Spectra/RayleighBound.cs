using static Verify.Numerics.DirectedRounding;

namespace Verify.Numerics;

/// <summary>
/// Certified upper bounds on λ_min of a symmetric matrix from a Rayleigh quotient: for every nonzero v,
/// λ_min(A) ≤ vᵀAv / vᵀv (Rayleigh–Ritz; Horn &amp; Johnson, Matrix Analysis, 2nd ed., Theorem 4.2.2). The bound holds
/// for any v, so v may come from anywhere; it is tight when v is close to an eigenvector of λ_min (the error is
/// quadratic in the angle), which inverse iteration with a Cholesky factor of A − σI, σ just below λ_min, gives in a
/// few O(n²) steps.
/// </summary>
internal static class RayleighBound
{
    private const int InverseIterations = 4;

    /// <summary>
    /// An upper bound on vᵀAv/vᵀv with every operation rounded the safe way: w = Av is enclosed entrywise
    /// ([Σ MulDown, summed down], [Σ MulUp, summed up]); vᵀw ≤ Σ v_i·(w_i's upper end if v_i ≥ 0, else its lower end),
    /// each product and sum rounded up; vᵀv is enclosed the same way, and the quotient takes the end of vᵀv that makes
    /// it larger (the smaller when vᵀAv's bound is ≥ 0). A is column-major n×n, exactly symmetric.
    /// </summary>
    public static double UpperBound(double[] a, int n, double[] v)
    {
        if (v.Any(x => !double.IsFinite(x)))
        {
            return double.PositiveInfinity;
        }

        var numerator = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Row i of A is column i (A is exactly symmetric), contiguous in column-major storage.
            double low = 0, high = 0;
            for (var j = 0; j < n; j++)
            {
                var aij = a[(i * n) + j];
                low = AddDown(low, MulDown(aij, v[j]));
                high = AddUp(high, MulUp(aij, v[j]));
            }

            numerator = AddUp(numerator, MulUp(v[i], v[i] >= 0 ? high : low));
        }

        double normLow = 0, normHigh = 0;
        foreach (var x in v)
        {
            normLow = AddDown(normLow, MulDown(x, x));
            normHigh = AddUp(normHigh, MulUp(x, x));
        }

        var denominator = numerator >= 0 ? normLow : normHigh;
        return denominator > 0 ? DivUp(numerator, denominator) : double.PositiveInfinity;
    }

    /// <summary>
    /// A few steps of inverse iteration x ← (R̂ᵀR̂)⁻¹x with the computed upper-triangular Cholesky factor R̂ of A − σI
    /// (column-major, upper triangle; <see cref="VerifiedBounds.CholeskySucceeds"/>), from a fixed start vector with no
    /// special structure, normalised to max |x_i| = 1 after each step. Only the direction matters: the bound above holds
    /// for whatever vector comes out.
    /// </summary>
    public static double[] InverseIteration(double[] factor, int n)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = 1 + (0.5 * Math.Sin(1.0 + (2.399963 * i)));
        }

        for (var step = 0; step < InverseIterations; step++)
        {
            // R̂ᵀy = x (forward), then R̂x = y (backward).
            for (var i = 0; i < n; i++)
            {
                var s = x[i];
                for (var k = 0; k < i; k++)
                {
                    s -= factor[(i * n) + k] * x[k];
                }

                x[i] = s / factor[(i * n) + i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var s = x[i];
                for (var k = i + 1; k < n; k++)
                {
                    s -= factor[(k * n) + i] * x[k];
                }

                x[i] = s / factor[(i * n) + i];
            }

            var scale = 0.0;
            foreach (var value in x)
            {
                scale = Math.Max(scale, Math.Abs(value));
            }

            if (!(scale > 0) || !double.IsFinite(scale))
            {
                break;
            }

            for (var i = 0; i < n; i++)
            {
                x[i] /= scale;
            }
        }

        return x;
    }
}

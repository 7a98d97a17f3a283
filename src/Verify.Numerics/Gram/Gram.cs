using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// The Gram matrices of the two-layer ReLU network of Du et al. (2019), built with GEMMs, never with n×n loops of
/// dot products. Conventions: X is n×d (row i is the input xᵢ), W is m×d (row r is the weight vector w_r); every
/// matrix is a MathNet dense (column-major) matrix. Results are exactly symmetric.
/// </summary>
public static class Gram
{
    /// <summary>
    /// G = X Xᵀ (n×n) by one GEMM, then (G + Gᵀ)/2 so that the rounding asymmetry of the GEMM is removed and G is
    /// exactly symmetric.
    /// </summary>
    public static Matrix<double> InputGram(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        var g = Matrix<double>.Build.Dense(x.RowCount, x.RowCount);
        backend.Gemm(false, true, 1.0, x, x, 0.0, g);
        Symmetrise(g);
        return g;
    }

    /// <summary>
    /// The infinite-width ReLU NTK of Du et al. (2019): H∞ᵢⱼ = Gᵢⱼ (π − arccos ρᵢⱼ)/(2π) with
    /// ρᵢⱼ = Gᵢⱼ/√(Gᵢᵢ Gⱼⱼ) clipped to [−1, 1], the closed form of E_w[xᵢᵀxⱼ 1{wᵀxᵢ ≥ 0, wᵀxⱼ ≥ 0}] for
    /// w ~ N(0, I). The diagonal is Gᵢᵢ/2 exactly; a zero input (Gᵢᵢ ≤ 0) gives a zero row and column. Reads the lower
    /// triangle of <paramref name="g"/> (pass <see cref="InputGram"/>). For unit inputs ρ = G.
    /// Conditioning: ∂H∞ᵢⱼ/∂ρ = (π − arccos ρ)/(2π) + ρ/(2π√(1 − ρ²)) grows without bound as |ρ| → 1, so for nearly
    /// parallel inputs a rounding error in Gᵢⱼ is amplified (an error of ε in ρ near 1 moves arccos ρ by about √(2ε)).
    /// An antiparallel pair (ρ = −1) gives H∞ᵢⱼ = 0; Du et al. exclude parallel and antiparallel pairs anyway.
    /// </summary>
    public static Matrix<double> InfiniteWidthReluNtk(Matrix<double> g)
    {
        RequireSquare(g, nameof(g));
        var n = g.RowCount;
        var h = Matrix<double>.Build.Dense(n, n);
        for (var j = 0; j < n; j++)
        {
            var gjj = g[j, j];
            h[j, j] = gjj > 0 ? gjj / 2 : 0.0;
            for (var i = j + 1; i < n; i++)
            {
                var gii = g[i, i];
                var value = 0.0;
                if (gii > 0 && gjj > 0)
                {
                    var gij = g[i, j];
                    var rho = Math.Clamp(gij / Math.Sqrt(gii * gjj), -1.0, 1.0);
                    value = gij * (Math.PI - Math.Acos(rho)) / (2 * Math.PI);
                }

                h[i, j] = value;
                h[j, i] = value;
            }
        }

        return h;
    }

    /// <summary>
    /// The activation pattern P (n×m) with Pᵢᵣ = 1{w_rᵀxᵢ ≥ 0} (the convention ReLU′(0) = 1), from Z = X Wᵀ by one GEMM.
    /// </summary>
    public static Matrix<double> ActivationPattern(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        var z = Matrix<double>.Build.Dense(x.RowCount, w.RowCount);
        backend.Gemm(false, true, 1.0, x, w, 0.0, z);
        ActivationPattern(z, z);
        return z;
    }

    /// <summary>
    /// Writes Pᵢᵣ = 1{Zᵢᵣ ≥ 0} for precomputed pre-activations Z = X Wᵀ into <paramref name="destination"/> (same shape;
    /// it may be <paramref name="z"/> itself). A NaN pre-activation gives 0.
    /// </summary>
    public static void ActivationPattern(Matrix<double> z, Matrix<double> destination)
    {
        var zValues = MatrixArguments.DenseValues(z, nameof(z));
        var pValues = MatrixArguments.DenseValues(destination, nameof(destination));
        if (z.RowCount != destination.RowCount || z.ColumnCount != destination.ColumnCount)
        {
            throw new ArgumentException(
                $"destination is {destination.RowCount}×{destination.ColumnCount} but z is {z.RowCount}×{z.ColumnCount}.",
                nameof(destination));
        }

        for (var index = 0; index < zValues.Length; index++)
        {
            pValues[index] = zValues[index] >= 0 ? 1.0 : 0.0;
        }
    }

    /// <summary>
    /// The finite-width Gram matrix H = G ∘ (P Pᵀ)/m of Du et al. (2019), Hᵢⱼ = (1/m) xᵢᵀxⱼ Σ_r 1{w_rᵀxᵢ ≥ 0, w_rᵀxⱼ ≥ 0},
    /// with P the n×m activation pattern (<see cref="ActivationPattern(ILinearAlgebraBackend, Matrix{double}, Matrix{double})"/>).
    /// P Pᵀ is one GEMM (n×m×n) of 0/1 entries, so its counts are exact integers; H is exactly symmetric. Reads the
    /// lower triangle of <paramref name="g"/>.
    /// </summary>
    public static Matrix<double> FiniteWidthReluNtk(ILinearAlgebraBackend backend, Matrix<double> g, Matrix<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var h = Matrix<double>.Build.Dense(p.RowCount, p.RowCount);
        FiniteWidthReluNtk(backend, g, p, h);
        return h;
    }

    /// <summary>
    /// As <see cref="FiniteWidthReluNtk(ILinearAlgebraBackend, Matrix{double}, Matrix{double})"/>, into a preallocated
    /// n×n <paramref name="destination"/> (not <paramref name="g"/> or <paramref name="p"/>); allocates nothing itself.
    /// </summary>
    public static void FiniteWidthReluNtk(
        ILinearAlgebraBackend backend, Matrix<double> g, Matrix<double> p, Matrix<double> destination)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireSquare(g, nameof(g));
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(destination);
        var n = g.RowCount;
        var m = p.ColumnCount;
        if (p.RowCount != n)
        {
            throw new ArgumentException($"p has {p.RowCount} rows but g is {n}×{n}.", nameof(p));
        }

        if (m == 0)
        {
            throw new ArgumentException("p has no columns (width m = 0).", nameof(p));
        }

        if (ReferenceEquals(g, destination) || ReferenceEquals(p, destination))
        {
            throw new ArgumentException("destination must be a separate matrix from g and p.", nameof(destination));
        }

        backend.Gemm(false, true, 1.0, p, p, 0.0, destination);
        for (var j = 0; j < n; j++)
        {
            for (var i = j; i < n; i++)
            {
                var value = g[i, j] * destination[i, j] / m;
                destination[i, j] = value;
                destination[j, i] = value;
            }
        }
    }

    private static void Symmetrise(Matrix<double> a)
    {
        var n = a.RowCount;
        for (var j = 0; j < n; j++)
        {
            for (var i = j + 1; i < n; i++)
            {
                var mean = 0.5 * (a[i, j] + a[j, i]);
                a[i, j] = mean;
                a[j, i] = mean;
            }
        }
    }

    private static void RequireSquare(Matrix<double> a, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(a, parameterName);
        if (a.RowCount != a.ColumnCount)
        {
            throw new ArgumentException($"'{parameterName}' must be square but is {a.RowCount}×{a.ColumnCount}.", parameterName);
        }
    }
}

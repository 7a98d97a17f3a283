using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using Simd = System.Numerics.Vector<double>;
using Vector = System.Numerics.Vector;

namespace Verify.Numerics;

/// <summary>
/// The Gram matrices of the two-layer ReLU network of Du et al. (2019), built with BLAS-3 calls (rank-k updates), never
/// with n×n loops of dot products. Conventions: X is n×d (row i is the input xᵢ), W is m×d (row r is the weight vector
/// w_r), Z = X Wᵀ is n×m; every matrix is a MathNet dense (column-major) matrix. The lower triangle is computed and
/// copied to the upper one, so results are exactly symmetric.
/// </summary>
public static class Gram
{
    /// <summary>
    /// The size of one activation-pattern chunk in <see cref="FiniteWidthReluNtk(ILinearAlgebraBackend, Matrix{double}, Matrix{double}, Matrix{double})"/>:
    /// small beside the n×n result, yet wide enough (k = 262 columns for n = 1000) for the rank-k updates to run at BLAS-3
    /// speed (measured for n = 1000, m = 4000: the 16 chunked updates take as long as one syrk over the whole P).
    /// </summary>
    private const int PatternChunkBytes = 2 << 20;

    [ThreadStatic]
    private static Matrix<double>? _patternChunk;

    // The elementwise kernels below are marked AggressiveOptimization: they run a few times per process, each time over
    // n² or n·m entries, so tiered compilation would run them as tier-0/OSR code (measured ~3× slower for H∞).

    /// <summary>G = X Xᵀ (n×n) by one symmetric rank-k update (half a GEMM's work), its lower triangle mirrored.</summary>
    public static Matrix<double> InputGram(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        var g = Unfilled(x.RowCount);
        backend.SymmetricRankK(1.0, x, 0.0, g);
        SymmetricStorage.MirrorLowerInPlace(MatrixArguments.DenseValues(g, nameof(g)), x.RowCount);
        return g;
    }

    /// <summary>The pre-activations Z = X Wᵀ (n×m; Zᵢᵣ = w_rᵀxᵢ) by one GEMM.</summary>
    public static Matrix<double> PreActivations(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        var z = Matrix<double>.Build.Dense(x.RowCount, w.RowCount);
        backend.Gemm(false, true, 1.0, x, w, 0.0, z);
        return z;
    }

    /// <summary>
    /// The infinite-width ReLU NTK of Du et al. (2019): H∞ᵢⱼ = Gᵢⱼ (π − arccos ρᵢⱼ)/(2π) with
    /// ρᵢⱼ = Gᵢⱼ/√(Gᵢᵢ Gⱼⱼ) clipped to [−1, 1], the closed form of E_w[xᵢᵀxⱼ 1{wᵀxᵢ ≥ 0, wᵀxⱼ ≥ 0}] for
    /// w ~ N(0, I). The diagonal is Gᵢᵢ/2 exactly; a zero input (Gᵢᵢ ≤ 0) gives a zero row and column. Reads the lower
    /// triangle of the dense <paramref name="g"/> (pass <see cref="InputGram"/>). For unit inputs ρ = G.
    /// Columns are computed in parallel, column j with column n − 1 − j so that every task has n + 1 entries; each entry
    /// comes from the same scalar formula whatever the schedule, so the result does not depend on the thread count.
    /// Conditioning: ∂H∞ᵢⱼ/∂ρ = (π − arccos ρ)/(2π) + ρ/(2π√(1 − ρ²)) grows without bound as |ρ| → 1, so for nearly
    /// parallel inputs a rounding error in Gᵢⱼ is amplified (an error of ε in ρ near 1 moves arccos ρ by about √(2ε)).
    /// An antiparallel pair (ρ = −1) gives H∞ᵢⱼ = 0; Du et al. exclude parallel and antiparallel pairs anyway.
    /// </summary>
    public static Matrix<double> InfiniteWidthReluNtk(Matrix<double> g)
    {
        RequireSquare(g, nameof(g));
        var gValues = MatrixArguments.DenseValues(g, nameof(g));
        var n = g.RowCount;
        var diagonal = new double[n];
        for (var i = 0; i < n; i++)
        {
            diagonal[i] = gValues[(i * n) + i];
        }

        var h = Unfilled(n);
        var hValues = MatrixArguments.DenseValues(h, nameof(h));
        Parallel.For(0, (n + 1) / 2, j =>
        {
            InfiniteWidthColumn(gValues, diagonal, hValues, j);
            if (n - 1 - j != j)
            {
                InfiniteWidthColumn(gValues, diagonal, hValues, n - 1 - j);
            }
        });
        SymmetricStorage.MirrorLowerInPlace(hValues, n);
        return h;
    }

    /// <summary>
    /// The finite-width Gram matrix H = G ∘ (P Pᵀ)/m of Du et al. (2019), Hᵢⱼ = (1/m) xᵢᵀxⱼ Σ_r 1{w_rᵀxᵢ ≥ 0, w_rᵀxⱼ ≥ 0},
    /// from the pre-activations <paramref name="z"/> = X Wᵀ (n×m): Pᵢᵣ = 1{Zᵢᵣ ≥ 0} (ReLU′(0) = 1; a NaN gives 0). Reads the
    /// lower triangle of <paramref name="g"/>. See the overload with a destination for how it is computed.
    /// </summary>
    public static Matrix<double> FiniteWidthReluNtk(ILinearAlgebraBackend backend, Matrix<double> g, Matrix<double> z)
    {
        ArgumentNullException.ThrowIfNull(z);
        var h = Unfilled(z.RowCount); // every entry is written (or the call throws)
        FiniteWidthReluNtk(backend, g, z, h);
        return h;
    }

    /// <summary>
    /// As <see cref="FiniteWidthReluNtk(ILinearAlgebraBackend, Matrix{double}, Matrix{double})"/>, into a preallocated
    /// n×n <paramref name="destination"/> (not <paramref name="g"/> or <paramref name="z"/>). P is never formed whole:
    /// its columns are written ~2 MB at a time into one chunk buffer and accumulated into the lower triangle of
    /// <paramref name="destination"/> by <see cref="ILinearAlgebraBackend.SymmetricRankK"/>, so the memory is
    /// O(n² + chunk), with no n×m buffer. The counts (P Pᵀ)ᵢⱼ are sums of 0/1 products, exact integers in any summation
    /// order while m &lt; 2⁵³; then Hᵢⱼ = Gᵢⱼ·count/m (two roundings) on the lower triangle, mirrored to the upper.
    /// </summary>
    public static void FiniteWidthReluNtk(
        ILinearAlgebraBackend backend, Matrix<double> g, Matrix<double> z, Matrix<double> destination)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireSquare(g, nameof(g));
        var gValues = MatrixArguments.DenseValues(g, nameof(g));
        var zValues = MatrixArguments.DenseValues(z, nameof(z));
        var hValues = MatrixArguments.DenseValues(destination, nameof(destination));
        var n = g.RowCount;
        var m = z.ColumnCount;
        if (z.RowCount != n)
        {
            throw new ArgumentException($"z has {z.RowCount} rows but g is {n}×{n}.", nameof(z));
        }

        if (m == 0)
        {
            throw new ArgumentException("z has no columns (width m = 0).", nameof(z));
        }

        if (destination.RowCount != n || destination.ColumnCount != n)
        {
            throw new ArgumentException(
                $"destination is {destination.RowCount}×{destination.ColumnCount} but g is {n}×{n}.", nameof(destination));
        }

        if (ReferenceEquals(hValues, gValues) || ReferenceEquals(hValues, zValues))
        {
            throw new ArgumentException("destination must be a separate matrix from g and z.", nameof(destination));
        }

        AccumulatePatternGram(backend, zValues, n, m, FillPattern, destination);
        for (var j = 0; j < n; j++)
        {
            for (var index = (j * n) + j; index < (j + 1) * n; index++)
            {
                hValues[index] = gValues[index] * hValues[index] / m;
            }
        }

        SymmetricStorage.MirrorLowerInPlace(hValues, n);
    }

    /// <summary>
    /// C = Q Qᵀ (n×n, exactly symmetric) for the near-kink pattern Qᵢᵣ = 1{|Zᵢᵣ| ≤ <paramref name="threshold"/>} of the
    /// pre-activations <paramref name="z"/> (n×m; NaN → 0): Cᵢⱼ counts the neurons within the threshold of their kink at
    /// both xᵢ and xⱼ, Cᵢᵢ those at xᵢ. Exact integer counts, computed chunk by chunk like
    /// <see cref="FiniteWidthReluNtk(ILinearAlgebraBackend, Matrix{double}, Matrix{double}, Matrix{double})"/> (no n×m buffer).
    /// </summary>
    public static Matrix<double> NearKinkCoincidences(ILinearAlgebraBackend backend, Matrix<double> z, double threshold)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var zValues = MatrixArguments.DenseValues(z, nameof(z));
        var n = z.RowCount;
        var counts = z.ColumnCount > 0 ? Unfilled(n) : Matrix<double>.Build.Dense(n, n);
        if (z.ColumnCount > 0)
        {
            AccumulatePatternGram(backend, zValues, n, z.ColumnCount, (zChunk, q) => FillNearKink(zChunk, q, threshold), counts);
            SymmetricStorage.MirrorLowerInPlace(MatrixArguments.DenseValues(counts, nameof(counts)), n);
        }

        return counts;
    }

    /// <summary>Writes a 0/1 pattern chunk from the matching pre-activation columns.</summary>
    private delegate void PatternFill(ReadOnlySpan<double> z, Span<double> pattern);

    /// <summary>
    /// The lower triangle of <paramref name="destination"/> ← P Pᵀ for the 0/1 pattern P that <paramref name="fill"/>
    /// writes from Z (n×m, m ≥ 1), ~2 MB of columns at a time, each chunk added by one rank-k update. The last chunk
    /// reuses the buffer with its unused columns zeroed (zero columns add exactly nothing to the counts).
    /// </summary>
    private static void AccumulatePatternGram(
        ILinearAlgebraBackend backend, double[] zValues, int n, int m, PatternFill fill, Matrix<double> destination)
    {
        var chunk = PatternChunk(n, Math.Min(m, PatternChunkColumns(n)));
        var chunkValues = MatrixArguments.DenseValues(chunk, nameof(chunk));
        for (var start = 0; start < m; start += chunk.ColumnCount)
        {
            var filled = Math.Min(chunk.ColumnCount, m - start) * n;
            fill(zValues.AsSpan(start * n, filled), chunkValues.AsSpan(0, filled));
            chunkValues.AsSpan(filled).Clear();
            backend.SymmetricRankK(1.0, chunk, start == 0 ? 0.0 : 1.0, destination);
        }
    }

    /// <summary>
    /// This thread's n×width chunk buffer, kept between calls: the descent asks for H(k) dozens of times per run, and
    /// a fresh 2 MB buffer each time would be large-object garbage that the GC keeps until its next full collection.
    /// Each thread that computes a pattern Gram keeps up to 2 MiB for the life of the process.
    /// </summary>
    private static Matrix<double> PatternChunk(int n, int width)
    {
        if (_patternChunk is not { } chunk || chunk.RowCount != n || chunk.ColumnCount != width)
        {
            _patternChunk = chunk = Matrix<double>.Build.Dense(n, width);
        }

        return chunk;
    }

    /// <summary>
    /// An n×n matrix whose entries are all about to be written (a β = 0 rank-k update or the lower-triangle formula, then
    /// the mirror): not zeroed first,
    /// which saves a pass over n² doubles (32 MB at n = 2000).
    /// </summary>
    private static Matrix<double> Unfilled(int n) => Matrix<double>.Build.Dense(n, n, GC.AllocateUninitializedArray<double>(n * n));

    /// <summary>The number of columns of an n-row pattern chunk (at least 1).</summary>
    internal static int PatternChunkColumns(int n) => Math.Max(1, PatternChunkBytes / (sizeof(double) * Math.Max(1, n)));

    /// <summary>Column j of the lower triangle of H∞ (entries j..n−1) from G's lower triangle and diagonal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InfiniteWidthColumn(double[] g, double[] diagonal, double[] h, int j)
    {
        var n = diagonal.Length;
        var column = j * n;
        var gjj = diagonal[j];
        h[column + j] = gjj > 0 ? gjj / 2 : 0.0;
        for (var i = j + 1; i < n; i++)
        {
            var gii = diagonal[i];
            var value = 0.0;
            if (gii > 0 && gjj > 0)
            {
                var gij = g[column + i];
                var rho = Math.Clamp(gij / Math.Sqrt(gii * gjj), -1.0, 1.0);
                value = gij * (Math.PI - Math.Acos(rho)) / (2 * Math.PI);
            }

            h[column + i] = value;
        }
    }

    /// <summary>p = 1{z ≥ 0} entrywise (NaN → 0), a vector at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillPattern(ReadOnlySpan<double> z, Span<double> p)
    {
        var zVectors = MemoryMarshal.Cast<double, Simd>(z);
        var pVectors = MemoryMarshal.Cast<double, Simd>(p);
        for (var k = 0; k < zVectors.Length; k++)
        {
            pVectors[k] = Vector.ConditionalSelect(
                Vector.GreaterThanOrEqual(zVectors[k], Simd.Zero), Simd.One, Simd.Zero);
        }

        for (var i = zVectors.Length * Simd.Count; i < z.Length; i++)
        {
            p[i] = z[i] >= 0 ? 1.0 : 0.0;
        }
    }

    /// <summary>q = 1{|z| ≤ threshold} entrywise (NaN → 0), a vector at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillNearKink(ReadOnlySpan<double> z, Span<double> q, double threshold)
    {
        var zVectors = MemoryMarshal.Cast<double, Simd>(z);
        var qVectors = MemoryMarshal.Cast<double, Simd>(q);
        var limit = new Simd(threshold);
        for (var k = 0; k < zVectors.Length; k++)
        {
            qVectors[k] = Vector.ConditionalSelect(Vector.LessThanOrEqual(Vector.Abs(zVectors[k]), limit), Simd.One, Simd.Zero);
        }

        for (var i = zVectors.Length * Simd.Count; i < z.Length; i++)
        {
            q[i] = Math.Abs(z[i]) <= threshold ? 1.0 : 0.0;
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

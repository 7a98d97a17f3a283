using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The two-layer ReLU network of Du et al. (2019): f(W, a, x) = (1/√m) Σ_r a_r σ(w_rᵀx) with σ(z) = max(z, 0).
/// W is m×d (row r is w_r, the first layer, which gradient descent trains) and a ∈ ℝᵐ the fixed output layer
/// (±1 at Du et al.'s initialisation). The constructor copies both; treat <see cref="W"/> as read-only (a descent
/// shares W(0) and a with its initial network instead of copying them). Entries may be
/// non-finite (the final network of a diverged run); <see cref="FirstLayerGradientDescent"/> requires a finite one.
/// </summary>
public sealed class TwoLayerReluNetwork
{
    private readonly double[] _a;

    /// <summary>A network with first layer <paramref name="w"/> (m×d, m ≥ 1, d ≥ 1) and output weights <paramref name="a"/> (length m); both are copied.</summary>
    public TwoLayerReluNetwork(Matrix<double> w, IReadOnlyList<double> a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        if (w.RowCount < 1 || w.ColumnCount < 1)
        {
            throw new ArgumentException($"W must be at least 1×1, but is {w.RowCount}×{w.ColumnCount}.", nameof(w));
        }

        if (a.Count != w.RowCount)
        {
            throw new ArgumentException($"a has {a.Count} entries but W has {w.RowCount} rows (the width m).", nameof(a));
        }

        W = Matrix<double>.Build.DenseOfMatrix(w);
        _a = [.. a];
    }

    private TwoLayerReluNetwork(Matrix<double> w, double[] a)
    {
        W = w;
        _a = a;
    }

    /// <summary>The first layer, m×d; row r is w_r.</summary>
    public Matrix<double> W { get; }

    /// <summary>The output weights a (length m).</summary>
    public IReadOnlyList<double> A => _a;

    /// <summary>a itself, for this assembly's kernels, which only read it.</summary>
    internal double[] OutputWeights => _a;

    /// <summary>The width m (number of hidden neurons).</summary>
    public int Width => W.RowCount;

    /// <summary>The input dimension d.</summary>
    public int InputDimension => W.ColumnCount;

    /// <summary>
    /// Du et al.'s random initialisation: w_r ~ N(0, I_d) and a_r uniform on {−1, +1}, all independent. Draw order
    /// (part of reproducibility): first all of W, row by row (w_1's d entries, then w_2's, …, as
    /// <see cref="Gaussian.Sample"/>), then a_1, …, a_m, each a_r = +1 if <c>rng.NextDouble()</c> &lt; ½ and −1 otherwise.
    /// </summary>
    public static TwoLayerReluNetwork Initialize(int m, int d, RandomSource rng)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        ArgumentNullException.ThrowIfNull(rng);
        var w = Gaussian.Sample(m, d, rng);
        var a = new double[m];
        for (var r = 0; r < m; r++)
        {
            a[r] = rng.NextDouble() < 0.5 ? 1.0 : -1.0;
        }

        return Wrap(w, a);
    }

    /// <summary>A network over <paramref name="w"/> and <paramref name="a"/> without copying them: the caller hands both over and never changes them.</summary>
    internal static TwoLayerReluNetwork Wrap(Matrix<double> w, double[] a) => new(w, a);

    /// <summary>
    /// The predictions uᵢ = f(W, a, xᵢ) for the rows of <paramref name="x"/> (n×d): Z = X Wᵀ by one GEMM, then
    /// u = σ(Z) a/√m. Allocates; the training loop uses its own buffers.
    /// </summary>
    public double[] Predict(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        var z = Gram.PreActivations(backend, x, W);
        var u = new double[x.RowCount];
        ReluKernels.Forward(z.AsColumnMajorArray(), _a, u);
        return u;
    }
}

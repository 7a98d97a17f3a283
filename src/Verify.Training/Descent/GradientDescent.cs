using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Full-batch gradient descent on Φ = ½‖F_L − Y‖²_F for any <see cref="FeedForwardNetwork"/>, with a constant step size
/// η_l per layer (0 freezes W_l). Every buffer is allocated by the constructor and <see cref="Step"/> allocates nothing:
/// a backward pass from W(k) (for l = L … 1: D_L = R = F_L − Y; ∂Φ/∂F_{l−1} = s_l D_l W_lᵀ into one shared buffer; then
/// W_l ← W_l − η_l s_l F_{l−1}ᵀ D_l added by the GEMM itself, after W_l(k) has served the propagation; then
/// D_{l−1} = ∂Φ/∂F_{l−1} ∘ σ′ written over F_{l−1} — dead until the next forward pass — when σ′ is read from σ's value
/// (tanh, sigmoid, softplus, ReLU: <see cref="Activation.DerivativeFromValue"/>), or over Z_{l−1} otherwise; s_L = s,
/// s_l = 1 below), then the forward pass at W(k+1). Frozen layers skip their gradient GEMM, and nothing is propagated
/// below the lowest trained layer. The elementwise passes (σ forward, σ′ and the product backward) run in column blocks
/// on all cores (from 2^15 elements per block); each element is computed on its own, so the results do not depend on the
/// thread count.
/// Memory: W(k) (W(0) is the initial network's, shared; X and Y are the caller's), per hidden layer F_l (and Z_l only
/// for an activation whose σ′ needs it), one N × max n_l buffer for ∂Φ/∂F_l, and two N × n_L. Not thread-safe.
/// </summary>
public sealed class GradientDescent : IDescent
{
    private readonly Activation _activation;
    private readonly double _scale;
    private readonly Matrix<double>[] _w;
    private readonly Matrix<double>?[] _z;
    private readonly Matrix<double>[] _f;
    private readonly double[] _upstream;
    private readonly Matrix<double> _output;
    private readonly Matrix<double> _residual;
    private readonly double[] _stepSizes;
    private readonly int _lowestTrained;
    private readonly ColumnBlocks _blocks = new();
    private readonly ActivationPass _pass;

    /// <summary>
    /// Prepares descent from <paramref name="initial"/> on inputs <paramref name="x"/> (N×d) and targets
    /// <paramref name="y"/> (N × n_L) with step sizes <paramref name="stepSizes"/> (one per layer, finite, ≥ 0), and
    /// evaluates the iterate at step 0. X and Y must be finite; dense ones are used as given, not copied (like W(0), the
    /// network's own), and must not change while the descent lives; others are copied into dense matrices.
    /// </summary>
    public GradientDescent(
        ILinearAlgebraBackend backend, FeedForwardNetwork initial, Matrix<double> x, Matrix<double> y, IReadOnlyList<double> stepSizes)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(stepSizes);
        initial.RequireInputs(x);
        Backpropagation.RequireTargets(initial, x, y);
        Finite.Require(x.AsColumnMajorArray(), nameof(x));
        Finite.Require(y.AsColumnMajorArray(), nameof(y));
        if (stepSizes.Count != initial.Depth)
        {
            throw new ArgumentException($"{stepSizes.Count} step sizes for {initial.Depth} layers; give one per layer.", nameof(stepSizes));
        }

        for (var l = 1; l <= initial.Depth; l++)
        {
            if (!double.IsFinite(stepSizes[l - 1]) || stepSizes[l - 1] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(stepSizes), stepSizes[l - 1], $"η_{l} must be finite and ≥ 0 (0 freezes W_{l}).");
            }
        }

        Backend = backend;
        Initial = initial;
        Inputs = Dense(x);
        Targets = Dense(y);
        _activation = initial.Activation;
        _pass = new ActivationPass(_activation);
        _scale = initial.Spec.OutputScale;
        _stepSizes = [.. stepSizes];
        int depth = initial.Depth, n = x.RowCount;
        var lowest = Array.FindIndex(_stepSizes, eta => eta > 0);
        _lowestTrained = lowest < 0 ? depth + 1 : lowest + 1; // past the output layer: nothing trains, no backward pass
        _w = [.. initial.Weights.Select(Matrix<double>.Build.DenseOfMatrix)];
        _z = new Matrix<double>?[depth];
        _f = new Matrix<double>[depth];
        var propagated = 0; // the widest ∂Φ/∂F_{l−1} the backward pass computes (l > lowest trained)
        for (var l = 1; l < depth; l++)
        {
            var width = initial.Spec.Widths[l - 1];
            _z[l] = _activation.DerivativeFromValue ? null : Matrix<double>.Build.Dense(n, width);
            _f[l] = Matrix<double>.Build.Dense(n, width);
            if (l >= _lowestTrained)
            {
                propagated = Math.Max(propagated, width);
            }
        }

        _upstream = new double[n * propagated];
        _f[0] = Inputs;
        _output = Matrix<double>.Build.Dense(n, initial.Spec.OutputWidth);
        _residual = Matrix<double>.Build.Dense(n, initial.Spec.OutputWidth);
        Forward();
    }

    /// <inheritdoc/>
    public ILinearAlgebraBackend Backend { get; }

    /// <summary>The network at step 0.</summary>
    public FeedForwardNetwork Initial { get; }

    /// <inheritdoc/>
    public NetworkSpec Spec => Initial.Spec;

    /// <inheritdoc/>
    public Matrix<double> Inputs { get; }

    /// <inheritdoc/>
    public Matrix<double> Targets { get; }

    /// <inheritdoc/>
    public int Depth => _w.Length;

    /// <inheritdoc/>
    public IReadOnlyList<double> StepSizes => _stepSizes;

    /// <inheritdoc/>
    public int Iteration { get; private set; }

    /// <inheritdoc/>
    public double SquaredResidualNorm { get; private set; }

    /// <summary>Φ(W(k)) = ½‖F_L(k) − Y‖²_F.</summary>
    public double Loss => 0.5 * SquaredResidualNorm;

    /// <inheritdoc/>
    public Matrix<double> Weights(int layer) => _w[LayerIndex(layer)];

    /// <inheritdoc/>
    public Matrix<double> InitialWeights(int layer) => Initial.Weights[LayerIndex(layer)];

    /// <inheritdoc/>
    public void Step()
    {
        for (var l = Depth; l >= 1 && l >= _lowestTrained; l--)
        {
            var signal = l == Depth ? _residual : State(l);
            var scale = l == Depth ? _scale : 1.0;
            if (l > _lowestTrained)
            {
                Backend.Gemm(false, true, scale, signal, _w[l - 1], 0.0, _upstream);
            }

            var eta = _stepSizes[l - 1];
            if (eta > 0)
            {
                Backend.Gemm(true, false, -eta * scale, _f[l - 1], signal, 1.0, _w[l - 1]);
            }

            if (l > _lowestTrained)
            {
                // After the update: with σ′ from F, D_{l−1} is written over F_{l−1}, which the update has just read.
                var state = State(l - 1);
                _pass.Backward(state.AsColumnMajorArray(), _upstream);
                _blocks.Run(_pass, state.RowCount, state.ColumnCount);
            }
        }

        Iteration++;
        Forward();
    }

    /// <summary>Where D_l is formed: over F_l when σ′ is read from F, over Z_l otherwise.</summary>
    private Matrix<double> State(int layer) => _z[layer] ?? _f[layer];

    private void Forward()
    {
        var depth = Depth;
        for (var l = 1; l < depth; l++)
        {
            var z = State(l);
            Backend.Gemm(false, false, 1.0, _f[l - 1], _w[l - 1], 0.0, z);
            _pass.Forward(z.AsColumnMajorArray(), _f[l].AsColumnMajorArray());
            _blocks.Run(_pass, z.RowCount, z.ColumnCount);
        }

        Backend.Gemm(false, false, _scale, _f[depth - 1], _w[depth - 1], 0.0, _output);
        var output = _output.AsColumnMajorArray();
        var target = Targets.AsColumnMajorArray();
        var residual = _residual.AsColumnMajorArray();
        var sum = 0.0;
        for (var i = 0; i < residual.Length; i++)
        {
            var r = output[i] - target[i];
            residual[i] = r;
            sum += r * r;
        }

        SquaredResidualNorm = sum;
    }

    private static Matrix<double> Dense(Matrix<double> matrix) =>
        matrix.Storage is DenseColumnMajorMatrixStorage<double> ? matrix : Matrix<double>.Build.DenseOfMatrix(matrix);

    private int LayerIndex(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, Depth);
        return layer - 1;
    }

    /// <summary>The σ forward pass (Z → F, possibly in place) or the σ′ backward pass over one column block.</summary>
    private sealed class ActivationPass(Activation activation) : IColumnBlockPass
    {
        private bool _backward;
        private double[] _a = [];
        private double[] _b = [];

        /// <summary>F ← σ(Z) (the same array when Z is not kept).</summary>
        public void Forward(double[] z, double[] f) => (_backward, _a, _b) = (false, z, f);

        /// <summary>state ← upstream ∘ σ′(state); upstream's first state.Length elements.</summary>
        public void Backward(double[] state, double[] upstream) => (_backward, _a, _b) = (true, state, upstream);

        public void Apply(int start, int length)
        {
            if (_backward)
            {
                activation.Backpropagate(_a.AsSpan(start, length), _b.AsSpan(start, length));
            }
            else
            {
                activation.Features(_a.AsSpan(start, length), _b.AsSpan(start, length));
            }
        }
    }
}

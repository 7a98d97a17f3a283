using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Full-batch gradient descent on Φ = ½‖F_L − Y‖²_F for any <see cref="FeedForwardNetwork"/>, with a constant step size
/// η_l per layer (0 freezes W_l). Every buffer is allocated by the constructor and <see cref="Step"/> allocates nothing:
/// a backward pass from W(k) (for l = L … 1: D_L = R = F_L − Y, ∂Φ/∂F_{l−1} = s_l D_l W_lᵀ into a buffer, then
/// D_{l−1} = ∂Φ/∂F_{l−1} ∘ σ′(Z_{l−1}) written over Z_{l−1}, and W_l ← W_l − η_l s_l F_{l−1}ᵀ D_l added by the GEMM
/// itself, after W_l(k) has served the propagation; s_L = s, s_l = 1 below), then the forward pass at W(k+1).
/// Frozen layers skip their gradient GEMM, and nothing is propagated below the lowest trained layer.
/// Memory: W(k) (W(0) is the initial network's, shared), and per hidden layer three N × n_l buffers (Z_l, F_l,
/// ∂Φ/∂F_l), plus two N × n_L. Not thread-safe.
/// </summary>
public sealed class GradientDescent : IDescent
{
    private readonly Activation _activation;
    private readonly double _scale;
    private readonly Matrix<double>[] _w;
    private readonly Matrix<double>[] _z;
    private readonly Matrix<double>[] _f;
    private readonly Matrix<double>[] _upstream;
    private readonly Matrix<double> _output;
    private readonly Matrix<double> _residual;
    private readonly double[] _stepSizes;
    private readonly int _lowestTrained;

    /// <summary>
    /// Prepares descent from <paramref name="initial"/> on inputs <paramref name="x"/> (N×d) and targets
    /// <paramref name="y"/> (N × n_L) with step sizes <paramref name="stepSizes"/> (one per layer, finite, ≥ 0), and
    /// evaluates the iterate at step 0. X and Y are copied and must be finite; W(0) is the network's own (not copied).
    /// </summary>
    public GradientDescent(
        ILinearAlgebraBackend backend, FeedForwardNetwork initial, Matrix<double> x, Matrix<double> y, IReadOnlyList<double> stepSizes)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(stepSizes);
        initial.RequireInputs(x);
        Backpropagation.RequireTargets(initial, x, y);
        RequireFinite(x, nameof(x));
        RequireFinite(y, nameof(y));
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
        Inputs = Matrix<double>.Build.DenseOfMatrix(x);
        Targets = Matrix<double>.Build.DenseOfMatrix(y);
        _activation = initial.Activation;
        _scale = initial.Spec.OutputScale;
        _stepSizes = [.. stepSizes];
        int depth = initial.Depth, n = x.RowCount;
        var lowest = Array.FindIndex(_stepSizes, eta => eta > 0);
        _lowestTrained = lowest < 0 ? depth + 1 : lowest + 1; // past the output layer: nothing trains, no backward pass
        _w = [.. initial.Weights.Select(Matrix<double>.Build.DenseOfMatrix)];
        _z = new Matrix<double>[depth];
        _f = new Matrix<double>[depth];
        _upstream = new Matrix<double>[depth];
        for (var l = 1; l < depth; l++)
        {
            var width = initial.Spec.Widths[l - 1];
            _z[l] = Matrix<double>.Build.Dense(n, width);
            _f[l] = Matrix<double>.Build.Dense(n, width);
            _upstream[l] = Matrix<double>.Build.Dense(n, width);
        }

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

    /// <summary>F_L(k), N × n_L: the live buffer.</summary>
    public Matrix<double> Outputs => _output;

    /// <inheritdoc/>
    public Matrix<double> Weights(int layer) => _w[LayerIndex(layer)];

    /// <inheritdoc/>
    public Matrix<double> InitialWeights(int layer) => Initial.Weights[LayerIndex(layer)];

    /// <inheritdoc/>
    public void Step()
    {
        for (var l = Depth; l >= 1 && l >= _lowestTrained; l--)
        {
            var signal = l == Depth ? _residual : _z[l];
            var scale = l == Depth ? _scale : 1.0;
            if (l > _lowestTrained)
            {
                var upstream = _upstream[l - 1];
                Backend.Gemm(false, true, scale, signal, _w[l - 1], 0.0, upstream);
                var d = _z[l - 1].AsColumnMajorArray();
                _activation.Derivatives(d, d);
                MultiplyInPlace(d, upstream.AsColumnMajorArray());
            }

            var eta = _stepSizes[l - 1];
            if (eta > 0)
            {
                Backend.Gemm(true, false, -eta * scale, _f[l - 1], signal, 1.0, _w[l - 1]);
            }
        }

        Iteration++;
        Forward();
    }

    private void Forward()
    {
        var depth = Depth;
        for (var l = 1; l < depth; l++)
        {
            ForwardPass.Layer(Backend, _activation, _scale, isOutput: false, _w[l - 1], _f[l - 1], _z[l], _f[l]);
        }

        ForwardPass.Layer(Backend, _activation, _scale, isOutput: true, _w[depth - 1], _f[depth - 1], _output, _output);
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

    private static void MultiplyInPlace(double[] values, double[] factors)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factors[i];
        }
    }

    private int LayerIndex(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(layer, Depth);
        return layer - 1;
    }

    private static void RequireFinite(Matrix<double> matrix, string parameterName)
    {
        foreach (var value in matrix.AsColumnMajorArray())
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"'{parameterName}' must have finite entries.", parameterName);
            }
        }
    }
}

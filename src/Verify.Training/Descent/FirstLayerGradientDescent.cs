using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Full-batch gradient descent with a constant step η on the first layer of a <see cref="TwoLayerReluNetwork"/>, the
/// output layer a fixed: L(W) = ½ Σᵢ (uᵢ − yᵢ)², W(k+1) = W(k) − η ∂L/∂W(k) — in the layer convention the network
/// with widths [m, 1], ReLU, output scale 1/√m and step sizes [η, 0], run by fast two-layer kernels. The iterate is kept
/// as Du et al.'s W (m×d, row r is w_r: <see cref="W"/>), the layout of the step's GEMMs.
/// Every buffer of the step is allocated once by the constructor; <see cref="Step"/> allocates nothing and does two
/// GEMMs: backward E = diag(u − y)·1{Z ≥ 0}·diag(a) written over Z, then W ← W − (η/√m) Eᵀ X (m×n×d, added to W by the
/// GEMM itself, so no gradient buffer and no extra pass); forward Z = X Wᵀ (n×d×m), u = σ(Z) a/√m. Memory: W(k) and
/// one n×m buffer, W(0) shared with the initial network (not copied), Z(0)'s activation pattern as bits; the layer
/// convention's W₁ = Wᵀ (d×m) exists only as copies made on request (see <see cref="Weights"/>), which Du's own probes
/// (<see cref="FirstLayerProbes"/>) never ask for.
/// After construction and after each step, <see cref="PreActivations"/>, <see cref="Predictions"/> and
/// <see cref="SquaredResidualNorm"/> describe the current iterate W(k). Not thread-safe.
/// </summary>
public sealed class FirstLayerGradientDescent : IDescent
{
    private readonly Matrix<double> _x;
    private readonly double[] _y;
    private readonly double[] _a;
    private readonly Matrix<double> _w;
    private readonly Matrix<double> _z;
    private readonly Matrix<double> _outputLayer;
    private readonly ulong[] _initialPattern;
    private readonly double[] _u;
    private readonly double[] _residual;
    private readonly double[] _stepSizes;
    private Matrix<double>? _firstLayer;
    private int _firstLayerIteration;
    private Matrix<double>? _initialFirstLayer;

    /// <summary>
    /// Prepares descent from <paramref name="initial"/> on inputs <paramref name="x"/> (n×d, row i is xᵢ) and labels
    /// <paramref name="y"/> (length n) with step size <paramref name="stepSize"/> &gt; 0, and evaluates the iterate at
    /// step 0. X and y are copied; W(0) and a are the network's own arrays (not copied), which must not be modified
    /// while the descent lives. All must be finite.
    /// </summary>
    public FirstLayerGradientDescent(
        ILinearAlgebraBackend backend, Matrix<double> x, IReadOnlyList<double> y, TwoLayerReluNetwork initial, double stepSize)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(initial);
        if (x.RowCount < 1 || x.ColumnCount != initial.InputDimension)
        {
            throw new ArgumentException(
                $"X must be n×d with n ≥ 1 and d = {initial.InputDimension} (the network's input dimension), but is {x.RowCount}×{x.ColumnCount}.",
                nameof(x));
        }

        if (y.Count != x.RowCount)
        {
            throw new ArgumentException($"y has {y.Count} entries but X has {x.RowCount} rows.", nameof(y));
        }

        if (!double.IsFinite(stepSize) || stepSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "The step size must be finite and positive.");
        }

        int n = x.RowCount, m = initial.Width;
        _x = Matrix<double>.Build.DenseOfMatrix(x);
        _y = [.. y];
        _a = initial.OutputWeights;
        Finite.Require(Values(_x), nameof(x));
        Finite.Require(_y, nameof(y));
        Finite.Require(Values(initial.W), nameof(initial));
        Finite.Require(_a, nameof(initial));
        Backend = backend;
        StepSize = stepSize;
        _stepSizes = [stepSize, 0.0];
        Initial = initial;
        Spec = new NetworkSpec([m, 1], ActivationSpec.Relu, 1 / Math.Sqrt(m));
        _w = Matrix<double>.Build.DenseOfMatrix(initial.W);
        _outputLayer = Matrix<double>.Build.Dense(m, 1, _a);
        Targets = Matrix<double>.Build.Dense(n, 1, _y);
        _z = Matrix<double>.Build.Dense(n, m);
        _u = new double[n];
        _residual = new double[n];
        Forward();
        _initialPattern = new ulong[ReluKernels.PatternWords(n * (long)m)];
        ReluKernels.WritePattern(Values(_z), _initialPattern);
    }

    /// <summary>The step size η of the first layer.</summary>
    public double StepSize { get; }

    /// <summary>The network at step 0.</summary>
    public TwoLayerReluNetwork Initial { get; }

    /// <inheritdoc/>
    public ILinearAlgebraBackend Backend { get; }

    /// <inheritdoc/>
    public NetworkSpec Spec { get; }

    /// <inheritdoc/>
    public Matrix<double> Inputs => _x;

    /// <summary>y as an n×1 matrix over the descent's own copy of the labels.</summary>
    public Matrix<double> Targets { get; }

    /// <summary>2: the trained first layer and the frozen output layer.</summary>
    public int Depth => 2;

    /// <summary>[η, 0].</summary>
    public IReadOnlyList<double> StepSizes => _stepSizes;

    /// <inheritdoc/>
    public int Iteration { get; private set; }

    /// <summary>W(k), m×d (row r is w_r(k)): the live buffer each step updates (do not modify).</summary>
    public Matrix<double> W => _w;

    /// <summary>Z(k) = X W(k)ᵀ, n×m: the live buffer (do not modify; it changes with every step).</summary>
    public Matrix<double> PreActivations => _z;

    /// <summary>u(k), uᵢ = f(W(k), a, xᵢ): the live buffer.</summary>
    public ReadOnlySpan<double> Predictions => _u;

    /// <summary>‖y − u(k)‖² = 2 L(W(k)).</summary>
    public double SquaredResidualNorm { get; private set; }

    /// <summary>L(W(k)) = ½ ‖y − u(k)‖².</summary>
    public double Loss => 0.5 * SquaredResidualNorm;

    /// <summary>The number of inputs n.</summary>
    public int SampleCount => _x.RowCount;

    /// <summary>The width m.</summary>
    public int Width => _a.Length;

    /// <summary>
    /// Layer 1: W₁(k) = W(k)ᵀ (d×m) as a snapshot of the current iterate — one d×m matrix, allocated on the first request
    /// and overwritten with the transpose of <see cref="W"/> by a request after a step (not by the step itself), so the
    /// same instance is returned every time and is current only as of the latest request. Layer 2: a as an m×1 matrix
    /// over the network's array (no copy; it never changes).
    /// </summary>
    public Matrix<double> Weights(int layer)
    {
        switch (layer)
        {
            case 1:
                if (_firstLayer is null || _firstLayerIteration != Iteration)
                {
                    _firstLayer ??= Matrix<double>.Build.Dense(_w.ColumnCount, _w.RowCount);
                    _w.Transpose(_firstLayer);
                    _firstLayerIteration = Iteration;
                }

                return _firstLayer;
            case 2:
                return _outputLayer;
            default:
                throw new ArgumentOutOfRangeException(nameof(layer), layer, "The two-layer network has layers 1 and 2.");
        }
    }

    /// <summary>
    /// W₁(0) = W(0)ᵀ (d×m) for layer 1 — a transposed copy of the initial network's W, made on first request and kept —
    /// and a (m×1, frozen) for layer 2.
    /// </summary>
    public Matrix<double> InitialWeights(int layer) => layer switch
    {
        1 => _initialFirstLayer ??= Initial.W.Transpose(),
        2 => _outputLayer,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "The two-layer network has layers 1 and 2."),
    };

    /// <summary>
    /// ∂L/∂W at W(k) in a new m×d matrix, the layout of <see cref="W"/> (row r is ∂L/∂w_r = (1/√m) Σᵢ (uᵢ − yᵢ) a_r xᵢ
    /// 1{w_rᵀxᵢ ≥ 0}; ∂L/∂W₁ is its transpose). Allocates an n×m and an m×d matrix: for checks and tests;
    /// <see cref="Step"/> computes the same product into W directly.
    /// </summary>
    public Matrix<double> ComputeGradient()
    {
        var e = Matrix<double>.Build.Dense(SampleCount, Width);
        ReluKernels.BackwardSignal(Values(_z), _residual, _a, Values(e));
        var gradient = Matrix<double>.Build.Dense(Width, _x.ColumnCount);
        Backend.Gemm(true, false, 1.0 / Math.Sqrt(Width), e, _x, 0.0, gradient);
        return gradient;
    }

    /// <summary>One step: W(k+1) = W(k) − η ∂L/∂W(k), then the forward pass at W(k+1). Allocates nothing.</summary>
    public void Step()
    {
        var zValues = Values(_z);
        ReluKernels.BackwardSignal(zValues, _residual, _a, zValues);
        Backend.Gemm(true, false, -StepSize / Math.Sqrt(Width), _z, _x, 1.0, _w);
        Iteration++;
        Forward();
    }

    /// <summary>max_r ‖w_r(k) − w_r(0)‖ (NaN if W(k) holds NaN), from W(k) and the initial network's W(0) without a copy.</summary>
    public double MaxWeightDistance() => RowNorms.MaxDistance(_w, Initial.W);

    /// <summary>(1/(mn)) Σᵢᵣ 1{1{Zᵢᵣ(k) ≥ 0} ≠ 1{Zᵢᵣ(0) ≥ 0}}, the fraction of activation patterns changed since step 0.</summary>
    public double PatternChangeFraction() =>
        (double)ReluKernels.CountPatternChanges(_initialPattern, Values(_z)) / ((long)SampleCount * Width);

    private void Forward()
    {
        Backend.Gemm(false, true, 1.0, _x, _w, 0.0, _z);
        ReluKernels.Forward(Values(_z), _a, _u);
        var sum = 0.0;
        for (var i = 0; i < _u.Length; i++)
        {
            var r = _u[i] - _y[i];
            _residual[i] = r;
            sum += r * r;
        }

        SquaredResidualNorm = sum;
    }

    private static double[] Values(Matrix<double> matrix) => matrix.AsColumnMajorArray();
}

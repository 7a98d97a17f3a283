using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Full-batch gradient descent with a constant step η on the first layer W of a <see cref="TwoLayerReluNetwork"/>,
/// the output layer a fixed, as in Du et al. (2019): L(W) = ½ Σᵢ (uᵢ − yᵢ)², W(k+1) = W(k) − η ∂L/∂W(k).
/// Every buffer is allocated once by the constructor; <see cref="Step"/> allocates nothing and does two GEMMs:
/// backward E = diag(u − y)·1{Z ≥ 0}·diag(a) written over Z, then W ← W − (η/√m) Eᵀ X (m×n×d, added to W by the
/// GEMM itself, so no gradient buffer and no extra pass); forward Z = X Wᵀ (n×d×m), u = σ(Z) a/√m. Memory: W(k) and
/// one n×m buffer, W(0) shared with the initial network (not copied), Z(0)'s activation pattern as bits.
/// After construction and after each step, <see cref="PreActivations"/>, <see cref="Predictions"/> and
/// <see cref="SquaredResidualNorm"/> describe the current iterate W(k). Not thread-safe.
/// </summary>
public sealed class FirstLayerGradientDescent
{
    private readonly ILinearAlgebraBackend _backend;
    private readonly Matrix<double> _x;
    private readonly double[] _y;
    private readonly double[] _a;
    private readonly Matrix<double> _w;
    private readonly Matrix<double> _w0;
    private readonly Matrix<double> _z;
    private readonly ulong[] _initialPattern;
    private readonly double[] _u;
    private readonly double[] _residual;
    private bool _handedOver;

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
        RequireFinite(Values(_x), nameof(x));
        RequireFinite(_y, nameof(y));
        RequireFinite(Values(initial.W), nameof(initial));
        RequireFinite(_a, nameof(initial));
        _backend = backend;
        StepSize = stepSize;
        Initial = initial;
        _w0 = initial.W;
        _w = Matrix<double>.Build.DenseOfMatrix(_w0);
        _z = Matrix<double>.Build.Dense(n, m);
        _u = new double[n];
        _residual = new double[n];
        Forward();
        _initialPattern = new ulong[ReluKernels.PatternWords(n * (long)m)];
        ReluKernels.WritePattern(Values(_z), _initialPattern);
    }

    /// <summary>The step size η.</summary>
    public double StepSize { get; }

    /// <summary>The network at step 0.</summary>
    public TwoLayerReluNetwork Initial { get; }

    /// <summary>The number of steps taken, k.</summary>
    public int Iteration { get; private set; }

    /// <summary>W(k), m×d: the live buffer (do not modify; it changes with every step).</summary>
    public Matrix<double> Weights => _w;

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
    /// ∂L/∂W at W(k) in a new m×d matrix (row r is ∂L/∂w_r = (1/√m) Σᵢ (uᵢ − yᵢ) a_r xᵢ 1{w_rᵀxᵢ ≥ 0}). Allocates an n×m
    /// and an m×d matrix: for checks and tests; <see cref="Step"/> computes the same product into W directly.
    /// </summary>
    public Matrix<double> ComputeGradient()
    {
        var e = Matrix<double>.Build.Dense(SampleCount, Width);
        ReluKernels.BackwardSignal(Values(_z), _residual, _a, Values(e));
        var gradient = Matrix<double>.Build.Dense(Width, _x.ColumnCount);
        _backend.Gemm(true, false, 1.0 / Math.Sqrt(Width), e, _x, 0.0, gradient);
        return gradient;
    }

    /// <summary>One step: W(k+1) = W(k) − η ∂L/∂W(k), then the forward pass at W(k+1). Allocates nothing.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Train"/>, which hands W over to its trajectory.</exception>
    public void Step()
    {
        if (_handedOver)
        {
            throw new InvalidOperationException("Train handed W over to its trajectory's final network; start a new descent to take more steps.");
        }

        var zValues = Values(_z);
        ReluKernels.BackwardSignal(zValues, _residual, _a, zValues);
        _backend.Gemm(true, false, -StepSize / Math.Sqrt(Width), _z, _x, 1.0, _w);
        Iteration++;
        Forward();
    }

    /// <summary>max_r ‖w_r(k) − w_r(0)‖ (NaN if W(k) holds NaN).</summary>
    public double MaxWeightDistance() => RowNorms.MaxDistance(_w, _w0);

    /// <summary>(1/(mn)) Σᵢᵣ 1{1{Zᵢᵣ(k) ≥ 0} ≠ 1{Zᵢᵣ(0) ≥ 0}}, the fraction of activation patterns changed since step 0.</summary>
    public double PatternChangeFraction() =>
        (double)ReluKernels.CountPatternChanges(_initialPattern, Values(_z)) / ((long)SampleCount * Width);

    /// <summary>
    /// Runs <paramref name="steps"/> steps from step 0 and records the trajectory (see <see cref="Trajectory"/>):
    /// ‖y − u(k)‖², max_r ‖w_r(k) − w_r(0)‖ and the pattern-change fraction at every step, λ_min(H(k)) on the
    /// log-spaced schedule of <paramref name="options"/>. A diverging loss ends the run with
    /// <see cref="Trajectory.DivergedAtStep"/> set, not an exception. The trajectory's final network takes over the
    /// W buffer (no m×d copy), so the descent cannot step afterwards.
    /// </summary>
    /// <exception cref="InvalidOperationException">Steps were already taken; a trajectory starts at step 0.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked before every step).</exception>
    public Trajectory Train(
        int steps,
        TrajectoryOptions? options = null,
        CancellationToken cancellationToken = default,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (Iteration != 0)
        {
            throw new InvalidOperationException(
                $"Train records a trajectory from step 0, but {Iteration} steps were already taken; start a new descent.");
        }

        var recorder = new TrajectoryRecorder(this, _backend, _x, steps, options ?? TrajectoryOptions.Default, progress);
        recorder.Record();
        while (!recorder.Finished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Step();
            recorder.Record();
        }

        _handedOver = true;
        return recorder.ToTrajectory(TwoLayerReluNetwork.Wrap(_w, _a));
    }

    private void Forward()
    {
        _backend.Gemm(false, true, 1.0, _x, _w, 0.0, _z);
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

    private static void RequireFinite(ReadOnlySpan<double> values, string parameterName)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"'{parameterName}' must have finite entries.", parameterName);
            }
        }
    }
}

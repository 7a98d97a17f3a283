using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Records one <see cref="FirstLayerGradientDescent.Train"/> run: the per-step series (allocated once for all K + 1
/// steps), λ_min(H(k)) on the schedule (H(k) from Z(k) into one n×n buffer allocated once, with no n×m pattern
/// buffer), divergence and progress.
/// </summary>
internal sealed class TrajectoryRecorder
{
    private readonly FirstLayerGradientDescent _descent;
    private readonly ILinearAlgebraBackend _backend;
    private readonly int _steps;
    private readonly TrajectoryOptions _options;
    private readonly IProgress<TrainingProgress>? _progress;
    private readonly double[] _squaredResidualNorms;
    private readonly double[] _maxWeightDistances;
    private readonly double[] _patternChangeFractions;
    private readonly int[] _schedule;
    private readonly List<EigenvalueSample> _eigenvalues = [];
    private readonly Matrix<double>? _inputGram;
    private readonly Matrix<double>? _ntk;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private int _lastReportedStep = -1;
    private int _scheduleIndex;
    private int _step = -1;
    private double _threshold;

    public TrajectoryRecorder(
        FirstLayerGradientDescent descent,
        ILinearAlgebraBackend backend,
        Matrix<double> x,
        int steps,
        TrajectoryOptions options,
        IProgress<TrainingProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(options.DivergenceFactor) || options.DivergenceFactor < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.DivergenceFactor, "DivergenceFactor must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.ProgressEverySteps, nameof(options));
        _descent = descent;
        _backend = backend;
        _steps = steps;
        _options = options;
        _progress = progress;
        _squaredResidualNorms = new double[steps + 1];
        _maxWeightDistances = new double[steps + 1];
        _patternChangeFractions = new double[steps + 1];
        _schedule = EigenvalueSchedule.LogSpaced(steps, options.EigenvaluePointsPerOctave);
        if (_schedule.Length > 0)
        {
            _inputGram = Gram.InputGram(backend, x);
            _ntk = Matrix<double>.Build.Dense(descent.SampleCount, descent.SampleCount);
        }
    }

    /// <summary>Whether the run is over: all steps recorded, or the loss diverged.</summary>
    public bool Finished => _step >= _steps || DivergedAtStep.HasValue;

    private int? DivergedAtStep { get; set; }

    /// <summary>Records the descent's current iterate as the next step.</summary>
    public void Record()
    {
        var k = ++_step;
        var loss = _descent.SquaredResidualNorm;
        _squaredResidualNorms[k] = loss;
        _maxWeightDistances[k] = _descent.MaxWeightDistance();
        _patternChangeFractions[k] = _descent.PatternChangeFraction();
        if (k == 0)
        {
            _threshold = _options.DivergenceFactor * loss;
        }

        if (!double.IsFinite(loss) || loss > _threshold)
        {
            DivergedAtStep = k;
        }
        else if (_scheduleIndex < _schedule.Length && _schedule[_scheduleIndex] == k)
        {
            _scheduleIndex++;
            RecordEigenvalue(k);
        }

        ReportProgress(k, loss);
    }

    public Trajectory ToTrajectory(TwoLayerReluNetwork finalNetwork) => new(
        _steps,
        _descent.StepSize,
        _squaredResidualNorms[..(_step + 1)],
        _maxWeightDistances[..(_step + 1)],
        _patternChangeFractions[..(_step + 1)],
        [.. _eigenvalues],
        finalNetwork,
        DivergedAtStep);

    private void RecordEigenvalue(int k)
    {
        Gram.FiniteWidthReluNtk(_backend, _inputGram!, _descent.PreActivations, _ntk!);
        var smallest = Spectral.SmallestEigenvalueWithErrorBound(_backend, _ntk!);
        _eigenvalues.Add(new EigenvalueSample(k, smallest.Value, smallest.ErrorBound));
    }

    private void ReportProgress(int k, double loss)
    {
        if (_progress is null)
        {
            return;
        }

        var elapsed = _clock.Elapsed;
        var due = elapsed - _lastReport >= _options.ProgressInterval
            || (_options.ProgressEverySteps > 0 && k % _options.ProgressEverySteps == 0)
            || (Finished && _lastReportedStep != k);
        if (due)
        {
            _lastReport = elapsed;
            _lastReportedStep = k;
            _progress.Report(new TrainingProgress(k, _steps, loss, elapsed));
        }
    }
}

using Verify.Numerics;
using System.Diagnostics;

namespace Verify.Training;

/// <summary>
/// Runs any <see cref="IDescent"/> from step 0 and records its <see cref="Trajectory"/>: ‖F_L(k) − Y‖²_F and the
/// every-step probes at each step (their arrays allocated once for all K + 1 steps), the scheduled probes on the
/// log-spaced schedule, divergence and progress.
/// </summary>
public static class TrajectoryRunner
{
    /// <summary>
    /// Takes up to <paramref name="steps"/> steps and records them. A diverging loss (NaN, ∞, or above
    /// <see cref="TrajectoryOptions.DivergenceFactor"/> × the initial one) ends the run with
    /// <see cref="Trajectory.DivergedAtStep"/> set, not an exception; the every-step probes are recorded at that step too,
    /// the scheduled ones not.
    /// </summary>
    /// <exception cref="InvalidOperationException">Steps were already taken; a trajectory starts at step 0.</exception>
    /// <exception cref="ArgumentException">Two probes share a name, or a probe does not apply to the descent.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked before every step).</exception>
    public static Trajectory Train(
        IDescent descent,
        int steps,
        IReadOnlyList<IProbe> probes,
        TrajectoryOptions? options = null,
        CancellationToken cancellationToken = default,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(descent);
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        options ??= TrajectoryOptions.Default;
        if (double.IsNaN(options.DivergenceFactor) || options.DivergenceFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DivergenceFactor, "DivergenceFactor must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.ProgressEverySteps, nameof(options));
        if (descent.Iteration != 0)
        {
            throw new InvalidOperationException(
                $"A trajectory is recorded from step 0, but {descent.Iteration} steps were already taken; start a new descent.");
        }

        var duplicate = probes.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two probes are named '{duplicate.Key}'; names must be distinct.", nameof(probes));
        }

        var schedule = StepSchedule.LogSpaced(steps, options.SchedulePointsPerOctave);
        var recorders = probes.Select(p => new ProbeRecorder(p, p.Bind(descent), steps)).ToArray();
        var losses = new double[steps + 1];
        var clock = Stopwatch.StartNew();
        var reporter = new ProgressReporter(progress, options, steps, clock);
        int? divergedAt = null;
        var threshold = double.NaN;
        var scheduleIndex = 0;
        for (var k = 0; ; k++)
        {
            if (k > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                descent.Step();
            }

            var loss = descent.SquaredResidualNorm;
            losses[k] = loss;
            foreach (var recorder in recorders)
            {
                recorder.RecordEveryStep(k);
            }

            if (k == 0)
            {
                threshold = options.DivergenceFactor * loss;
            }

            if (!double.IsFinite(loss) || loss > threshold)
            {
                divergedAt = k;
            }
            else if (scheduleIndex < schedule.Length && schedule[scheduleIndex] == k)
            {
                scheduleIndex++;
                foreach (var recorder in recorders)
                {
                    recorder.RecordScheduled(k);
                }
            }

            var finished = k >= steps || divergedAt.HasValue;
            reporter.Report(k, loss, finished);
            if (finished)
            {
                return new Trajectory(
                    steps, [.. descent.StepSizes], losses[..(k + 1)], divergedAt, [.. recorders.Select(r => r.ToSeries(k))]);
            }
        }
    }

    /// <summary>One probe's series: preallocated arrays for an every-step probe, lists for a scheduled one.</summary>
    private sealed class ProbeRecorder(IProbe probe, IProbeSampler sampler, int steps)
    {
        private readonly double[] _values = probe.Cadence == ProbeCadence.EveryStep ? new double[steps + 1] : [];
        private readonly double[] _bounds = probe.Cadence == ProbeCadence.EveryStep && probe.HasErrorBounds ? new double[steps + 1] : [];
        private readonly List<int> _scheduledSteps = [];
        private readonly List<double> _scheduledValues = [];
        private readonly List<double> _scheduledBounds = [];
        private readonly List<Enclosure> _scheduledEnclosures = [];

        public void RecordEveryStep(int k)
        {
            if (probe.Cadence == ProbeCadence.EveryStep)
            {
                var value = sampler.Measure();
                _values[k] = value.Value;
                if (probe.HasErrorBounds)
                {
                    _bounds[k] = value.ErrorBound;
                }
            }
        }

        public void RecordScheduled(int k)
        {
            if (probe.Cadence == ProbeCadence.Scheduled)
            {
                var value = sampler.Measure();
                _scheduledSteps.Add(k);
                _scheduledValues.Add(value.Value);
                _scheduledBounds.Add(value.ErrorBound);
                if (value.Enclosure is Enclosure enclosure)
                {
                    _scheduledEnclosures.Add(enclosure);
                }
            }
        }

        public ProbeSeries ToSeries(int lastStep) => probe.Cadence == ProbeCadence.EveryStep
            ? new ProbeSeries(probe.Name, [.. Enumerable.Range(0, lastStep + 1)], _values[..(lastStep + 1)], probe.HasErrorBounds ? _bounds[..(lastStep + 1)] : null)
            : new ProbeSeries(probe.Name, [.. _scheduledSteps], [.. _scheduledValues], probe.HasErrorBounds ? [.. _scheduledBounds] : null)
            {
                Enclosures = _scheduledEnclosures.Count == _scheduledValues.Count && _scheduledEnclosures.Count > 0 ? [.. _scheduledEnclosures] : null,
            };
    }

    private sealed class ProgressReporter(IProgress<TrainingProgress>? progress, TrajectoryOptions options, int steps, Stopwatch clock)
    {
        private TimeSpan _lastReport;

        public void Report(int k, double loss, bool finished)
        {
            if (progress is null)
            {
                return;
            }

            var elapsed = clock.Elapsed;
            var due = elapsed - _lastReport >= options.ProgressInterval
                || (options.ProgressEverySteps > 0 && k % options.ProgressEverySteps == 0)
                || finished;
            if (due)
            {
                _lastReport = elapsed;
                progress.Report(new TrainingProgress(k, steps, loss, elapsed));
            }
        }
    }
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;

using static Verify.Training.FirstLayerProbes;

namespace Verify.Training.Tests;

/// <summary>
/// The recorded trajectory of the fast two-layer trainer through the one runner and its fast probes: series, schedule,
/// divergence, reproducibility, cancellation and progress.
/// </summary>
public sealed class TrainingTests
{
    [Test]
    public void LossDecreasesMonotonicallyForASmallStepOnAnEasyProblem()
    {
        // n = 10 unit inputs in d = 20 with m = 200: H(k) stays near H∞ (λ_max ≲ n/2), so η = 0.1 is well below the
        // stability limit 2/λ_max and GD contracts the residual at every step.
        var descent = Problem.Random(n: 10, d: 20, m: 200, seed: 201).Descent(TestBackends.Managed, 0.1);

        var trajectory = Train(descent, 200, TrajectoryOptions.Default with { SchedulePointsPerOctave = 0 });
        var losses = trajectory.SquaredResidualNorms;

        Assert.Multiple(() =>
        {
            Assert.That(trajectory.Diverged, Is.False);
            Assert.That(losses, Has.Count.EqualTo(201));
            Assert.That(losses.Zip(losses.Skip(1)), Has.All.Matches<(double Before, double After)>(p => p.After <= p.Before));
            Assert.That(losses[^1], Is.LessThan(0.1 * losses[0]));
        });
    }

    [TestCase(1e8)]
    [TestCase(1e300)]
    public void HugeStepDivergesWithoutAnException(double eta)
    {
        // 10⁸: the loss exceeds 10⁶ × its initial value after one step. 10³⁰⁰: W overflows and the loss is NaN or ∞.
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 203).Descent(TestBackends.Managed, eta);

        var trajectory = Train(descent, 50);

        Assert.Multiple(() =>
        {
            Assert.That(trajectory.DivergedAtStep, Is.Not.Null);
            Assert.That(trajectory.Diverged, Is.True);
            Assert.That(trajectory.CompletedSteps, Is.EqualTo(trajectory.DivergedAtStep));
            Assert.That(trajectory.SquaredResidualNorms, Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            Assert.That(Values(trajectory, MaxNeuronDistance), Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            Assert.That(Values(trajectory, PatternChangeFraction), Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            var last = trajectory.SquaredResidualNorms[^1];
            Assert.That(!double.IsFinite(last) || last > 1e6 * trajectory.SquaredResidualNorms[0], Is.True);
            Assert.That(Samples(trajectory).Select(s => s.Step), Has.All.LessThan(trajectory.DivergedAtStep ?? -1));
        });
    }

    [Test]
    public void EigenvalueScheduleContainsTheFirstAndLastStep()
    {
        var problem = Problem.Random(n: 8, d: 5, m: 40, seed: 205);

        var trajectory = Train(problem.Descent(TestBackends.Managed, 0.05), 100);
        var off = Train(problem.Descent(TestBackends.Managed, 0.05), 100, TrajectoryOptions.Default with { SchedulePointsPerOctave = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(Samples(trajectory).Select(s => s.Step), Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 32, 64, 100 }));
            // 8nε·‖H‖ with n = 8 and ‖H‖ ≲ n·max‖xᵢ‖² = 8 (unit inputs): ≈ 1.1e-13, so below 1e-12 unless the bound is wrong.
            Assert.That(Samples(trajectory).Select(s => s.ErrorBound), Is.All.GreaterThan(0.0).And.LessThan(1e-12));
            Assert.That(Samples(off), Is.Empty);
            Assert.That(off.SquaredResidualNorms, Is.EqualTo(trajectory.SquaredResidualNorms));
        });
    }

    [Test]
    public void SmallestGramEigenvalueAtStepZeroIsThatOfHOfTheInitialNetwork()
    {
        var backend = TestBackends.Managed;
        var problem = Problem.Random(n: 8, d: 5, m: 40, seed: 207);

        var trajectory = Train(problem.Descent(backend, 0.05), 3);
        var g = Gram.InputGram(backend, problem.X);
        var z0 = Gram.PreActivations(backend, problem.X, problem.Network.W);
        var h0 = Gram.FiniteWidthReluNtk(backend, g, z0);
        var expected = Spectral.SmallestEigenvalue(backend, h0);

        Assert.That(Samples(trajectory)[0].Value, Is.EqualTo(expected).Within(Samples(trajectory)[0].ErrorBound));
        // The certified enclosure holds the eigensolver's value (an independent computation), and is rounding-sized.
        var enclosure = trajectory.Series(SmallestNtkEigenvalue).Enclosures![0];
        Assert.That(expected, Is.InRange(enclosure.Lower, enclosure.Upper), enclosure.ToString());
        Assert.That(enclosure.Upper - enclosure.Lower, Is.LessThan(1e-12), enclosure.ToString());
    }

    [Test]
    public void DistanceAndPatternChangeStartAtZeroAndMatchTheirDefinitions()
    {
        // n·m = 287 = 4·64 + 31: the packed Z(0) pattern has a partial last word.
        const int n = 7, m = 41;
        var problem = Problem.Random(n: n, d: 5, m: m, seed: 209);
        var descent = problem.Descent(TestBackends.Managed, 0.5);

        var trajectory = Train(descent, 30);
        var final = new TwoLayerReluNetwork(descent.W, problem.Network.A);
        var expectedDistance = Enumerable.Range(0, m)
            .Max(r => (final.W.Row(r) - problem.Network.W.Row(r)).L2Norm());
        var changed = 0;
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < m; r++)
            {
                var before = NaiveNetwork.PreActivation(problem.Network.W, r, problem.X, i) >= 0;
                var after = NaiveNetwork.PreActivation(final.W, r, problem.X, i) >= 0;
                changed += before != after ? 1 : 0;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(Values(trajectory, MaxNeuronDistance)[0], Is.Zero);
            Assert.That(Values(trajectory, PatternChangeFraction)[0], Is.Zero);
            // The same d = 5 differences, squared and summed in another order: a few ulps of a distance of order 1.
            Assert.That(Values(trajectory, MaxNeuronDistance)[^1], Is.EqualTo(expectedDistance).Within(1e-12));
            Assert.That(Values(trajectory, PatternChangeFraction)[^1], Is.EqualTo(changed / (double)(n * m)));
            Assert.That(changed, Is.GreaterThan(0), "the step is large enough to flip some activations");
        });
    }

    [Test]
    public void LayerOneIsASnapshotRefreshedOnRequestAndTheInitialNetworkIsLeftAlone()
    {
        var problem = Problem.Random(n: 4, d: 3, m: 10, seed: 213);
        var w0 = problem.Network.W.Clone();
        var descent = problem.Descent(TestBackends.Managed, 0.1);
        var w1 = descent.Weights(1);
        var atStepZero = w1.Clone();

        Train(descent, 3);
        var held = w1.Clone();
        var refreshed = descent.Weights(1);
        var atStepThree = (Snapshot: refreshed.Clone(), Expected: descent.W.Transpose());
        descent.Step();
        var before = GC.GetAllocatedBytesForCurrentThread();
        descent.Weights(1);
        var refreshAllocation = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(atStepZero, Is.EqualTo(w0.Transpose()), "W₁(0) = W(0)ᵀ");
            Assert.That(atStepThree.Expected, Is.Not.EqualTo(atStepZero), "the steps moved W");
            Assert.That(held, Is.EqualTo(atStepZero), "a snapshot does not follow the steps by itself");
            Assert.That(refreshed, Is.SameAs(w1), "one d×m buffer, refreshed in place");
            // A transpose moves entries without arithmetic: W₁(k) = W(k)ᵀ exactly.
            Assert.That(atStepThree.Snapshot, Is.EqualTo(atStepThree.Expected), "the request after three steps refreshed it");
            Assert.That(descent.Weights(1), Is.EqualTo(descent.W.Transpose()), "and the request after one more step");
            Assert.That(refreshAllocation, Is.Zero, "a refresh allocates nothing");
            Assert.That(descent.Weights(2).AsColumnMajorArray(), Is.SameAs(problem.Network.OutputWeights), "a viewed as m×1 without a copy");
            Assert.That(problem.Network.W, Is.EqualTo(w0), "W(0) is not touched by the steps");
            Assert.That(descent.InitialWeights(1), Is.EqualTo(w0.Transpose()));
            Assert.That(descent.InitialWeights(1), Is.SameAs(descent.InitialWeights(1)), "W₁(0) is copied once");
            Assert.That(descent.StepSizes, Is.EqualTo(new[] { 0.1, 0.0 }));
            Assert.That(descent.Spec.Widths, Is.EqualTo(new[] { 10, 1 }));
            Assert.That(descent.Spec.OutputScale, Is.EqualTo(1 / Math.Sqrt(10)));
        });
    }

    [Test]
    public void SameSeedGivesTheIdenticalTrajectory()
    {
        var firstDescent = Problem.Random(n: 8, d: 5, m: 40, seed: 211).Descent(TestBackends.Managed, 0.2);
        var secondDescent = Problem.Random(n: 8, d: 5, m: 40, seed: 211).Descent(TestBackends.Managed, 0.2);
        var first = Train(firstDescent, 40);
        var second = Train(secondDescent, 40);

        Assert.Multiple(() =>
        {
            Assert.That(second.SquaredResidualNorms, Is.EqualTo(first.SquaredResidualNorms));
            Assert.That(Values(second, MaxNeuronDistance), Is.EqualTo(Values(first, MaxNeuronDistance)));
            Assert.That(Values(second, PatternChangeFraction), Is.EqualTo(Values(first, PatternChangeFraction)));
            Assert.That(Samples(second), Is.EqualTo(Samples(first)));
            Assert.That(secondDescent.Weights(1), Is.EqualTo(firstDescent.Weights(1)));
        });
    }

    [Test]
    public void EveryBackendGivesTheSameTrajectory(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var problem = Problem.Random(n: 12, d: 8, m: 60, seed: 213);
        var referenceDescent = problem.Descent(TestBackends.Managed, 0.2);
        var descent = problem.Descent(TestBackends.Require(kind), 0.2);
        var reference = Train(referenceDescent, 20);
        var trajectory = Train(descent, 20);

        // The backends differ only in GEMM summation order (relative ~ (n + d)·ε per step); over 20 contracting steps
        // that stays far below 10⁻¹⁰ relative, and no activation sits within rounding of 0 (equal pattern series).
        var scale = referenceDescent.Weights(1).Enumerate().Max(Math.Abs);
        var wDifference = (descent.Weights(1) - referenceDescent.Weights(1)).Enumerate().Max(Math.Abs);
        Assert.Multiple(() =>
        {
            Assert.That(RelativeDifference(trajectory.SquaredResidualNorms, reference.SquaredResidualNorms), Is.LessThan(1e-10));
            Assert.That(RelativeDifference(Values(trajectory, MaxNeuronDistance), Values(reference, MaxNeuronDistance)), Is.LessThan(1e-10));
            Assert.That(wDifference / scale, Is.LessThan(1e-10));
            Assert.That(Values(trajectory, PatternChangeFraction), Is.EqualTo(Values(reference, PatternChangeFraction)));
            Assert.That(
                RelativeDifference(
                    [.. Samples(trajectory).Select(s => s.Value)],
                    [.. Samples(reference).Select(s => s.Value)]),
                Is.LessThan(1e-10));
        });
    }

    [Test]
    public void CancellationThrowsOperationCanceled()
    {
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 215).Descent(TestBackends.Managed, 0.1);
        using var source = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Step == 5)
            {
                source.Cancel();
            }
        });

        var options = TrajectoryOptions.Default with { ProgressEverySteps = 1 };
        Assert.That(() => Train(descent, 100, options, source.Token, progress), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(descent.Iteration, Is.EqualTo(5));
    }

    [Test]
    public void ProgressIsReportedEveryNStepsAndAtTheEnd()
    {
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 217).Descent(TestBackends.Managed, 0.1);
        var steps = new List<int>();
        var options = TrajectoryOptions.Default with { ProgressEverySteps = 5, ProgressInterval = TimeSpan.MaxValue };

        var trajectory = Train(descent, 22, options, CancellationToken.None, new SynchronousProgress(p => steps.Add(p.Step)));

        Assert.That(steps, Is.EqualTo(new[] { 0, 5, 10, 15, 20, 22 }));
        Assert.That(trajectory.CompletedSteps, Is.EqualTo(22));
    }

    [Test]
    public void TrainStartsAtStepZeroOnly()
    {
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 219).Descent(TestBackends.Managed, 0.1);
        descent.Step();

        Assert.That(() => Train(descent, 3), Throws.InvalidOperationException);
    }

    /// <summary>The fast trainer's probes: neuron distance and pattern changes every step, λ_min(H(k)) on the schedule.</summary>
    private static readonly IProbe[] Probes = [MaxNeuronDistance, PatternChangeFraction, SmallestNtkEigenvalue];

    private static Trajectory Train(
        FirstLayerGradientDescent descent,
        int steps,
        TrajectoryOptions? options = null,
        CancellationToken cancellation = default,
        IProgress<TrainingProgress>? progress = null) =>
        TrajectoryRunner.Train(descent, steps, Probes, options, cancellation, progress);

    private static IReadOnlyList<double> Values(Trajectory trajectory, IProbe probe) => trajectory.Series(probe).Values;

    /// <summary>The λ_min(H(k)) series as (step, value, error bound) samples.</summary>
    private static List<(int Step, double Value, double ErrorBound)> Samples(Trajectory trajectory)
    {
        var series = trajectory.Series(SmallestNtkEigenvalue);
        return [.. series.Steps.Select((k, i) => (k, series.Values[i], series.ErrorBounds![i]))];
    }

    private static double RelativeDifference(IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        return actual.Zip(expected).Max(p => Math.Abs(p.First - p.Second) / Math.Max(Math.Abs(p.Second), 1e-300));
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}

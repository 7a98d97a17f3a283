using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>The recorded trajectory: series, schedule, divergence, reproducibility, cancellation and progress.</summary>
public sealed class TrainingTests
{
    [Test]
    public void LossDecreasesMonotonicallyForASmallStepOnAnEasyProblem()
    {
        // n = 10 unit inputs in d = 20 with m = 200: H(k) stays near H∞ (λ_max ≲ n/2), so η = 0.1 is well below the
        // stability limit 2/λ_max and GD contracts the residual at every step.
        var descent = Problem.Random(n: 10, d: 20, m: 200, seed: 201).Descent(TestBackends.Managed, 0.1);

        var trajectory = descent.Train(200, TrajectoryOptions.Default with { EigenvaluePointsPerOctave = 0 });
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

        var trajectory = descent.Train(50);

        Assert.Multiple(() =>
        {
            Assert.That(trajectory.DivergedAtStep, Is.Not.Null);
            Assert.That(trajectory.Diverged, Is.True);
            Assert.That(trajectory.CompletedSteps, Is.EqualTo(trajectory.DivergedAtStep));
            Assert.That(trajectory.SquaredResidualNorms, Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            Assert.That(trajectory.MaxWeightDistances, Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            Assert.That(trajectory.PatternChangeFractions, Has.Count.EqualTo(trajectory.DivergedAtStep + 1));
            var last = trajectory.SquaredResidualNorms[^1];
            Assert.That(!double.IsFinite(last) || last > 1e6 * trajectory.SquaredResidualNorms[0], Is.True);
            Assert.That(trajectory.SmallestGramEigenvalues.Select(s => s.Step), Has.All.LessThan(trajectory.DivergedAtStep ?? -1));
        });
    }

    [Test]
    public void EigenvalueScheduleContainsTheFirstAndLastStep()
    {
        var problem = Problem.Random(n: 8, d: 5, m: 40, seed: 205);

        var trajectory = problem.Descent(TestBackends.Managed, 0.05).Train(100);
        var off = problem.Descent(TestBackends.Managed, 0.05)
            .Train(100, TrajectoryOptions.Default with { EigenvaluePointsPerOctave = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(trajectory.SmallestGramEigenvalues.Select(s => s.Step), Is.EqualTo(new[] { 0, 1, 2, 4, 8, 16, 32, 64, 100 }));
            // 8nε·‖H‖ with n = 8 and ‖H‖ ≲ n·max‖xᵢ‖² = 8 (unit inputs): ≈ 1.1e-13, so below 1e-12 unless the bound is wrong.
            Assert.That(trajectory.SmallestGramEigenvalues.Select(s => s.ErrorBound), Is.All.GreaterThan(0.0).And.LessThan(1e-12));
            Assert.That(off.SmallestGramEigenvalues, Is.Empty);
            Assert.That(off.SquaredResidualNorms, Is.EqualTo(trajectory.SquaredResidualNorms));
        });
    }

    [Test]
    public void SmallestGramEigenvalueAtStepZeroIsThatOfHOfTheInitialNetwork()
    {
        var backend = TestBackends.Managed;
        var problem = Problem.Random(n: 8, d: 5, m: 40, seed: 207);

        var trajectory = problem.Descent(backend, 0.05).Train(3);
        var g = Gram.InputGram(backend, problem.X);
        var z0 = Gram.PreActivations(backend, problem.X, problem.Network.W);
        var h0 = Gram.FiniteWidthReluNtk(backend, g, z0);
        var expected = Spectral.SmallestEigenvalue(backend, h0);

        Assert.That(trajectory.SmallestGramEigenvalues[0].Value, Is.EqualTo(expected).Within(trajectory.SmallestGramEigenvalues[0].ErrorBound));
    }

    [Test]
    public void DistanceAndPatternChangeStartAtZeroAndMatchTheirDefinitions()
    {
        // n·m = 287 = 4·64 + 31: the packed Z(0) pattern has a partial last word.
        const int n = 7, m = 41;
        var problem = Problem.Random(n: n, d: 5, m: m, seed: 209);
        var descent = problem.Descent(TestBackends.Managed, 0.5);

        var trajectory = descent.Train(30);
        var final = trajectory.FinalNetwork;
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
            Assert.That(trajectory.MaxWeightDistances[0], Is.Zero);
            Assert.That(trajectory.PatternChangeFractions[0], Is.Zero);
            // The same d = 5 differences, squared and summed in another order: a few ulps of a distance of order 1.
            Assert.That(trajectory.MaxWeightDistances[^1], Is.EqualTo(expectedDistance).Within(1e-12));
            Assert.That(trajectory.PatternChangeFractions[^1], Is.EqualTo(changed / (double)(n * m)));
            Assert.That(changed, Is.GreaterThan(0), "the step is large enough to flip some activations");
            Assert.That(final.W, Is.EqualTo(descent.Weights));
        });
    }

    [Test]
    public void TrainHandsWOverSoTheDescentCannotStepAfterwards()
    {
        var problem = Problem.Random(n: 4, d: 3, m: 10, seed: 213);
        var descent = problem.Descent(TestBackends.Managed, 0.1);

        var trajectory = descent.Train(3);

        Assert.That(trajectory.FinalNetwork.W, Is.SameAs(descent.Weights), "no m×d copy");
        Assert.Throws<InvalidOperationException>(descent.Step);
        Assert.That(problem.Network.W, Is.Not.EqualTo(trajectory.FinalNetwork.W), "W(0) is not touched by the steps");
    }

    [Test]
    public void SameSeedGivesTheIdenticalTrajectory()
    {
        var first = Problem.Random(n: 8, d: 5, m: 40, seed: 211).Descent(TestBackends.Managed, 0.2).Train(40);
        var second = Problem.Random(n: 8, d: 5, m: 40, seed: 211).Descent(TestBackends.Managed, 0.2).Train(40);

        Assert.Multiple(() =>
        {
            Assert.That(second.SquaredResidualNorms, Is.EqualTo(first.SquaredResidualNorms));
            Assert.That(second.MaxWeightDistances, Is.EqualTo(first.MaxWeightDistances));
            Assert.That(second.PatternChangeFractions, Is.EqualTo(first.PatternChangeFractions));
            Assert.That(second.SmallestGramEigenvalues, Is.EqualTo(first.SmallestGramEigenvalues));
            Assert.That(second.FinalNetwork.W, Is.EqualTo(first.FinalNetwork.W));
        });
    }

    [Test]
    public void EveryBackendGivesTheSameTrajectory(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var problem = Problem.Random(n: 12, d: 8, m: 60, seed: 213);
        var reference = problem.Descent(TestBackends.Managed, 0.2).Train(20);
        var trajectory = problem.Descent(TestBackends.Require(kind), 0.2).Train(20);

        // The backends differ only in GEMM summation order (relative ~ (n + d)·ε per step); over 20 contracting steps
        // that stays far below 10⁻¹⁰ relative, and no activation sits within rounding of 0 (equal pattern series).
        var scale = reference.FinalNetwork.W.Enumerate().Max(Math.Abs);
        var wDifference = (trajectory.FinalNetwork.W - reference.FinalNetwork.W).Enumerate().Max(Math.Abs);
        Assert.Multiple(() =>
        {
            Assert.That(RelativeDifference(trajectory.SquaredResidualNorms, reference.SquaredResidualNorms), Is.LessThan(1e-10));
            Assert.That(RelativeDifference(trajectory.MaxWeightDistances, reference.MaxWeightDistances), Is.LessThan(1e-10));
            Assert.That(wDifference / scale, Is.LessThan(1e-10));
            Assert.That(trajectory.PatternChangeFractions, Is.EqualTo(reference.PatternChangeFractions));
            Assert.That(
                RelativeDifference(
                    [.. trajectory.SmallestGramEigenvalues.Select(s => s.Value)],
                    [.. reference.SmallestGramEigenvalues.Select(s => s.Value)]),
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
        Assert.That(() => descent.Train(100, options, source.Token, progress), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(descent.Iteration, Is.EqualTo(5));
    }

    [Test]
    public void ProgressIsReportedEveryNStepsAndAtTheEnd()
    {
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 217).Descent(TestBackends.Managed, 0.1);
        var steps = new List<int>();
        var options = TrajectoryOptions.Default with { ProgressEverySteps = 5, ProgressInterval = TimeSpan.MaxValue };

        var trajectory = descent.Train(22, options, CancellationToken.None, new SynchronousProgress(p => steps.Add(p.Step)));

        Assert.That(steps, Is.EqualTo(new[] { 0, 5, 10, 15, 20, 22 }));
        Assert.That(trajectory.CompletedSteps, Is.EqualTo(22));
    }

    [Test]
    public void TrainStartsAtStepZeroOnly()
    {
        var descent = Problem.Random(n: 6, d: 4, m: 20, seed: 219).Descent(TestBackends.Managed, 0.1);
        descent.Step();

        Assert.That(() => descent.Train(3), Throws.InvalidOperationException);
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

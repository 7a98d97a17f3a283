using NUnit.Framework;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>The hand-written forward and backward passes against finite differences and a naive per-neuron version.</summary>
public sealed class GradientTests
{
    [Test]
    public void GradientMatchesCentralFiniteDifferencesOfTheLoss()
    {
        var problem = Problem.Random(n: 5, d: 3, m: 7, seed: 101);
        var descent = problem.Descent(TestBackends.Managed, stepSize: 0.1);
        var gradient = descent.ComputeGradient();
        var w = problem.Network.W;
        var a = problem.Network.A;

        // Kinks: a perturbation of w_rj by ±h moves Zᵢᵣ = w_rᵀxᵢ by at most h·|xᵢⱼ| ≤ h (unit inputs). With h = 10⁻⁵ and
        // every |Zᵢᵣ| > 10⁻³ (checked), no activation changes, so along each coordinate L is one quadratic polynomial
        // and the central difference (L(w + h) − L(w − h))/(2h) has no truncation error at all. What remains is rounding:
        // each L is a sum of ~n·m terms of size ≲ 10, computed with absolute error ≲ 10⁻¹³, divided by 2h = 2·10⁻⁵,
        // so ≲ 10⁻⁸. We allow 10⁻⁷ (the gradient entries are of order 1, so a wrong factor or sign is far outside).
        const double h = 1e-5;
        Assert.That(descent.PreActivations.Enumerate().Min(Math.Abs), Is.GreaterThan(1e-3), "precondition: no kink within h");
        for (var r = 0; r < w.RowCount; r++)
        {
            for (var j = 0; j < w.ColumnCount; j++)
            {
                var plus = w.Clone();
                plus[r, j] += h;
                var minus = w.Clone();
                minus[r, j] -= h;
                var difference = (NaiveNetwork.Loss(plus, a, problem.X, problem.Y) - NaiveNetwork.Loss(minus, a, problem.X, problem.Y)) / (2 * h);

                Assert.That(gradient[r, j], Is.EqualTo(difference).Within(1e-7), $"∂L/∂w[{r},{j}]");
            }
        }

        Assert.That(gradient.FrobeniusNorm(), Is.GreaterThan(0.1), "a non-trivial gradient");
    }

    [Test]
    public void GradientMatchesTheNaivePerNeuronFormula(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var problem = Problem.Random(n: 9, d: 6, m: 13, seed: 103);
        var descent = problem.Descent(TestBackends.Require(kind), stepSize: 0.1);

        var expected = NaiveNetwork.Gradient(problem.Network.W, problem.Network.A, problem.X, problem.Y);

        // Same terms, summed in a different order (GEMM vs loops): relative rounding ≲ (n + d)·ε ≈ 3·10⁻¹⁵.
        Assert.That(descent.ComputeGradient().ToColumnMajorArray(), Is.EqualTo(expected.ToColumnMajorArray()).Within(1e-13));
    }

    [Test]
    public void InitialPredictionsMatchANaiveEvaluation(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var problem = Problem.Random(n: 11, d: 4, m: 17, seed: 107);
        var descent = problem.Descent(backend, stepSize: 0.1);

        var expected = NaiveNetwork.Predictions(problem.Network.W, problem.Network.A, problem.X);
        var squaredResidual = expected.Select((u, i) => (u - problem.Y[i]) * (u - problem.Y[i])).Sum();

        // uᵢ sums m = 17 terms of size ≲ 3 (|w_rᵀxᵢ| with w_r ~ N(0, I₄)): rounding ≲ 17·3·ε/√17 < 10⁻¹⁴.
        Assert.Multiple(() =>
        {
            Assert.That(descent.Predictions.ToArray(), Is.EqualTo(expected).Within(1e-13));
            Assert.That(problem.Network.Predict(backend, problem.X), Is.EqualTo(expected).Within(1e-13));
            Assert.That(descent.SquaredResidualNorm, Is.EqualTo(squaredResidual).Within(1e-12));
            Assert.That(descent.Loss, Is.EqualTo(squaredResidual / 2).Within(1e-12));
            Assert.That(descent.Iteration, Is.Zero);
        });
    }

    [Test]
    public void OneStepMatchesANaivePerNeuronStep(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        const double eta = 0.3;
        var problem = Problem.Random(n: 9, d: 6, m: 13, seed: 109);
        var descent = problem.Descent(TestBackends.Require(kind), eta);

        var gradient = NaiveNetwork.Gradient(problem.Network.W, problem.Network.A, problem.X, problem.Y);
        var expectedW = problem.Network.W - (eta * gradient);
        var expectedU = NaiveNetwork.Predictions(expectedW, problem.Network.A, problem.X);
        descent.Step();

        // One GEMM-vs-loop reordering in the gradient (≲ 10⁻¹⁴, see above) times η, then the forward pass.
        Assert.Multiple(() =>
        {
            Assert.That(descent.Iteration, Is.EqualTo(1));
            Assert.That(descent.W.ToColumnMajorArray(), Is.EqualTo(expectedW.ToColumnMajorArray()).Within(1e-13));
            Assert.That(descent.Predictions.ToArray(), Is.EqualTo(expectedU).Within(1e-13));
            Assert.That(
                descent.PreActivations.ToColumnMajorArray(),
                Is.EqualTo((problem.X * expectedW.Transpose()).ToColumnMajorArray()).Within(1e-13));
        });
    }

    [Test]
    public void StepAllocatesNothingOnNativeBackends(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var descent = Problem.Random(n: 16, d: 8, m: 64, seed: 113).Descent(TestBackends.Require(kind), 0.05);
        descent.Step();
        descent.MaxWeightDistance();
        descent.PatternChangeFraction();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 10; k++)
        {
            descent.Step();
            descent.MaxWeightDistance();
            descent.PatternChangeFraction();
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }
}

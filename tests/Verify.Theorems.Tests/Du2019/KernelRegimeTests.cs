using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>The kernel-regime loss ‖(I − ηH∞)ᵏ(y − u(0))‖² from the eigendecomposition, against the plain matrix power.</summary>
public sealed class KernelRegimeTests
{
    private static readonly Lazy<ChainInstance> Drawn = new(() => ChainInstances.Draw(seed: 3, n: 6, d: 6, m: 500, stepSize: 0.3));

    [Test]
    public void SquaredResidual_MatchesRepeatedMultiplicationByIMinusEtaH()
    {
        var drawn = Drawn.Value;
        var gram = drawn.Data.InfiniteWidthGram;
        var residual = drawn.Initial.InitialResidualVector;
        const double eta = 0.3;
        var kernel = new KernelRegime(ChainInstances.Backend.SymmetricEigen(gram), residual, eta);

        var step = Matrix<double>.Build.DenseIdentity(gram.RowCount) - eta * gram;
        var direct = residual.Clone();
        for (int k = 0; k <= 50; k++)
        {
            // both are sums of n products of O(1) numbers after ≤ 50 multiplications: a relative 1e-12 is ~100× their rounding
            double expected = direct.DotProduct(direct);
            Assert.That(kernel.SquaredResidual(k), Is.EqualTo(expected).Within(1e-12 * expected + 1e-300), $"k = {k}");
            direct = step * direct;
        }
        Assert.That(kernel.SquaredResidual(0), Is.EqualTo(drawn.Initial.InitialResidualVector.DotProduct(residual)).Within(1e-12), "k = 0 is the trained loss at 0");
    }

    [Test]
    public void SquaredResidual_OfADiagonalKernel_IsTheKnownSum_AndNeitherUnderflowsNorOverflows()
    {
        // H = diag(1, 0.5), Q = I, r = (1, 2), η = 1: ‖·‖² = 0^{2k}·1 + 0.5^{2k}·4 → 4·4^{−k}, and at η = 5: 4^{2k} + 1.5^{2k}·4
        var spectrum = ChainInstances.Backend.SymmetricEigen(Matrix<double>.Build.DenseOfDiagonalArray([1, 0.5]));
        var r = Vector<double>.Build.DenseOfArray([1, 2]);

        var decaying = new KernelRegime(spectrum, r, stepSize: 1);
        Assert.That(decaying.SquaredResidual(0), Is.EqualTo(5).Within(1e-14));
        Assert.That(decaying.SquaredResidual(1), Is.EqualTo(1).Within(1e-14));
        Assert.That(decaying.SquaredResidual(600), Is.EqualTo(4 * Math.Pow(4, -600)).Within(1e-12 * 4 * Math.Pow(4, -600)), "summed in logs, no underflow before the sum");

        var diverging = new KernelRegime(spectrum, r, stepSize: 5);
        Assert.That(diverging.SquaredResidual(3), Is.EqualTo(Math.Pow(16, 3) + Math.Pow(2.25, 3) * 4).Within(1e-9));
        Assert.That(diverging.SquaredResidual(600), Is.EqualTo(double.PositiveInfinity), "a divergence overflows to ∞, never NaN");
    }

    [Test]
    public void TheLinearRateFigure_CarriesTheKernelRegimeCurve_StartingAtTheTrainedLoss()
    {
        var drawn = Drawn.Value;
        var kernel = new KernelRegime(ChainInstances.Backend.SymmetricEigen(drawn.Data.InfiniteWidthGram), drawn.Initial.InitialResidualVector, drawn.Initial.StepSize);
        double initialLoss = drawn.Initial.InitialResidualVector.DotProduct(drawn.Initial.InitialResidualVector);
        var trajectory = new Verify.Training.Trajectory(3, [drawn.Initial.StepSize, 0.0], [initialLoss, initialLoss / 2, initialLoss / 4, initialLoss / 8], null, []);

        var figure = OutcomeChecks.LinearRate(trajectory, drawn.Initial, kernel).Figure!;

        var curve = figure.Series[^1];
        Assert.That(curve.Name, Does.StartWith("kernel regime"));
        Assert.That(curve.X, Is.EqualTo(new[] { 0.0, 1, 2, 3 }), "the trained run's steps");
        Assert.That(curve.Y[0], Is.EqualTo(initialLoss).Within(1e-12 * initialLoss), "both start at ‖y − u(0)‖²");
        Assert.That(figure.Note, Does.EndWith(KernelRegime.LossNote));
    }

    [Test]
    public void SpectrumFigure_IsLogScaleWithLambda0Marked()
    {
        var figure = KernelRegime.SpectrumFigure([0.1, 0.3, 1.2], 0.1);

        Assert.That(figure.LogY, Is.True);
        Assert.That(figure.Series[0].X, Is.EqualTo(new[] { 1.0, 2, 3 }));
        Assert.That(figure.Series[1].Name, Does.StartWith("λ₀"));
        Assert.That(figure.Series[1].Y, Is.All.EqualTo(0.1));
        Assert.That(figure.Note, Does.Contain("λ_max = 1.2,").And.Contain("η > 2/λ_max = 1.66667"));
    }
}

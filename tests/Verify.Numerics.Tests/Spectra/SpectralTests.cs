using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class SpectralTests
{
    [Test]
    public void ExtremeEigenvaluesOfADiagonalMatrix(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = Matrix<double>.Build.DenseOfDiagonalArray([2.0, -3.0, 1.0, 0.5]);
        var bound = Spectral.EigenvalueErrorBound(4, 3.0);

        var smallest = Spectral.SmallestEigenvalueWithErrorBound(backend, a);
        Assert.Multiple(() =>
        {
            Assert.That(Spectral.SmallestEigenvalue(backend, a), Is.EqualTo(-3.0).Within(bound));
            Assert.That(Spectral.SymmetricNorm2(backend, a), Is.EqualTo(3.0).Within(bound));
            Assert.That(Spectral.SymmetricNorm2(backend, -a), Is.EqualTo(3.0).Within(bound));
            Assert.That(smallest.Value, Is.EqualTo(-3.0).Within(bound));
            // NormUpperBound(diag(2, −3, 1, ½)) = min(√14.25, 3) = 3 = ‖A‖₂, so the bounds agree (to rounding of 8nε·3).
            Assert.That(smallest.ErrorBound, Is.EqualTo(bound).Within(1e-3 * bound));
            Assert.That(smallest.Lower, Is.LessThanOrEqualTo(-3.0));
            Assert.That(smallest.Upper, Is.GreaterThanOrEqualTo(-3.0));
        });
    }

    [Test]
    public void NormUpperBoundIsAnUpperBoundAndTakesTheSmallerNorm(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(30, 53);
        var norm2 = Spectral.SymmetricNorm2(backend, a);

        // [[1, 1], [1, −1]]: ‖·‖₂ = √2 < ‖·‖_F = ‖·‖_∞ = 2. diag(3, 4): ‖·‖₂ = ‖·‖_∞ = 4 < ‖·‖_F = 5.
        // The 1e-12 relative slack covers the eigensolver's error in norm2 (≤ 8nε‖A‖ ≈ 5e-14‖A‖ at n = 30) and the
        // summation order of the Frobenius norm (≤ n²ε relative); a wrong norm would be off by far more.
        Assert.Multiple(() =>
        {
            Assert.That(Spectral.NormUpperBound(a), Is.GreaterThanOrEqualTo(norm2 * (1 - 1e-12)));
            Assert.That(Spectral.NormUpperBound(a), Is.LessThanOrEqualTo(a.FrobeniusNorm() * (1 + 1e-12)));
            Assert.That(Spectral.NormUpperBound(Matrix<double>.Build.DenseOfRowArrays([1.0, 1.0], [1.0, -1.0])), Is.EqualTo(2.0));
            Assert.That(Spectral.NormUpperBound(Matrix<double>.Build.DenseOfDiagonalArray([3.0, 4.0])), Is.EqualTo(4.0));
        });
    }

    [Test]
    public void ErrorBoundIsEightNEpsilonNorm()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Spectral.EigenvalueErrorBound(10, 2.0), Is.EqualTo(8 * 10 * Spectral.MachineEpsilon * 2.0));
            Assert.That(Spectral.MachineEpsilon, Is.EqualTo(Math.BitIncrement(1.0) - 1.0));
            Assert.That(() => Spectral.EigenvalueErrorBound(3, -1.0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(
                () => Spectral.SmallestEigenvalue(TestBackends.Managed, Matrix<double>.Build.Dense(0, 0)),
                Throws.ArgumentException);
        });
    }
}

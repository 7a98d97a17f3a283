using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>
/// Certified enclosures of λ_min and ‖A‖₂ checked against exact rational arithmetic: U ≥ λ_min exactly iff A − U·I is
/// not positive semidefinite or U = λ_min; the matrices here have no eigenvalue at a double the bounds could land on
/// except where the test says so.
/// </summary>
public sealed class VerifiedEnclosureTests
{
    [Test]
    public void SmallestEigenvalueEnclosureContainsTheExactValueAndIsTight(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(2, 6, 11)] int n,
        [Values(3, 17)] int seed)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(n, seed);
        var exact = ExactMatrix.FromDoubles(a);

        var enclosure = VerifiedBounds.SmallestEigenvalueEnclosure(backend, a);

        Assert.Multiple(() =>
        {
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(exact, enclosure.Lower), Is.True, enclosure.Note);
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(exact, enclosure.Upper), Is.False, $"upper end {enclosure.Upper:R} is below λ_min");
            // Inverse iteration from a Cholesky factor a few c_B below λ_min converges fast: the width is rounding-sized.
            Assert.That(enclosure.Upper - enclosure.Lower, Is.LessThan(1e-12 * Spectral.NormUpperBound(a)), enclosure.ToString());
        });
    }

    [Test]
    public void HilbertMatrixSmallestEigenvalueIsEnclosedAndPositive(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        // λ_min of the (rounded) 8×8 Hilbert matrix is ≈ 1.1e-10: the enclosure must prove it positive and contain it.
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Hilbert(8);
        var exact = ExactMatrix.FromDoubles(a);

        var enclosure = VerifiedBounds.SmallestEigenvalueEnclosure(backend, a);

        Assert.Multiple(() =>
        {
            Assert.That(enclosure.Lower, Is.GreaterThan(0), enclosure.Note);
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(exact, enclosure.Lower), Is.True);
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(exact, enclosure.Upper), Is.False);
            Assert.That(enclosure.Upper / enclosure.Lower, Is.LessThan(1.01), enclosure.ToString());
        });
    }

    [Test]
    public void ExactlySingularMatrixEnclosesZero(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        // The all-ones 7×7 matrix has eigenvalues 0 (six times) and 7: λ_min = 0 exactly.
        var backend = TestBackends.Require(kind);
        var a = Matrix<double>.Build.Dense(7, 7, 1.0);

        var enclosure = VerifiedBounds.SmallestEigenvalueEnclosure(backend, a);

        Assert.Multiple(() =>
        {
            Assert.That(enclosure.Lower, Is.LessThanOrEqualTo(0), enclosure.Note);
            Assert.That(enclosure.Upper, Is.GreaterThanOrEqualTo(0));
            Assert.That(enclosure.Upper - enclosure.Lower, Is.LessThan(1e-12), enclosure.ToString());
        });
    }

    [Test]
    public void Norm2EnclosureContainsTheExactNorm(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(2, 3, 8)] int n,
        [Values(5, 23)] int seed)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(n, seed);
        var exact = ExactMatrix.FromDoubles(a);

        var enclosure = VerifiedBounds.SymmetricNorm2Enclosure(backend, a);

        Assert.Multiple(() =>
        {
            // ‖A‖₂ ≤ U ⟺ −U ≤ λ_min and λ_max ≤ U.
            Assert.That(ExactMatrix.IsAtMostSmallestEigenvalue(exact, -enclosure.Upper), Is.True, enclosure.Note);
            Assert.That(ExactMatrix.IsAtLeastLargestEigenvalue(exact, enclosure.Upper), Is.True, enclosure.Note);
            // ‖A‖₂ ≥ L: not both −L ≤ λ_min and λ_max ≤ L (which, with no eigenvalue at ±L, would mean ‖A‖₂ < L).
            Assert.That(
                ExactMatrix.IsAtMostSmallestEigenvalue(exact, -enclosure.Lower) && ExactMatrix.IsAtLeastLargestEigenvalue(exact, enclosure.Lower),
                Is.False,
                $"lower end {enclosure.Lower:R} is above ‖A‖₂");
            Assert.That(enclosure.Upper - enclosure.Lower, Is.LessThan(1e-12 * Spectral.NormUpperBound(a)), enclosure.ToString());
        });
    }
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class SymmetricEigenTests
{
    /// <summary>Eigenvalues of the 5×5 Hilbert matrix, computed to 40 digits with mpmath (eigsy) and rounded.</summary>
    private static readonly double[] _hilbert5 =
        [3.287928772171863e-06, 3.058980401511917e-04, 1.140749162341981e-02, 2.085342186110133e-01, 1.567050691098231];

    [Test]
    public void NativeEigenvaluesMatchManagedOnRandomSymmetric(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(40, 21);
        var original = a.Clone();
        var expected = TestBackends.Managed.SymmetricEigenvalues(a);

        var all = backend.SymmetricEigenvalues(a);
        var smallest = backend.SmallestSymmetricEigenvalues(a, 6);

        // Both sides are within Tolerances.Eigenvalue of the exact values, so of each other within twice that.
        var tolerance = 2 * Tolerances.Eigenvalue(a);
        Assert.Multiple(() =>
        {
            Assert.That(all, Is.EqualTo(expected).Within(tolerance));
            Assert.That(all, Is.Ordered.Ascending);
            Assert.That(smallest, Is.EqualTo(expected[..6]).Within(tolerance));
            Assert.That(a, Is.EqualTo(original), "the input must not be modified");
        });
    }

    [Test]
    public void DiagonalMatrixHasItsDiagonalAsEigenvalues(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        double[] diagonal = [3.5, -2.0, 0.0, 7.25, 1e-3, -11.0];
        var a = Matrix<double>.Build.DenseOfDiagonalArray(diagonal);
        double[] expected = [-11.0, -2.0, 0.0, 1e-3, 3.5, 7.25];

        // The answer is exact; rounding inside the solver is still allowed up to the backward-error bound.
        var tolerance = Tolerances.Eigenvalue(a);
        Assert.Multiple(() =>
        {
            Assert.That(backend.SymmetricEigenvalues(a), Is.EqualTo(expected).Within(tolerance));
            Assert.That(backend.SmallestSymmetricEigenvalues(a, 3), Is.EqualTo(expected[..3]).Within(tolerance));
            Assert.That(backend.SymmetricEigen(a).Values, Is.EqualTo(expected).Within(tolerance));
        });
    }

    [Test]
    public void HilbertMatrixEigenvaluesMatchKnownValues(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var h = TestMatrices.Hilbert(5);

        // Solver error ≤ 4nε‖H‖_F (Tolerances.Eigenvalue) plus the rounding of H's entries to double,
        // ‖ΔH‖₂ ≤ ‖ΔH‖_F ≤ (ε/2)‖H‖_F, since the reference values are those of the exact Hilbert matrix.
        // That is ≈ 7e-15 absolute: the smallest eigenvalue 3.3e-6 is checked to ~2e-9 relative.
        var tolerance = Tolerances.Eigenvalue(h) + (Tolerances.Epsilon / 2 * h.FrobeniusNorm());
        Assert.Multiple(() =>
        {
            Assert.That(backend.SymmetricEigenvalues(h), Is.EqualTo(_hilbert5).Within(tolerance));
            Assert.That(backend.SmallestSymmetricEigenvalues(h, 1)[0], Is.EqualTo(3.287928772171863e-06).Within(tolerance));
            Assert.That(backend.SmallestSymmetricEigenvalues(h, 5), Is.EqualTo(_hilbert5).Within(tolerance));
        });
    }

    [Test]
    public void EigenvectorsDiagonaliseTheMatrix(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        const int n = 30;
        var a = TestMatrices.RandomSymmetric(n, 22);

        var (values, vectors) = backend.SymmetricEigen(a);

        // Backward stability: A V̂ − V̂ Λ̂ = E V̂ with ‖E‖ ≤ 4nε‖A‖_F, and V̂ orthonormal to O(nε)
        // (LAPACK's own tests accept ‖AV − VΛ‖/(n‖A‖ε) and ‖VᵀV − I‖/(nε) below 30); the products in the check
        // add ≈ nε‖A‖_F more, covered by the factor 2.
        var residual = (a * vectors) - (vectors * Matrix<double>.Build.DenseOfDiagonalArray(values));
        var orthogonality = vectors.TransposeThisAndMultiply(vectors) - Matrix<double>.Build.DenseIdentity(n);
        Assert.Multiple(() =>
        {
            Assert.That(values, Is.EqualTo(TestBackends.Managed.SymmetricEigenvalues(a)).Within(2 * Tolerances.Eigenvalue(a)));
            Assert.That(residual.FrobeniusNorm(), Is.LessThanOrEqualTo(2 * Tolerances.Eigenvalue(a)));
            Assert.That(orthogonality.FrobeniusNorm(), Is.LessThanOrEqualTo(8 * n * Tolerances.Epsilon));
        });
    }

    [Test]
    public void SmallestEigenvaluesOfAnEmptySelectionIsEmpty(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        Assert.Multiple(() =>
        {
            Assert.That(backend.SmallestSymmetricEigenvalues(TestMatrices.RandomSymmetric(4, 1), 0), Is.Empty);
            Assert.That(backend.SymmetricEigenvalues(Matrix<double>.Build.Dense(0, 0)), Is.Empty);
        });
    }
}

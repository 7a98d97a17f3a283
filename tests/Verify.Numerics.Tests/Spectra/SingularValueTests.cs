using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class SingularValueTests
{
    [Test]
    public void NativeSingularValuesMatchManaged(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind,
        [Values(9, 5)] int rows,
        [Values(5, 9)] int columns)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Random(rows, columns, 31);
        var original = a.Clone();
        var expected = TestBackends.Managed.SingularValues(a);

        var values = backend.SingularValues(a);

        // Both within Tolerances.SingularValue of the exact values, so of each other within twice that.
        Assert.Multiple(() =>
        {
            Assert.That(values, Has.Length.EqualTo(Math.Min(rows, columns)));
            Assert.That(values, Is.EqualTo(expected).Within(2 * Tolerances.SingularValue(a)));
            Assert.That(values, Is.Ordered.Descending);
            Assert.That(a, Is.EqualTo(original), "the input must not be modified");
        });
    }

    [Test]
    public void RankDeficientMatrixHasZeroTrailingSingularValues(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(12, 7)] int rows)
    {
        var backend = TestBackends.Require(kind);
        const int columns = 9, rank = 4;
        var left = TestMatrices.Random(rows, rank, 41);
        var right = TestMatrices.Random(rank, columns, 42);
        var a = left * right;
        var k = Math.Min(rows, columns);

        var values = backend.SingularValues(a);

        // Forming A = BC in floating point perturbs the exact rank-4 product by |E| ≤ γ_r|B||C|, so its trailing
        // singular values are at most ‖E‖₂ ≤ r·ε·‖|B||C|‖_F, plus the solver's own error (Tolerances.SingularValue).
        var zeroTolerance = Tolerances.SingularValue(a)
            + (rank * Tolerances.Epsilon * (left.PointwiseAbs() * right.PointwiseAbs()).FrobeniusNorm());
        Assert.Multiple(() =>
        {
            Assert.That(values, Has.Length.EqualTo(k));
            Assert.That(values[rank - 1], Is.GreaterThan(1e6 * zeroTolerance), "the rank-r part must be clearly nonzero");
            Assert.That(values[rank..], Has.All.LessThanOrEqualTo(zeroTolerance));
            Assert.That(values[rank..], Has.Length.EqualTo(k - rank));
        });
    }

    [Test]
    public void ThinSvdReconstructsTheMatrix(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(9, 5)] int rows,
        [Values(5, 9)] int columns)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Random(rows, columns, 51);
        var k = Math.Min(rows, columns);

        var (u, s, vt) = backend.Svd(a);

        // ‖A − U S Vᵀ‖_F: backward error of the SVD plus the rounding of the check's two products
        // (≈ k·ε·‖A‖_F), both covered by 2× Tolerances.SingularValue. U and V orthonormal to O(max(m,n)·ε).
        var reconstruction = u * Matrix<double>.Build.DenseOfDiagonalArray(s) * vt;
        var identity = Matrix<double>.Build.DenseIdentity(k);
        var orthogonalityTolerance = 8 * Math.Max(rows, columns) * Tolerances.Epsilon;
        Assert.Multiple(() =>
        {
            Assert.That(u.RowCount, Is.EqualTo(rows));
            Assert.That(u.ColumnCount, Is.EqualTo(k));
            Assert.That(vt.RowCount, Is.EqualTo(k));
            Assert.That(vt.ColumnCount, Is.EqualTo(columns));
            Assert.That((a - reconstruction).FrobeniusNorm(), Is.LessThanOrEqualTo(2 * Tolerances.SingularValue(a)));
            Assert.That((u.TransposeThisAndMultiply(u) - identity).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonalityTolerance));
            Assert.That((vt.TransposeAndMultiply(vt) - identity).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonalityTolerance));
            Assert.That(s, Is.EqualTo(TestBackends.Managed.SingularValues(a)).Within(2 * Tolerances.SingularValue(a)));
        });
    }

    [Test]
    public void FullSvdHasSquareOrthogonalFactors(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(8, 5)] int rows,
        [Values(5, 8)] int columns)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Random(rows, columns, 61);

        var (u, s, vt) = backend.FullSvd(a);

        var sigma = Matrix<double>.Build.Dense(rows, columns);
        sigma.SetDiagonal(s);
        var orthogonalityTolerance = 8 * Math.Max(rows, columns) * Tolerances.Epsilon;
        Assert.Multiple(() =>
        {
            Assert.That((a - (u * sigma * vt)).FrobeniusNorm(), Is.LessThanOrEqualTo(2 * Tolerances.SingularValue(a)));
            Assert.That((u.TransposeThisAndMultiply(u) - Matrix<double>.Build.DenseIdentity(rows)).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonalityTolerance));
            Assert.That((vt.TransposeAndMultiply(vt) - Matrix<double>.Build.DenseIdentity(columns)).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonalityTolerance));
        });
    }

    [Test]
    public void EmptyMatrixHasNoSingularValues(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = Matrix<double>.Build.Dense(3, 0);
        Assert.Multiple(() =>
        {
            Assert.That(backend.SingularValues(a), Is.Empty);
            Assert.That(backend.Svd(a).U.ColumnCount, Is.EqualTo(0));
        });
    }
}

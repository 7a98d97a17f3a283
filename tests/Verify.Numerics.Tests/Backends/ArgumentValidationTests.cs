using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class ArgumentValidationTests
{
    [Test]
    public void GemmRejectsMismatchedShapesAndSharedStorage(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Random(3, 4, 1);
        var b = TestMatrices.Random(5, 2, 2);
        var c = Matrix<double>.Build.Dense(3, 2);
        var square = TestMatrices.Random(3, 3, 3);

        Assert.Multiple(() =>
        {
            var inner = Assert.Throws<ArgumentException>(() => backend.Gemm(false, false, 1, a, b, 0, c));
            Assert.That(inner!.Message, Does.Contain("Inner dimensions"));
            var result = Assert.Throws<ArgumentException>(
                () => backend.Gemm(false, false, 1, a, TestMatrices.Random(4, 2, 4), 0, Matrix<double>.Build.Dense(2, 2)));
            Assert.That(result!.ParamName, Is.EqualTo("c"));
            Assert.Throws<ArgumentException>(() => backend.Gemm(false, false, 1, square, square, 0, square));
        });
    }

    [Test]
    public void NonDenseMatricesAreRejected(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var sparse = Matrix<double>.Build.SparseIdentity(3);
        var diagonal = Matrix<double>.Build.DiagonalIdentity(3);

        Assert.Multiple(() =>
        {
            var e = Assert.Throws<ArgumentException>(() => backend.SymmetricEigenvalues(sparse));
            Assert.That(e!.Message, Does.Contain("dense"));
            Assert.Throws<ArgumentException>(() => backend.Cholesky(diagonal));
            Assert.Throws<ArgumentException>(() => backend.SingularValues(sparse));
            Assert.Throws<ArgumentException>(
                () => backend.Gemm(false, false, 1, sparse, Matrix<double>.Build.Dense(3, 3), 0, Matrix<double>.Build.Dense(3, 3)));
        });
    }

    [Test]
    public void SymmetricRoutinesRejectNonSquareNonSymmetricAndNonFinite(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var rectangular = TestMatrices.Random(3, 4, 5);
        var nonSymmetric = TestMatrices.Random(4, 4, 6);
        var withNaN = TestMatrices.RandomSymmetric(3, 7);
        withNaN[1, 1] = double.NaN;

        Assert.Multiple(() =>
        {
            Assert.That(
                Assert.Throws<ArgumentException>(() => backend.SymmetricEigenvalues(rectangular))!.Message,
                Does.Contain("square"));
            Assert.That(
                Assert.Throws<ArgumentException>(() => backend.Cholesky(rectangular))!.Message, Does.Contain("square"));
            Assert.That(
                Assert.Throws<ArgumentException>(() => backend.SymmetricEigen(nonSymmetric))!.Message,
                Does.Contain("symmetric"));
            Assert.That(
                Assert.Throws<ArgumentException>(() => backend.SmallestSymmetricEigenvalues(withNaN, 1))!.Message,
                Does.Contain("finite"));
            Assert.Throws<ArgumentException>(() => backend.SingularValues(withNaN));
            Assert.Throws<ArgumentOutOfRangeException>(
                () => backend.SmallestSymmetricEigenvalues(TestMatrices.RandomSymmetric(3, 8), 4));
        });
    }

    [Test]
    public void RoundingLevelAsymmetryIsAccepted(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSymmetric(4, 9);
        a[0, 3] += 1e-15;

        Assert.That(backend.SymmetricEigenvalues(a), Has.Length.EqualTo(4));
    }

    [TestCase(100, 70)] // a later tile of the tiled scan
    [TestCase(129, 128)] // the last, partial tile
    [TestCase(1, 0)]
    public void AsymmetryAnywhereIsFoundAndNamed(int i, int j)
    {
        var a = TestMatrices.RandomSymmetric(130, 10);
        a[i, j] += 0.5;

        var e = Assert.Throws<ArgumentException>(() => TestBackends.Managed.SymmetricEigenvalues(a));

        Assert.That(e!.Message, Does.Contain($"[{i},{j}]").And.Contain($"[{j},{i}]"));
    }
}

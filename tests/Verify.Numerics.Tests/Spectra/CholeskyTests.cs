using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class CholeskyTests
{
    [Test]
    public void SpdMatrixFactorsAsLowerTimesTranspose(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.RandomSpd(25, 71);
        var original = a.Clone();

        var result = backend.Cholesky(a);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.FailedMinor, Is.EqualTo(0));
        var factor = result.Factor!;
        var upper = factor.UpperTriangle() - Matrix<double>.Build.DenseOfDiagonalVector(factor.Diagonal());
        Assert.Multiple(() =>
        {
            Assert.That(upper.Enumerate(), Has.All.EqualTo(0.0), "L must be lower triangular");
            Assert.That(factor.Diagonal().Enumerate(), Has.All.GreaterThan(0.0));
            Assert.That(
                Tolerances.WorstExcess(factor.TransposeAndMultiply(factor), a, Tolerances.CholeskyResidual(factor)),
                Is.LessThanOrEqualTo(0.0));
            Assert.That(a, Is.EqualTo(original), "the input must not be modified");
        });
    }

    [Test]
    public void IndefiniteTwoByTwoFailsAtMinorTwo(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 1 } });

        var result = backend.Cholesky(a);

        Assert.That(result, Is.EqualTo(new CholeskyResult(false, null, 2)));
    }

    [Test]
    public void ThirdLeadingMinorFailure(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);

        // Leading minors 4, 16, −16, …: exact in binary, the third pivot is 1 − 1 − 1 = −1 (L = [2; 1 2; 1 1 ·]).
        var a = Matrix<double>.Build.DenseOfArray(new double[,]
        {
            { 4, 2, 2, 1 },
            { 2, 5, 3, 1 },
            { 2, 3, 1, 1 },
            { 1, 1, 1, 5 },
        });

        var result = backend.Cholesky(a);

        Assert.That(result, Is.EqualTo(new CholeskyResult(false, null, 3)));
    }

    [Test]
    public void NegativeFirstEntryFailsAtMinorOne(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, 0 }, { 0, 1 } });

        Assert.That(backend.Cholesky(a).FailedMinor, Is.EqualTo(1));
    }
}

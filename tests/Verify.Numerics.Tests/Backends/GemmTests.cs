using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed class GemmTests
{
    private const double Alpha = -1.75;
    private const double Beta = 0.625;

    [Test]
    public void NativeGemmMatchesManagedInEveryTransposeCombination(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind,
        [Values] bool transposeA,
        [Values] bool transposeB)
    {
        var backend = TestBackends.Require(kind);
        const int m = 7, n = 5, k = 11;
        var a = transposeA ? TestMatrices.Random(k, m, 1) : TestMatrices.Random(m, k, 1);
        var b = transposeB ? TestMatrices.Random(n, k, 2) : TestMatrices.Random(k, n, 2);
        var c0 = TestMatrices.Random(m, n, 3);
        var native = c0.Clone();
        var managed = c0.Clone();

        backend.Gemm(transposeA, transposeB, Alpha, a, b, Beta, native);
        TestBackends.Managed.Gemm(transposeA, transposeB, Alpha, a, b, Beta, managed);

        var bound = Tolerances.Gemm(transposeA, transposeB, Alpha, a, b, Beta, c0);
        Assert.That(Tolerances.WorstExcess(native, managed, bound), Is.LessThanOrEqualTo(0.0));
    }

    [Test]
    public void GemmIntoTheFrontOfALongerArrayEqualsTheMatrixFormAndLeavesTheRest(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values] bool transposeA,
        [Values] bool transposeB,
        [Values(0.0, Beta)] double beta)
    {
        // The same routine with the same leading dimension m, within the GEMM rounding bound of the matrix form (MKL's
        // kernels depend on the arrays' alignment, so not bit for bit); the elements past m·n are untouched.
        var backend = TestBackends.Require(kind);
        const int m = 7, n = 5, k = 11, spare = 9;
        var a = transposeA ? TestMatrices.Random(k, m, 21) : TestMatrices.Random(m, k, 21);
        var b = transposeB ? TestMatrices.Random(n, k, 22) : TestMatrices.Random(k, n, 22);
        var c0 = TestMatrices.Random(m, n, 23);
        var matrix = c0.Clone();
        var raw = new double[(m * n) + spare];
        Array.Copy(c0.ToColumnMajorArray(), raw, m * n);
        raw.AsSpan(m * n).Fill(42.0);

        backend.Gemm(transposeA, transposeB, Alpha, a, b, beta, matrix);
        backend.Gemm(transposeA, transposeB, Alpha, a, b, beta, raw);

        Assert.Multiple(() =>
        {
            var front = Matrix<double>.Build.Dense(m, n, raw[..(m * n)]);
            var bound = Tolerances.Gemm(transposeA, transposeB, Alpha, a, b, beta, c0);
            Assert.That(Tolerances.WorstExcess(front, matrix, bound), Is.LessThanOrEqualTo(0.0));
            Assert.That(raw.Skip(m * n), Has.All.EqualTo(42.0));
            Assert.That(() => backend.Gemm(transposeA, transposeB, Alpha, a, b, beta, new double[(m * n) - 1]), Throws.ArgumentException);
        });
    }

    [Test]
    public void GemmComputesTheDefinition(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values] bool transposeA,
        [Values] bool transposeB)
    {
        var backend = TestBackends.Require(kind);
        var opA = TestMatrices.Random(6, 4, 10);
        var opB = TestMatrices.Random(4, 3, 11);
        var a = transposeA ? opA.Transpose() : opA;
        var b = transposeB ? opB.Transpose() : opB;
        var c0 = TestMatrices.Random(opA.RowCount, opB.ColumnCount, 12);
        var expected = Matrix<double>.Build.Dense(opA.RowCount, opB.ColumnCount, (i, j) =>
        {
            var sum = 0.0;
            for (var p = 0; p < opA.ColumnCount; p++)
            {
                sum += opA[i, p] * opB[p, j];
            }

            return (Alpha * sum) + (Beta * c0[i, j]);
        });
        var c = c0.Clone();

        backend.Gemm(transposeA, transposeB, Alpha, a, b, Beta, c);

        var bound = Tolerances.Gemm(transposeA, transposeB, Alpha, a, b, Beta, c0);
        Assert.That(Tolerances.WorstExcess(c, expected, bound), Is.LessThanOrEqualTo(0.0));
    }
}

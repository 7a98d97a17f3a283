using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>c ← alpha·a·aᵀ + beta·c on the lower triangle (BLAS dsyrk) against an explicit triple loop.</summary>
public sealed class SymmetricRankKTests
{
    private const double Alpha = -1.75;

    [Test]
    public void SymmetricRankKComputesTheDefinitionOnTheLowerTriangleOnly(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind,
        [Values(0.0, 0.625)] double beta,
        [Values(1, 9, 70)] int n)
    {
        var backend = TestBackends.Require(kind);
        const int k = 13;
        var a = TestMatrices.Random(n, k, 20);
        var c0 = TestMatrices.Random(n, n, 21);
        if (beta == 0)
        {
            // With beta = 0 the old lower triangle must not be read (BLAS: C need not be set on input).
            c0[n - 1, 0] = double.NaN;
        }

        var expected = Matrix<double>.Build.Dense(n, n, (i, j) =>
        {
            if (i < j)
            {
                return c0[i, j];
            }

            var sum = 0.0;
            for (var p = 0; p < k; p++)
            {
                sum += a[i, p] * a[j, p];
            }

            return beta == 0 ? Alpha * sum : (Alpha * sum) + (beta * c0[i, j]);
        });
        var c = c0.Clone();

        backend.SymmetricRankK(Alpha, a, beta, c);

        // Lower triangle: the GEMM bound for alpha·a·aᵀ + beta·c (every entry is a length-k inner product); the strict
        // upper triangle must be bitwise c0 (both sides are then 0 in the difference and the bound is ≥ 0).
        var bound = Tolerances.Gemm(false, true, Alpha, a, a, beta, beta == 0 ? Matrix<double>.Build.Dense(n, n) : c0);
        Assert.Multiple(() =>
        {
            Assert.That(c.Enumerate().Any(double.IsNaN), Is.False, "no NaN (WorstExcess's Max would skip one)");
            Assert.That(Tolerances.WorstExcess(c, expected, bound), Is.LessThanOrEqualTo(0.0));
            Assert.That(Upper(c), Is.EqualTo(Upper(c0)), "upper triangle untouched");
        });
    }

    [Test]
    public void NativeSymmetricRankKMatchesManaged(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind,
        [Values(0.0, 0.625)] double beta)
    {
        var backend = TestBackends.Require(kind);
        const int n = 150, k = 300;
        var a = TestMatrices.Random(n, k, 22);
        var c0 = TestMatrices.Random(n, n, 23);
        var native = c0.Clone();
        var managed = c0.Clone();

        backend.SymmetricRankK(Alpha, a, beta, native);
        TestBackends.Managed.SymmetricRankK(Alpha, a, beta, managed);

        var bound = Tolerances.Gemm(false, true, Alpha, a, a, beta, c0);
        Assert.Multiple(() =>
        {
            Assert.That(Tolerances.WorstExcess(native, managed, bound), Is.LessThanOrEqualTo(0.0));
            Assert.That(Upper(native), Is.EqualTo(Upper(c0)));
        });
    }

    [Test]
    public void EmptyShapesFollowBlas([ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);

        // k = 0: a·aᵀ = 0, so the lower triangle is scaled by beta (exactly, by a power of two) and the upper kept.
        var c0 = TestMatrices.Random(3, 3, 24);
        var c = c0.Clone();
        backend.SymmetricRankK(Alpha, Matrix<double>.Build.Dense(3, 0), 2.0, c);
        var expected = Matrix<double>.Build.Dense(3, 3, (i, j) => i >= j ? 2 * c0[i, j] : c0[i, j]);
        var empty = Matrix<double>.Build.Dense(0, 0);
        // k = 0 and beta = 0 must write zeros over whatever the lower triangle held (InputGram does not zero G first).
        var garbage = Matrix<double>.Build.Dense(3, 3, double.NaN);
        backend.SymmetricRankK(Alpha, Matrix<double>.Build.Dense(3, 0), 0.0, garbage);

        Assert.Multiple(() =>
        {
            Assert.That(c, Is.EqualTo(expected));
            Assert.That(garbage.LowerTriangle(), Is.EqualTo(Matrix<double>.Build.Dense(3, 3)));
            Assert.That(Gram.InputGram(backend, Matrix<double>.Build.Dense(3, 0)), Is.EqualTo(Matrix<double>.Build.Dense(3, 3)));
            Assert.That(() => backend.SymmetricRankK(1, Matrix<double>.Build.Dense(0, 4), 0, empty), Throws.Nothing);
        });
    }

    [Test]
    public void SymmetricRankKRejectsMismatchedShapesAndSharedStorage(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var a = TestMatrices.Random(3, 4, 25);
        var square = TestMatrices.Random(3, 3, 26);

        Assert.Multiple(() =>
        {
            var notSquare = Assert.Throws<ArgumentException>(
                () => backend.SymmetricRankK(1, a, 0, Matrix<double>.Build.Dense(3, 4)));
            Assert.That(notSquare!.ParamName, Is.EqualTo("c"));
            Assert.That(notSquare.Message, Does.Contain("3×4"));
            var wrongOrder = Assert.Throws<ArgumentException>(
                () => backend.SymmetricRankK(1, a, 0, Matrix<double>.Build.Dense(4, 4)));
            Assert.That(wrongOrder!.ParamName, Is.EqualTo("c"));
            var shared = Assert.Throws<ArgumentException>(() => backend.SymmetricRankK(1, square, 0, square));
            Assert.That(shared!.Message, Does.Contain("storage"));
            Assert.Throws<ArgumentException>(
                () => backend.SymmetricRankK(1, Matrix<double>.Build.SparseIdentity(3), 0, Matrix<double>.Build.Dense(3, 3)));
            Assert.Throws<ArgumentNullException>(() => backend.SymmetricRankK(1, null!, 0, square));
        });
    }

    /// <summary>The strict upper triangle, column by column.</summary>
    private static double[] Upper(Matrix<double> c) =>
        [.. Enumerable.Range(0, c.ColumnCount).SelectMany(j => Enumerable.Range(0, j).Select(i => c[i, j]))];
}

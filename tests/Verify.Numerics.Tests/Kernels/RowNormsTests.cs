using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>Known answers for the blocked row-norm maxima against per-row loops.</summary>
public sealed class RowNormsTests
{
    [TestCase(1, 1)]
    [TestCase(255, 3)]
    [TestCase(600, 7)] // two whole blocks of 256 rows and a partial one
    public void MaximaMatchPerRowLoops(int rows, int columns)
    {
        var a = TestMatrices.Random(rows, columns, 61);
        var b = TestMatrices.Random(rows, columns, 62);
        a[rows - 1, columns - 1] = 40.0; // the largest row is in the last (partial) block

        var expectedNorm = Enumerable.Range(0, rows).Max(r => a.Row(r).L2Norm());
        var expectedDistance = Enumerable.Range(0, rows).Max(r => (a.Row(r) - b.Row(r)).L2Norm());

        // The same d ≤ 7 squares on both sides (MathNet may scale and sum differently): a few ulps, within 1e-14 relative.
        Assert.Multiple(() =>
        {
            Assert.That(RowNorms.Max(a), Is.EqualTo(expectedNorm).Within(1e-12).Percent);
            Assert.That(RowNorms.MaxDistance(a, b), Is.EqualTo(expectedDistance).Within(1e-12).Percent);
            Assert.That(RowNorms.MaxDistance(a, a), Is.Zero);
        });
    }

    [Test]
    public void NaNPropagatesAndNoRowsGiveZero()
    {
        var a = TestMatrices.Random(300, 2, 63);
        a[280, 1] = double.NaN;

        Assert.Multiple(() =>
        {
            Assert.That(RowNorms.Max(a), Is.NaN);
            Assert.That(RowNorms.MaxDistance(TestMatrices.Random(300, 2, 64), a), Is.NaN);
            Assert.That(RowNorms.Max(Matrix<double>.Build.Dense(0, 3)), Is.Zero);
        });
    }

    [Test]
    public void MismatchedShapesAreRejected() =>
        Assert.Throws<ArgumentException>(() => RowNorms.MaxDistance(TestMatrices.Random(3, 2, 65), TestMatrices.Random(2, 3, 66)));
}

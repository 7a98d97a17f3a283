using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>
/// After <see cref="Backends.RouteMathNet"/>, MathNet's own operators must give the managed provider's results,
/// computed by the native library. Evidence of routing: the proxy's call counters (no timing).
/// </summary>
[NonParallelizable]
public sealed class RouteMathNetTests
{
    private static readonly ManagedLinearAlgebraProvider _managed = new();

    [TearDown]
    public void RestoreManagedProvider() => LinearAlgebraControl.UseManaged();

    [Test]
    public void MultiplyGoesThroughTheNativeBackend(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var proxy = Route(kind);
        var a = TestMatrices.Random(8, 6, 81);
        var b = TestMatrices.Random(6, 5, 82);
        var expected = new double[8 * 5];
        _managed.MatrixMultiply(a.AsColumnMajorArray(), 8, 6, b.AsColumnMajorArray(), 6, 5, expected);
        var bound = Tolerances.Gemm(false, false, 1, a, b, 0, Matrix<double>.Build.Dense(8, 5));
        var before = proxy.GemmCalls;

        var product = a * b;
        var transposed = a.TransposeThisAndMultiply(TestMatrices.Random(8, 3, 83));

        Assert.Multiple(() =>
        {
            Assert.That(proxy.GemmCalls - before, Is.EqualTo(2), "both products must reach the native backend");
            Assert.That(Tolerances.WorstExcess(product, Matrix<double>.Build.Dense(8, 5, expected), bound), Is.LessThanOrEqualTo(0.0));
            Assert.That(transposed.RowCount, Is.EqualTo(6));
        });
    }

    [Test]
    public void SymmetricEvdFillsOutputsLikeTheManagedProvider(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var proxy = Route(kind);
        const int n = 12;
        var a = TestMatrices.RandomSymmetric(n, 84);
        var vectors = new double[n * n];
        var values = new Complex[n];
        var blockDiagonal = new double[n * n];
        _managed.EigenDecomp(true, n, a.ToColumnMajorArray(), vectors, values, blockDiagonal);
        var before = proxy.EigenCalls;

        var evd = a.Evd(Symmetricity.Symmetric);

        var tolerance = 2 * Tolerances.Eigenvalue(a);
        var expectedValues = values.Select(v => v.Real).ToArray();
        var expectedVectors = Matrix<double>.Build.Dense(n, n, vectors);
        Assert.Multiple(() =>
        {
            Assert.That(proxy.EigenCalls - before, Is.EqualTo(1));
            Assert.That(evd.EigenValues.Select(v => v.Real), Is.EqualTo(expectedValues).Within(tolerance));
            Assert.That(evd.EigenValues.Select(v => v.Imaginary), Has.All.EqualTo(0.0));
            Assert.That(evd.D, Is.EqualTo(Matrix<double>.Build.Dense(n, n, blockDiagonal)).Using<Matrix<double>>(
                (x, y) => (x - y).Enumerate().All(e => Math.Abs(e) <= tolerance)));
            Assert.That(evd.D.Enumerate().Count(e => e != 0.0), Is.LessThanOrEqualTo(n), "D is diagonal");

            // Eigenvectors are unique up to sign for distinct eigenvalues; their perturbation is ≤ ‖E‖/gap
            // (Davis–Kahan), with ‖E‖ ≤ Tolerances.Eigenvalue on each side.
            var gap = expectedValues.Zip(expectedValues.Skip(1), (x, y) => y - x).Min();
            for (var j = 0; j < n; j++)
            {
                var actual = evd.EigenVectors.Column(j);
                var expected = expectedVectors.Column(j);
                var sign = Math.Sign(actual.DotProduct(expected));
                Assert.That((actual * sign - expected).L2Norm(), Is.LessThanOrEqualTo(4 * tolerance / gap), $"eigenvector {j}");
            }
        });
    }

    [Test]
    public void SvdGoesThroughTheNativeBackendWithFullFactors(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind,
        [Values(9, 4)] int rows)
    {
        var proxy = Route(kind);
        const int columns = 6;
        var a = TestMatrices.Random(rows, columns, 85);
        var expected = TestBackends.Managed.SingularValues(a);
        var before = proxy.SvdCalls;

        var svd = a.Svd(computeVectors: true);
        var valuesOnly = a.Svd(computeVectors: false);

        var tolerance = 2 * Tolerances.SingularValue(a);
        var orthogonality = 8 * Math.Max(rows, columns) * Tolerances.Epsilon;
        Assert.Multiple(() =>
        {
            Assert.That(proxy.SvdCalls - before, Is.EqualTo(2));
            Assert.That(svd.S, Is.EqualTo(expected).Within(tolerance));
            Assert.That(valuesOnly.S, Is.EqualTo(expected).Within(tolerance));
            Assert.That(svd.U.RowCount, Is.EqualTo(rows));
            Assert.That(svd.U.ColumnCount, Is.EqualTo(rows));
            Assert.That(svd.VT.ColumnCount, Is.EqualTo(columns));
            Assert.That((svd.U * svd.W * svd.VT - a).FrobeniusNorm(), Is.LessThanOrEqualTo(tolerance));
            Assert.That((svd.U.TransposeThisAndMultiply(svd.U) - Matrix<double>.Build.DenseIdentity(rows)).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonality));
            Assert.That((svd.VT.TransposeAndMultiply(svd.VT) - Matrix<double>.Build.DenseIdentity(columns)).FrobeniusNorm(), Is.LessThanOrEqualTo(orthogonality));
        });
    }

    [Test]
    public void OtherOperationsStayManagedAndManagedBackendIsNotRouted(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var proxy = Route(kind);
        var spd = TestMatrices.RandomSpd(5, 86);
        var before = (proxy.GemmCalls, proxy.EigenCalls, proxy.SvdCalls);

        var inverse = spd.Inverse();
        var managed = TestBackends.Managed;
        managed.Gemm(false, false, 1, spd, spd, 0, Matrix<double>.Build.Dense(5, 5));
        managed.SymmetricEigen(spd);
        managed.Svd(spd);
        managed.SingularValues(spd);

        Assert.Multiple(() =>
        {
            Assert.That((proxy.GemmCalls, proxy.EigenCalls, proxy.SvdCalls), Is.EqualTo(before));
            Assert.That(inverse.Enumerate().All(double.IsFinite), Is.True);
            Assert.That(LinearAlgebraControl.Provider.ToString(), Does.Contain(proxy.Backend.Description.Name));
        });
    }

    private static MathNetRoutingProxy Route(BackendKind kind)
    {
        Backends.RouteMathNet(TestBackends.Require(kind));
        return (MathNetRoutingProxy)(object)LinearAlgebraControl.Provider;
    }
}

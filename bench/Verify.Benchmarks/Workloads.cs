using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// The benchmarked operations. Inputs are standard normal matrices from fixed seeds, identical for every backend
/// at a given size, so the outputs can be compared across backends.
/// </summary>
internal static class Workloads
{
    private const ulong Seed = 20190101;

    public static IReadOnlyList<Workload> Create(Sizes sizes)
    {
        var symmetric = new Lazy<Matrix<double>>(() => Symmetric(sizes.Eigen));
        var tall = new Lazy<Matrix<double>>(() => Gaussian(sizes.SvdRows, sizes.SvdColumns, Seed + 3));
        var eigenShape = $"{sizes.Eigen}x{sizes.Eigen}";
        var svdShape = $"{sizes.SvdRows}x{sizes.SvdColumns}";
        return
        [
            new("DGEMM", backend => Gemm(backend, backend.Description.Kind == BackendKind.Managed ? sizes.ManagedGemm : sizes.Gemm)),
            Decomposition("sym. eigen, values+vectors", eigenShape, symmetric, (b, a) => b.SymmetricEigen(a).Values),
            Decomposition("sym. eigen, values only", eigenShape, symmetric, (b, a) => b.SymmetricEigenvalues(a)),
            Decomposition("SVD, values only", svdShape, tall, (b, a) => b.SingularValues(a)),
            Decomposition("SVD, thin U S Vt", svdShape, tall, (b, a) => b.Svd(a).S),
        ];
    }

    private static Trial Gemm(ILinearAlgebraBackend backend, int n)
    {
        var a = Gaussian(n, n, Seed + 1);
        var b = Gaussian(n, n, Seed + 2);
        var c = Matrix<double>.Build.Dense(n, n);
        return new Trial(
            $"{n}x{n}",
            2.0 * n * n * (double)n,
            () => backend.Gemm(false, false, 1.0, a, b, 0.0, c),
            () => c.AsColumnMajorArray());
    }

    private static Workload Decomposition(
        string name, string shape, Lazy<Matrix<double>> input, Func<ILinearAlgebraBackend, Matrix<double>, double[]> operation) =>
        new(name, backend =>
        {
            double[] last = [];
            return new Trial(shape, null, () => last = operation(backend, input.Value), () => last);
        });

    private static Matrix<double> Gaussian(int rows, int columns, ulong seed) =>
        Matrix<double>.Build.Random(rows, columns, new Normal(0.0, 1.0, new Xoshiro256StarStar(seed)));

    /// <summary>(X + Xᵀ)/2: exactly symmetric, since floating-point addition commutes.</summary>
    private static Matrix<double> Symmetric(int n)
    {
        var x = Gaussian(n, n, Seed + 4);
        return (x + x.Transpose()) * 0.5;
    }
}

using System.Numerics;
using System.Reflection;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// <see cref="ILinearAlgebraBackend"/> on MathNet's managed algorithms. It holds its own
/// <see cref="ManagedLinearAlgebraProvider"/> and calls it directly, so it stays managed even after
/// <see cref="Backends.RouteMathNet"/> has pointed MathNet's global provider at a native library.
/// </summary>
internal sealed class ManagedBackend : ILinearAlgebraBackend
{
    private readonly ManagedLinearAlgebraProvider _provider = new();

    public BackendDescription Description { get; } = new(
        BackendKind.Managed,
        "MathNet.Numerics managed provider",
        null,
        "MathNet.Numerics " + (typeof(Matrix<double>).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"),
        Control.MaxDegreeOfParallelism);

    public int Threads
    {
        get => Control.MaxDegreeOfParallelism;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Control.MaxDegreeOfParallelism = value;
        }
    }

    public void Gemm(
        bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, Matrix<double> c)
    {
        MatrixArguments.GemmShape(transposeA, transposeB, a, b, c);
        Multiply(transposeA, transposeB, alpha, a, b, beta, MatrixArguments.DenseValues(c, nameof(c)));
    }

    /// <summary>
    /// MathNet's GEMM needs c of exactly m·n elements: a longer array gets the product in a scratch array, copied to its
    /// front (MathNet's managed GEMM allocates its own column copies of b anyway).
    /// </summary>
    public void Gemm(
        bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, double[] c)
    {
        var (m, n, _) = MatrixArguments.GemmShape(transposeA, transposeB, a, b, c);
        var length = m * n;
        var target = c.Length == length ? c : new double[length];
        if (beta != 0 && !ReferenceEquals(target, c))
        {
            Array.Copy(c, target, length);
        }

        Multiply(transposeA, transposeB, alpha, a, b, beta, target);
        if (!ReferenceEquals(target, c))
        {
            Array.Copy(target, c, length);
        }
    }

    /// <summary>The full product a·aᵀ by MathNet's GEMM into a scratch n×n matrix, then the lower triangle of c is updated.</summary>
    public void SymmetricRankK(double alpha, Matrix<double> a, double beta, Matrix<double> c)
    {
        var (n, k) = MatrixArguments.SymmetricRankKShape(a, c);
        var aValues = MatrixArguments.DenseValues(a, nameof(a));
        var cValues = MatrixArguments.DenseValues(c, nameof(c));
        var product = new double[n * n];
        _provider.MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.Transpose, alpha, aValues, n, k, aValues, n, k, 0.0, product);
        for (var j = 0; j < n; j++)
        {
            for (var i = j + (j * n); i < (j + 1) * n; i++)
            {
                cValues[i] = beta == 0 ? product[i] : product[i] + (beta * cValues[i]);
            }
        }
    }

    public double[] SymmetricEigenvalues(Matrix<double> a) =>
        Eigen(MatrixArguments.SymmetricValues(a, nameof(a), "SymmetricEigenvalues"), a.RowCount).Values;

    public double[] SmallestSymmetricEigenvalues(Matrix<double> a, int count)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "SmallestSymmetricEigenvalues");
        MatrixArguments.RequireCount(count, a.RowCount, nameof(count));
        return Eigen(values, a.RowCount).Values[..count];
    }

    public SymmetricEigenDecomposition SymmetricEigen(Matrix<double> a)
    {
        var (values, vectors) = Eigen(MatrixArguments.SymmetricValues(a, nameof(a), "SymmetricEigen"), a.RowCount);
        return new SymmetricEigenDecomposition(values, Matrix<double>.Build.Dense(a.RowCount, a.RowCount, vectors));
    }

    public double[] SingularValues(Matrix<double> a)
    {
        var values = MatrixArguments.FiniteValues(a, nameof(a), "SingularValues");
        return Math.Min(a.RowCount, a.ColumnCount) == 0
            ? []
            : ManagedSvd.Thin(_provider, values, a.RowCount, a.ColumnCount, computeVectors: false).S;
    }

    public SingularValueDecomposition Svd(Matrix<double> a)
    {
        var values = MatrixArguments.FiniteValues(a, nameof(a), "Svd");
        int m = a.RowCount, n = a.ColumnCount, k = Math.Min(m, n);
        if (k == 0)
        {
            return NativeBackend.Empty(m, n, full: false);
        }

        var (s, u, vt) = ManagedSvd.Thin(_provider, values, m, n, computeVectors: true);
        return new SingularValueDecomposition(Matrix<double>.Build.Dense(m, k, u!), s, Matrix<double>.Build.Dense(k, n, vt!));
    }

    public SingularValueDecomposition FullSvd(Matrix<double> a)
    {
        var values = MatrixArguments.FiniteValues(a, nameof(a), "FullSvd");
        int m = a.RowCount, n = a.ColumnCount;
        if (Math.Min(m, n) == 0)
        {
            return NativeBackend.Empty(m, n, full: true);
        }

        var (s, u, vt) = ManagedSvd.Full(_provider, (double[])values.Clone(), m, n);
        return new SingularValueDecomposition(Matrix<double>.Build.Dense(m, m, u), s, Matrix<double>.Build.Dense(n, n, vt));
    }

    public CholeskyResult Cholesky(Matrix<double> a)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "Cholesky");
        var n = a.RowCount;
        var factor = SymmetricStorage.MirrorLower(values, n);
        try
        {
            _provider.CholeskyFactor(factor, n);
        }
        catch (ArgumentException)
        {
            // MathNet does not say where it broke down: factor again with the same algorithm to find the minor.
            factor = SymmetricStorage.MirrorLower(values, n);
            var failedMinor = ManagedCholesky.FactorLower(factor, n);
            if (failedMinor > 0)
            {
                return CholeskyResult.Failure(failedMinor);
            }
        }

        SymmetricStorage.ClearUpper(factor, n);
        return CholeskyResult.Success(Matrix<double>.Build.Dense(n, n, factor));
    }

    /// <summary>MathNet's symmetric eigensolver (Householder tridiagonalisation + implicit QL, sorted ascending).</summary>
    private (double[] Values, double[] Vectors) Eigen(double[] values, int n)
    {
        if (n == 0)
        {
            return ([], []);
        }

        var vectors = new double[n * n];
        var complexValues = new Complex[n];
        var blockDiagonal = new double[n * n];
        _provider.EigenDecomp(true, n, SymmetricStorage.MirrorLower(values, n), vectors, complexValues, blockDiagonal);
        var real = new double[n];
        for (var i = 0; i < n; i++)
        {
            real[i] = complexValues[i].Real;
        }

        return (real, vectors);
    }

    /// <summary>c ← alpha·op(a)·op(b) + beta·c by MathNet's managed GEMM; c holds exactly m·n elements (shapes checked by the caller).</summary>
    private void Multiply(bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, double[] c) =>
        _provider.MatrixMultiplyWithUpdate(
            transposeA ? Transpose.Transpose : Transpose.DontTranspose,
            transposeB ? Transpose.Transpose : Transpose.DontTranspose,
            alpha,
            MatrixArguments.DenseValues(a, nameof(a)),
            a.RowCount,
            a.ColumnCount,
            MatrixArguments.DenseValues(b, nameof(b)),
            b.RowCount,
            b.ColumnCount,
            beta,
            c);
}

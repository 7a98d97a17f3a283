using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics;

/// <summary>
/// <see cref="ILinearAlgebraBackend"/> over a native BLAS/LAPACK (MKL or OpenBLAS). MathNet's column-major storage
/// goes to GEMM as is (pinned, not copied); LAPACK routines that destroy their input work on a copy.
/// </summary>
internal sealed unsafe class NativeBackend(BackendDescription description, NativeLapack lapack, NativeThreads threads) : ILinearAlgebraBackend
{
    public BackendDescription Description { get; } = description;

    public int Threads
    {
        get => threads.Get();
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            threads.Set(value);
        }
    }

    internal NativeLapack Lapack { get; } = lapack;

    public void Gemm(
        bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, Matrix<double> c)
    {
        var (m, n, k) = MatrixArguments.GemmShape(transposeA, transposeB, a, b, c);
        fixed (double* pa = MatrixArguments.DenseValues(a, nameof(a)))
        fixed (double* pb = MatrixArguments.DenseValues(b, nameof(b)))
        fixed (double* pc = MatrixArguments.DenseValues(c, nameof(c)))
        {
            Lapack.Dgemm(
                transposeA, transposeB, m, n, k, alpha, pa, Math.Max(1, a.RowCount), pb, Math.Max(1, b.RowCount),
                beta, pc, Math.Max(1, m));
        }
    }

    public void Gemm(
        bool transposeA, bool transposeB, double alpha, Matrix<double> a, Matrix<double> b, double beta, double[] c)
    {
        var (m, n, k) = MatrixArguments.GemmShape(transposeA, transposeB, a, b, c);
        fixed (double* pa = MatrixArguments.DenseValues(a, nameof(a)))
        fixed (double* pb = MatrixArguments.DenseValues(b, nameof(b)))
        fixed (double* pc = c)
        {
            Lapack.Dgemm(
                transposeA, transposeB, m, n, k, alpha, pa, Math.Max(1, a.RowCount), pb, Math.Max(1, b.RowCount),
                beta, pc, Math.Max(1, m));
        }
    }

    public void SymmetricRankK(double alpha, Matrix<double> a, double beta, Matrix<double> c)
    {
        var (n, k) = MatrixArguments.SymmetricRankKShape(a, c);
        fixed (double* pa = MatrixArguments.DenseValues(a, nameof(a)))
        fixed (double* pc = MatrixArguments.DenseValues(c, nameof(c)))
        {
            Lapack.Dsyrk(n, k, alpha, pa, Math.Max(1, n), beta, pc, Math.Max(1, n));
        }
    }

    public double[] SymmetricEigenvalues(Matrix<double> a)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "SymmetricEigenvalues");
        return Eigenvalues(values, a.RowCount, 'A', a.RowCount);
    }

    public double[] SmallestSymmetricEigenvalues(Matrix<double> a, int count)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "SmallestSymmetricEigenvalues");
        MatrixArguments.RequireCount(count, a.RowCount, nameof(count));
        return Eigenvalues(values, a.RowCount, 'I', count);
    }

    public SymmetricEigenDecomposition SymmetricEigen(Matrix<double> a)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "SymmetricEigen");
        var n = a.RowCount;
        var w = new double[n];
        if (n == 0)
        {
            return new SymmetricEigenDecomposition(w, Matrix<double>.Build.Dense(0, 0));
        }

        if (Lapack.HasDsyevd)
        {
            var vectors = (double[])values.Clone();
            fixed (double* pv = vectors)
            fixed (double* pw = w)
            {
                Lapack.Dsyevd('V', n, pv, n, pw);
            }

            return new SymmetricEigenDecomposition(w, Matrix<double>.Build.Dense(n, n, vectors));
        }

        var work = (double[])values.Clone();
        var z = new double[n * n];
        fixed (double* pa = work)
        fixed (double* pw = w)
        fixed (double* pz = z)
        {
            Lapack.Dsyevr('V', 'A', n, pa, n, 0, 0, pw, pz, n);
        }

        return new SymmetricEigenDecomposition(w, Matrix<double>.Build.Dense(n, n, z));
    }

    public double[] SingularValues(Matrix<double> a)
    {
        var values = MatrixArguments.FiniteValues(a, nameof(a), "SingularValues");
        int m = a.RowCount, n = a.ColumnCount;
        var s = new double[Math.Min(m, n)];
        if (s.Length == 0)
        {
            return s;
        }

        var work = (double[])values.Clone();
        double unused = 0;
        fixed (double* pa = work)
        fixed (double* ps = s)
        {
            Lapack.Dgesdd('N', m, n, pa, m, ps, &unused, 1, &unused, 1);
        }

        return s;
    }

    public SingularValueDecomposition Svd(Matrix<double> a) => Decompose(a, full: false);

    public SingularValueDecomposition FullSvd(Matrix<double> a) => Decompose(a, full: true);

    public CholeskyResult Cholesky(Matrix<double> a)
    {
        var values = MatrixArguments.SymmetricValues(a, nameof(a), "Cholesky");
        var n = a.RowCount;
        var factor = (double[])values.Clone();
        int info;
        fixed (double* pf = factor)
        {
            info = n == 0 ? 0 : Lapack.Dpotrf(n, pf, n);
        }

        if (info > 0)
        {
            return CholeskyResult.Failure(info);
        }

        for (var j = 1; j < n; j++)
        {
            Array.Clear(factor, j * n, j);
        }

        return CholeskyResult.Success(Matrix<double>.Build.Dense(n, n, factor));
    }

    private double[] Eigenvalues(double[] values, int n, char range, int count)
    {
        var w = new double[n];
        if (count == 0)
        {
            return [];
        }

        var work = (double[])values.Clone();
        double unused = 0;
        int found;
        fixed (double* pa = work)
        fixed (double* pw = w)
        {
            found = Lapack.Dsyevr('N', range, n, pa, n, 1, count, pw, &unused, 1);
        }

        if (found != count)
        {
            throw new LapackException(
                "dsyevr", 0, $"dsyevr returned {found} eigenvalues where {count} were requested.");
        }

        return found == n ? w : w[..found];
    }

    private SingularValueDecomposition Decompose(Matrix<double> a, bool full)
    {
        var values = MatrixArguments.FiniteValues(a, nameof(a), full ? "FullSvd" : "Svd");
        int m = a.RowCount, n = a.ColumnCount, k = Math.Min(m, n);
        int uColumns = full ? m : k, vtRows = full ? n : k;
        var s = new double[k];
        var u = new double[m * uColumns];
        var vt = new double[vtRows * n];
        if (k == 0)
        {
            return Empty(m, n, full);
        }

        var work = (double[])values.Clone();
        fixed (double* pa = work)
        fixed (double* ps = s)
        fixed (double* pu = u)
        fixed (double* pvt = vt)
        {
            Lapack.Dgesdd(full ? 'A' : 'S', m, n, pa, m, ps, pu, m, pvt, vtRows);
        }

        return new SingularValueDecomposition(
            Matrix<double>.Build.Dense(m, uColumns, u), s, Matrix<double>.Build.Dense(vtRows, n, vt));
    }

    /// <summary>The SVD of an m×0 or 0×n matrix: no singular values; the full form has identity U and Vᵀ.</summary>
    internal static SingularValueDecomposition Empty(int m, int n, bool full) => full
        ? new SingularValueDecomposition(
            Matrix<double>.Build.DenseIdentity(m), [], Matrix<double>.Build.DenseIdentity(n))
        : new SingularValueDecomposition(Matrix<double>.Build.Dense(m, 0), [], Matrix<double>.Build.Dense(0, n));
}

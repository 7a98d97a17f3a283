using System.Runtime.InteropServices;

namespace Verify.Numerics;

/// <summary>
/// The BLAS/LAPACK entry points Verify uses, bound by function pointer from one loaded library (MKL or OpenBLAS).
/// LP64: Fortran INTEGER is 32-bit. Fortran routines take every argument by pointer plus one hidden length
/// (size_t) per CHARACTER argument, appended at the end; we pass 1 for each. Work arrays are sized by LAPACK's
/// own workspace query (LWORK = -1), never below the documented minimum.
/// </summary>
internal sealed unsafe class NativeLapack
{
    private const int CblasColMajor = 102;
    private const int CblasNoTrans = 111;
    private const int CblasTrans = 112;
    private const int CblasLower = 122;

    private readonly delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> _dgemm;
    private readonly delegate* unmanaged<int, int, int, int, int, double, double*, int, double, double*, int, void> _dsyrk;
    private readonly delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void> _dsyevr;
    private readonly delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void> _dsyevd;
    private readonly delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void> _dgesdd;
    private readonly delegate* unmanaged<byte*, int*, double*, int*, int*, nuint, void> _dpotrf;

    private NativeLapack(IntPtr library)
    {
        _dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)Require(library, "cblas_dgemm");
        _dsyrk = (delegate* unmanaged<int, int, int, int, int, double, double*, int, double, double*, int, void>)Require(library, "cblas_dsyrk");
        _dsyevr = (delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void>)Require(library, "dsyevr_");
        _dsyevd = NativeLibrary.TryGetExport(library, "dsyevd_", out var dsyevd)
            ? (delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void>)dsyevd
            : null;
        _dgesdd = (delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void>)Require(library, "dgesdd_");
        _dpotrf = (delegate* unmanaged<byte*, int*, double*, int*, int*, nuint, void>)Require(library, "dpotrf_");

        // ABSTOL for dsyevr = DLAMCH('S'), the safe minimum: LAPACK's documented choice for the most accurate
        // eigenvalues when bisection (DSTEBZ) is used, i.e. for a subset (RANGE='I'). With RANGE='A' dsyevr uses
        // DSTERF/DSTEMR and ignores ABSTOL.
        var dlamch = (delegate* unmanaged<byte*, nuint, double>)Require(library, "dlamch_");
        byte safeMinimum = (byte)'S';
        SafeMinimum = dlamch(&safeMinimum, 1);
    }

    /// <summary>DLAMCH('S') of this library, used as dsyevr's ABSTOL.</summary>
    public double SafeMinimum { get; }

    /// <summary>True when the library exports <c>dsyevd_</c> (divide and conquer); else eigenvectors come from dsyevr.</summary>
    public bool HasDsyevd => _dsyevd != null;

    /// <summary>Binds the entry points; throws <see cref="EntryPointNotFoundException"/> naming a missing symbol.</summary>
    public static NativeLapack Bind(IntPtr library) => new(library);

    /// <summary>Column-major <c>cblas_dgemm</c>.</summary>
    public void Dgemm(
        bool transposeA, bool transposeB, int m, int n, int k, double alpha, double* a, int lda, double* b, int ldb,
        double beta, double* c, int ldc)
    {
        _dgemm(
            CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /// <summary>Column-major <c>cblas_dsyrk</c> on the lower triangle, not transposed: C ← alpha·A·Aᵀ + beta·C.</summary>
    public void Dsyrk(int n, int k, double alpha, double* a, int lda, double beta, double* c, int ldc) =>
        _dsyrk(CblasColMajor, CblasLower, CblasNoTrans, n, k, alpha, a, lda, beta, c, ldc);

    /// <summary>
    /// dsyevr on the lower triangle of A (destroyed). RANGE 'A' (all) or 'I' (indices il..iu, 1-based). Returns M,
    /// the number of eigenvalues found, in W ascending; with JOBZ='V' their eigenvectors go to Z (ldz ≥ n).
    /// </summary>
    public int Dsyevr(char jobz, char range, int n, double* a, int lda, int il, int iu, double* w, double* z, int ldz)
    {
        byte jobzChar = (byte)jobz, rangeChar = (byte)range, uplo = (byte)'L';
        double vl = 0, vu = 0, abstol = SafeMinimum, workQuery = 0;
        int found = 0, info = 0, lwork = -1, liwork = -1, iworkQuery = 0;
        var isuppz = new int[2 * Math.Max(1, n)];
        fixed (int* pIsuppz = isuppz)
        {
            _dsyevr(&jobzChar, &rangeChar, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &found, w, z, &ldz,
                pIsuppz, &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1, 1);
            LapackRoutine.Dsyevr.ThrowIfFailed(info);
            lwork = Math.Max(WorkspaceSize(workQuery), 26 * Math.Max(1, n));
            liwork = Math.Max(iworkQuery, 10 * Math.Max(1, n));
            var work = GC.AllocateUninitializedArray<double>(lwork);
            var iwork = GC.AllocateUninitializedArray<int>(liwork);
            fixed (double* pWork = work)
            fixed (int* pIwork = iwork)
            {
                _dsyevr(&jobzChar, &rangeChar, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &found, w, z, &ldz,
                    pIsuppz, pWork, &lwork, pIwork, &liwork, &info, 1, 1, 1);
            }
        }

        LapackRoutine.Dsyevr.ThrowIfFailed(info);
        return found;
    }

    /// <summary>dsyevr's optimal LWORK for an n×n problem (JOBZ='V', RANGE='A'), from a workspace query.</summary>
    public int DsyevrOptimalWorkspace(int n)
    {
        byte jobzChar = (byte)'V', rangeChar = (byte)'A', uplo = (byte)'L';
        double vl = 0, vu = 0, abstol = SafeMinimum, workQuery = 0, unused = 0;
        int found = 0, info = 0, lwork = -1, liwork = -1, iworkQuery = 0, il = 1, iu = n, isuppz = 0;
        var lda = Math.Max(1, n);
        _dsyevr(&jobzChar, &rangeChar, &uplo, &n, &unused, &lda, &vl, &vu, &il, &iu, &abstol, &found, &unused, &unused,
            &lda, &isuppz, &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1, 1);
        LapackRoutine.Dsyevr.ThrowIfFailed(info);
        return WorkspaceSize(workQuery);
    }

    /// <summary>dsyevd on the lower triangle of A; with JOBZ='V' A is overwritten by the eigenvectors.</summary>
    public void Dsyevd(char jobz, int n, double* a, int lda, double* w)
    {
        if (_dsyevd == null)
        {
            throw new InvalidOperationException("This library does not export dsyevd_.");
        }

        byte jobzChar = (byte)jobz, uplo = (byte)'L';
        double workQuery = 0;
        int info = 0, lwork = -1, liwork = -1, iworkQuery = 0;
        _dsyevd(&jobzChar, &uplo, &n, a, &lda, w, &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1);
        LapackRoutine.Dsyevd.ThrowIfFailed(info);
        var wantVectors = jobz == 'V';
        lwork = Math.Max(WorkspaceSize(workQuery), Clamp(wantVectors ? 1 + (6L * n) + (2L * n * n) : (2L * n) + 1));
        liwork = Math.Max(iworkQuery, wantVectors ? 3 + (5 * n) : 1);
        var work = GC.AllocateUninitializedArray<double>(lwork);
        var iwork = GC.AllocateUninitializedArray<int>(liwork);
        fixed (double* pWork = work)
        fixed (int* pIwork = iwork)
        {
            _dsyevd(&jobzChar, &uplo, &n, a, &lda, w, pWork, &lwork, pIwork, &liwork, &info, 1, 1);
        }

        LapackRoutine.Dsyevd.ThrowIfFailed(info);
    }

    /// <summary>dgesdd: JOBZ 'N' (values only), 'S' (thin U, Vᵀ) or 'A' (full U, Vᵀ). A is destroyed.</summary>
    public void Dgesdd(char jobz, int m, int n, double* a, int lda, double* s, double* u, int ldu, double* vt, int ldvt)
    {
        byte jobzChar = (byte)jobz;
        double workQuery = 0;
        int info = 0, lwork = -1;
        var minMn = Math.Min(m, n);
        var maxMn = Math.Max(m, n);
        var iwork = GC.AllocateUninitializedArray<int>(8 * Math.Max(1, minMn));
        fixed (int* pIwork = iwork)
        {
            _dgesdd(&jobzChar, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, &workQuery, &lwork, pIwork, &info, 1);
            LapackRoutine.Dgesdd.ThrowIfFailed(info);

            // Documented minimum (LAPACK ≥ 3.7) as a floor, because some implementations' queries under-report.
            var minimum = jobz == 'N'
                ? (3L * minMn) + Math.Max(maxMn, 7L * minMn)
                : (4L * minMn * minMn) + (7L * minMn) + maxMn;
            lwork = Math.Max(WorkspaceSize(workQuery), Math.Max(1, Clamp(minimum)));
            var work = GC.AllocateUninitializedArray<double>(lwork);
            fixed (double* pWork = work)
            {
                _dgesdd(&jobzChar, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, pWork, &lwork, pIwork, &info, 1);
            }
        }

        LapackRoutine.Dgesdd.ThrowIfFailed(info);
    }

    /// <summary>dpotrf with UPLO='L'. Returns INFO: 0, or k &gt; 0 when the leading minor of order k is not positive definite.</summary>
    public int Dpotrf(int n, double* a, int lda)
    {
        byte uplo = (byte)'L';
        var info = 0;
        _dpotrf(&uplo, &n, a, &lda, &info, 1);
        LapackRoutine.Dpotrf.ThrowIfIllegalArgument(info);
        return info;
    }

    private static int WorkspaceSize(double query) =>
        query >= int.MaxValue ? int.MaxValue : Math.Max(1, (int)Math.Ceiling(query));

    private static int Clamp(long size) => (int)Math.Min(size, int.MaxValue);

    private static IntPtr Require(IntPtr library, string symbol) =>
        NativeLibrary.TryGetExport(library, symbol, out var address)
            ? address
            : throw new EntryPointNotFoundException($"The library does not export '{symbol}'.");
}

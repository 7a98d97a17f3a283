using NUnit.Framework;

namespace Verify.Numerics.Tests;

/// <summary>
/// MKL and OpenBLAS in one process: libmkl_rt puts MKL's LAPACK symbols into the global scope, so an OpenBLAS
/// loaded without RTLD_DEEPBIND silently runs MKL's ilaenv_, dsytrd_, dgebrd_… inside its own dsyevr_/dgesdd_.
/// </summary>
public sealed class LibraryIsolationTests
{
    [Test]
    public void OpenBlasLapackUsesItsOwnHelpersAfterMklIsLoaded()
    {
        TestBackends.Require(BackendKind.Mkl);
        var openBlas = (NativeBackend)TestBackends.Require(BackendKind.OpenBlas);
        const int n = 100;

        // Reference LAPACK (bundled in OpenBLAS 0.3.21): dsyevr's optimal LWORK is max(26n, (NB+1)·n) with
        // NB = ILAENV(1, 'DSYTRD') = 32, i.e. 33n. Measured: with MKL's ilaenv_ interposed the query gives 26n.
        Assert.That(openBlas.Lapack.DsyevrOptimalWorkspace(n), Is.EqualTo(33 * n));
    }
}

namespace Verify.Numerics;

/// <summary>A linear-algebra implementation that Verify can run on.</summary>
public enum BackendKind
{
    /// <summary>Intel MKL through <c>libmkl_rt.so</c> (Debian <c>libmkl-rt</c>).</summary>
    Mkl,

    /// <summary>OpenBLAS through <c>libopenblas.so.0</c> (Debian <c>libopenblas0-pthread</c>).</summary>
    OpenBlas,

    /// <summary>MathNet.Numerics' managed provider (always available, slow).</summary>
    Managed,
}

namespace Verify.Numerics;

/// <summary>What the user asked for: a specific backend, or <see cref="Auto"/> (MKL, then OpenBLAS, then managed).</summary>
public enum BackendChoice
{
    /// <summary>The <c>VERIFY_BACKEND</c> environment variable if set, else the best backend that loads.</summary>
    Auto,

    /// <summary>Force Intel MKL.</summary>
    Mkl,

    /// <summary>Force OpenBLAS.</summary>
    OpenBlas,

    /// <summary>Force MathNet's managed provider.</summary>
    Managed,
}

namespace Verify.Numerics;

/// <summary>A BLAS/LAPACK routine reported an error: an illegal argument (<c>info &lt; 0</c>) or no convergence (<c>info &gt; 0</c>).</summary>
public sealed class LapackException : Exception
{
    public LapackException()
    {
    }

    public LapackException(string message)
        : base(message)
    {
    }

    public LapackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LapackException(string routine, int info, string message)
        : base(message)
    {
        Routine = routine;
        Info = info;
    }

    /// <summary>The LAPACK routine, e.g. <c>dsyevr</c>.</summary>
    public string Routine { get; } = "";

    /// <summary>The routine's <c>INFO</c> output.</summary>
    public int Info { get; }
}

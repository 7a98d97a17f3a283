namespace Verify.Symbolic;

/// <summary>Thrown when a Z3 session is requested but Z3's native library could not be loaded.</summary>
public sealed class Z3UnavailableException : Exception
{
    public Z3UnavailableException(string message)
        : base(message)
    {
    }
}

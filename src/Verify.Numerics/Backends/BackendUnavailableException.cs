namespace Verify.Numerics;

/// <summary>A backend that was asked for cannot be loaded; the message names the package to install.</summary>
public sealed class BackendUnavailableException : Exception
{
    public BackendUnavailableException()
    {
    }

    public BackendUnavailableException(string message)
        : base(message)
    {
    }

    public BackendUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BackendUnavailableException(BackendKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>The backend that could not be loaded, when known.</summary>
    public BackendKind? Kind { get; }
}

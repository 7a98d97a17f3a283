namespace Verify.Numerics;

/// <summary>The outcome of trying to load one backend: its description, or an error that says what failed and what to install.</summary>
/// <param name="Kind">The backend kind probed.</param>
/// <param name="Description">The description when it loaded, else null.</param>
/// <param name="Error">Why it did not load and how to fix it, else null.</param>
public sealed record BackendProbe(BackendKind Kind, BackendDescription? Description, string? Error)
{
    /// <summary>True when the backend loaded.</summary>
    public bool IsAvailable => Description is not null;
}

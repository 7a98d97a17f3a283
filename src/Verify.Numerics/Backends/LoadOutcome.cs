namespace Verify.Numerics;

/// <summary>The cached result of loading one backend kind: the backend, or the reason it is unavailable.</summary>
internal sealed record LoadOutcome(BackendKind Kind, ILinearAlgebraBackend? Backend, string? Error)
{
    public static LoadOutcome Of(BackendKind kind, Func<ILinearAlgebraBackend> load)
    {
        try
        {
            return new LoadOutcome(kind, load(), null);
        }
        catch (BackendUnavailableException e)
        {
            return new LoadOutcome(kind, null, e.Message);
        }
    }

    /// <summary>The backend, or a fresh <see cref="BackendUnavailableException"/> carrying the cached reason.</summary>
    public ILinearAlgebraBackend Require() =>
        Backend ?? throw new BackendUnavailableException(Kind, Error ?? $"{Kind} is not available.");

    public BackendProbe ToProbe() => new(Kind, Backend?.Description, Error);
}

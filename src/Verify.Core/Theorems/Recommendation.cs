namespace Verify.Core;

/// <summary>
/// What to change in a user's setup for a tier of hypotheses to hold, e.g. the smallest width or the
/// largest step size, with how it was established (closed form confirmed by Z3, bisection, …).
/// <see cref="Value"/> is null when no value can fix it (e.g. parallel inputs).
/// </summary>
public sealed record Recommendation(string Id, string Statement, double? Value, string Note)
{
    /// <summary>Whether the setup already meets it (shown as such, so that only real changes read as changes).</summary>
    public bool AlreadyHolds { get; init; }
}

/// <summary>A theorem that was not checked against a setup, and why (e.g. a different architecture).</summary>
public sealed record SkippedTheorem(string Id, string Title, string Reason);

/// <summary>Progress of long work inside an instance (e.g. training), for a progress bar or periodic log lines.</summary>
public sealed record ProgressUpdate(string Task, int Step, int Total, string Detail);

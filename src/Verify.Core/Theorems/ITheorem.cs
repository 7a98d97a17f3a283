namespace Verify.Core;

/// <summary>Who, what and where: the paper a theorem module encodes and every check it declares.</summary>
public sealed record TheoremInfo(
    string Id,
    string Title,
    string Citation,
    string Summary,
    IReadOnlyList<CheckSpec> Checks)
{
    /// <summary>
    /// What a Pass of this theorem rests on, in one or two sentences shown next to its verdict: whose premises held
    /// (the paper's [V], or our derived chain [D]) and what it does not mean, so a Pass is never read as more.
    /// </summary>
    public string? PassMeans { get; init; }
}

/// <summary>A theorem module: the paper's statement as checks, and the scenarios (configurations) it runs.</summary>
public interface ITheorem
{
    TheoremInfo Info { get; }

    /// <summary>The configurations to run (e.g. an in-scope regression case and the paper's experiment).</summary>
    IReadOnlyList<Scenario> Scenarios(RunOptions options);
}

/// <summary>
/// One configuration of a theorem. <see cref="Draw"/> builds an instance from its seed; the runner draws
/// <see cref="DefaultInstances"/> of them unless the options say otherwise.
/// </summary>
public sealed record Scenario(
    string Id,
    string Description,
    int DefaultInstances,
    Func<InstanceContext, ITheoremInstance> Draw)
{
    /// <summary>
    /// The sweep this scenario is a point of (e.g. family "paper-fig1", axis "m"), or null when it is not part of
    /// one. Its instances must report the axis as a numeric <see cref="Parameter"/>.
    /// </summary>
    public SweepDeclaration? Sweep { get; init; }
}

/// <summary>What an instance is given: its seed and index, the run options, a cancellation token and a progress sink.</summary>
public sealed record InstanceContext(ulong Seed, int Index, RunOptions Options, CancellationToken Cancellation, IProgress<ProgressUpdate>? Progress = null)
{
    /// <summary>The instance's random generator (xoshiro256**, seeded from <see cref="Seed"/>).</summary>
    public Xoshiro256StarStar CreateRandom() => new(Seed);
}

/// <summary>
/// One drawn instance. The runner evaluates <see cref="Hypotheses"/> first, then <see cref="Outcomes"/>
/// (conclusions and invariants, usually after training) whatever the hypotheses said.
/// </summary>
public interface ITheoremInstance
{
    /// <summary>The instance's parameters for the report (n, d, m, η …), in the order shown.</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    IEnumerable<Check> Hypotheses();

    IEnumerable<Check> Outcomes();
}

using System.Text.Json.Serialization;

namespace Verify.Core;

/// <summary>A whole run: how it was asked for, where it ran and what each theorem gave. This is what report.json holds.</summary>
public sealed record RunReport(EnvironmentInfo Environment, IReadOnlyList<TheoremReport> Theorems)
{
    /// <summary>The version of report.json's shape (<see cref="ReportJson.CurrentSchemaVersion"/>), first in the file.</summary>
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; init; } = ReportJson.CurrentSchemaVersion;

    /// <summary>The command line and the options it resolved to; null for a report made in code.</summary>
    [JsonPropertyOrder(-1)]
    public Invocation? Invocation { get; init; }

    /// <summary>The process's peak working set (bytes) when the report was made, or null; per instance see <see cref="InstanceResources"/>.</summary>
    public long? PeakWorkingSetBytes { get; init; }

    /// <summary>The run's verdict over all theorems (see <see cref="Scope.Combine"/>).</summary>
    public Verdict Verdict => Scope.Combine(Theorems.Select(t => t.Verdict));

    /// <summary>`verify check`: the theorems whose model does not match the setup, with the reason.</summary>
    public IReadOnlyList<SkippedTheorem> Skipped { get; init; } = [];

    /// <summary>`verify check`: the training observed when no theorem that trains covers the setup; null otherwise.</summary>
    public ObservedTraining? Training { get; init; }
}

/// <summary>Where and how a run happened, for reproduction.</summary>
public sealed record EnvironmentInfo(
    string Backend,
    string BackendVersion,
    string? BackendLibrary,
    int BackendThreads,
    string Z3Version,
    string OperatingSystem,
    string Cpu,
    string Runtime,
    string GitCommit,
    ulong MasterSeed,
    DateTimeOffset Timestamp,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How many instances ran at once (`verify run --jobs`), each with <see cref="BackendThreads"/> threads.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Verify's version (the assembly's informational version without the commit, which is <see cref="GitCommit"/>).</summary>
    public string ToolVersion { get; init; } = "unknown";
}

/// <summary>One theorem's result over all its scenarios and instances.</summary>
public sealed record TheoremReport(
    string Id,
    string Title,
    string Citation,
    Verdict Verdict,
    IReadOnlyList<ScenarioSummary> Scenarios,
    IReadOnlyList<InstanceReport> Instances)
{
    /// <summary>`verify check`: what to change in the setup for each tier to hold.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    /// <summary>What a Pass rests on (<see cref="TheoremInfo.PassMeans"/>).</summary>
    public string? PassMeans { get; init; }
}

/// <summary>
/// A scenario's instances: how many were drawn and in scope, with the exact 95% interval of the in-scope
/// probability (an estimate of the 1 − δ the theorem promises), and in how many every conclusion was
/// observed to hold, in scope or not (the practice side of "theory vs practice").
/// </summary>
public sealed record ScenarioSummary(
    string Id,
    string Description,
    int Instances,
    int InScope,
    int ConclusionsHeld,
    double InScopeLower,
    double InScopeUpper,
    Verdict Verdict)
{
    /// <summary>The sweep the scenario declared itself a point of (<see cref="Scenario.Sweep"/>), or null.</summary>
    public SweepDeclaration? Sweep { get; init; }
}

/// <summary>One drawn instance and every check on it.</summary>
public sealed record InstanceReport(
    string Scenario,
    int Index,
    ulong Seed,
    bool? InScope,
    Verdict Verdict,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyList<CheckReport> Hypotheses,
    IReadOnlyList<CheckReport> Conclusions,
    IReadOnlyList<CheckReport> Invariants,
    string? Note)
{
    /// <summary>The theorem's deterministic chain on this instance (<see cref="IExplainsChain"/>), or empty.</summary>
    public IReadOnlyList<ChainStep> Chain { get; init; } = [];

    /// <summary>The instance's wall time and managed allocation (<see cref="InstanceResources"/>); null when not measured.</summary>
    public InstanceResources? Resources { get; init; }
}

/// <summary>One evaluated check: its declaration and its evidence, flattened for the report.</summary>
public sealed record CheckReport(
    string Id,
    Tier? Tier,
    string Statement,
    string PaperReference,
    Provenance Provenance,
    double Value,
    Relation Relation,
    double Bound,
    double Margin,
    Verdict Verdict,
    string? Note,
    Figure? Figure)
{
    /// <summary>What <see cref="Value"/> measures (<see cref="CheckSpec.ValueName"/>), or null.</summary>
    public string? ValueName { get; init; }

    /// <summary>The theory's scaling of <see cref="Value"/> (<see cref="CheckSpec.Scaling"/>), or null.</summary>
    public TheoryScaling? Scaling { get; init; }

    public static CheckReport From(CheckSpec spec, Evidence evidence) => new(
        spec.Id,
        spec.Tier,
        spec.Statement,
        spec.PaperReference,
        spec.Provenance,
        evidence.Value,
        evidence.Relation,
        evidence.Bound,
        evidence.Margin,
        evidence.Verdict,
        evidence.Note,
        evidence.Figure)
    {
        ValueName = spec.ValueName,
        Scaling = spec.Scaling,
    };
}

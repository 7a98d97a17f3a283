using System.Text.Json.Serialization;

namespace Verify.Core;

/// <summary>
/// One parameter of an instance as the report shows it (n, m, η …): its <see cref="Name"/>, its number
/// <see cref="Value"/> when it is one, and its <see cref="Text"/> as shown ("1000", "0.5", "λ₀/(4n²)").
/// Numbers are written by <see cref="NumberFormat"/>; a parameter that is only text
/// ("λ₀/(4n²)", "not computed") has no value. Readers of the report take numbers from <see cref="Value"/>,
/// never by parsing <see cref="Text"/>. report.json keys it by <see cref="Key"/>, the name in ASCII ("λ₀" → "lambda0").
/// </summary>
public sealed record Parameter(string Name, double? Value, string Text)
{
    /// <summary>The name in ASCII (<see cref="AsciiKey"/>), for readers of report.json; <see cref="Name"/> is for display.</summary>
    [JsonPropertyOrder(-1)]
    public string Key => AsciiKey.From(Name);

    /// <summary>
    /// The name of the parameter a training instance reports for sweeps' phase diagrams: ‖F_L(K) − Y‖²/‖F_L(0) − Y‖² at the
    /// last step (the diverged step's value when the run diverged).
    /// </summary>
    public const string FinalLossRatio = "final loss ratio";

    /// <summary>A numeric parameter, shown as its value formatted invariantly (<see cref="NumberFormat"/>: 1000, 0.5, 1e6).</summary>
    public static Parameter Number(string name, double value) => new(name, value, NumberFormat.Text(value));

    /// <summary>A parameter that is only text ("λ₀/(4n²)", "not computed"): no number.</summary>
    public static Parameter TextOnly(string name, string text) => new(name, null, text);
}

/// <summary>
/// A scenario's place in a sweep: the scenarios that declare the same <see cref="Family"/> form one sweep
/// over the numeric parameter named <see cref="Axis"/> (e.g. family "paper-fig1", axis "m"), whose value
/// each instance reports among its <see cref="ITheoremInstance.Parameters"/>.
/// </summary>
public sealed record SweepDeclaration(string Family, string Axis)
{
    /// <summary>Said with the sweep's figures: e.g. which figure of the paper it reproduces and what differs; null when nothing.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Names of numeric instance parameters on the sweep's axis (e.g. a baseline's required width) marked on the sweep's
    /// scalar figures as vertical lines at their median over the sweep's instances, when within the axis' range (named in
    /// the caption either way).
    /// </summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>
    /// Names of numeric instance parameters that are measurements, not checks (no verdict: e.g. "converged (1 = yes)",
    /// a kernel drift), tabulated per point of the sweep: a yes/no measurement (every value 0 or 1) as the fraction of
    /// instances with its Clopper–Pearson interval, any other as the median over the instances that report it as a number
    /// (a text-only value, such as "not recorded: not converged", is counted as not reported).
    /// </summary>
    public IReadOnlyList<string> Measured { get; init; } = [];

    /// <summary>The members of <see cref="Measured"/> also drawn against the axis, one small figure each.</summary>
    public IReadOnlyList<string> Drawn { get; init; } = [];

    /// <summary>
    /// The members of <see cref="Measured"/> that are yes/no (1 = yes, 0 = no): summarised as the fraction of ones with its
    /// Clopper–Pearson interval; every other measurement as a median (declared, never guessed from values that happen to be 0 or 1).
    /// </summary>
    public IReadOnlyList<string> YesNo { get; init; } = [];

    /// <summary>Equal declarations have equal members, the lists compared element by element (not by reference).</summary>
    public bool Equals(SweepDeclaration? other) => other is not null && Family == other.Family && Axis == other.Axis && Note == other.Note
        && Markers.SequenceEqual(other.Markers, StringComparer.Ordinal)
        && Measured.SequenceEqual(other.Measured, StringComparer.Ordinal)
        && Drawn.SequenceEqual(other.Drawn, StringComparer.Ordinal)
        && YesNo.SequenceEqual(other.YesNo, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Family, Axis, Note, Markers.Count, Measured.Count, Drawn.Count, YesNo.Count);
}

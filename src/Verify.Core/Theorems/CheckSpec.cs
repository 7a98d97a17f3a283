namespace Verify.Core;

/// <summary>
/// A declared check of a theorem: its id, kind, tier (hypotheses only), the statement in words, where it
/// is in the paper, and the provenance of the statement and its constants.
/// </summary>
public sealed record CheckSpec(
    string Id,
    CheckKind Kind,
    Tier? Tier,
    string Statement,
    string PaperReference,
    Provenance Provenance)
{
    /// <summary>What the evidence's value measures, for axis labels (e.g. "max over k of max_r ‖w_r(k) − w_r(0)‖"); null when unnamed.</summary>
    public string? ValueName { get; init; }

    /// <summary>How the theory says the value scales with a parameter (e.g. ∝ m^(−1/2)), or null when it says nothing.</summary>
    public TheoryScaling? Scaling { get; init; }

    public static CheckSpec Hypothesis(string id, Tier tier, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Hypothesis, tier, statement, paperReference, provenance);

    public static CheckSpec Conclusion(string id, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Conclusion, null, statement, paperReference, provenance);

    public static CheckSpec Invariant(string id, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Invariant, null, statement, paperReference, provenance);
}

/// <summary>A declared check bound to the code that evaluates it on one instance.</summary>
public sealed record Check(CheckSpec Spec, Func<Evidence> Evaluate);

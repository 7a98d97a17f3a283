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
    public static CheckSpec Hypothesis(string id, Tier tier, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Hypothesis, tier, statement, paperReference, provenance);

    public static CheckSpec Conclusion(string id, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Conclusion, null, statement, paperReference, provenance);

    public static CheckSpec Invariant(string id, string statement, string paperReference, Provenance provenance) =>
        new(id, CheckKind.Invariant, null, statement, paperReference, provenance);
}

/// <summary>A declared check bound to the code that evaluates it on one instance.</summary>
public sealed record Check(CheckSpec Spec, Func<Evidence> Evaluate);

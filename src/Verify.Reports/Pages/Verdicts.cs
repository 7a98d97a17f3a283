using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// How a verdict reads in the report: its words and its coloured badge. Pass/fail colours judge only what the theorem
/// guarantees: a hypothesis is a condition (it <em>holds</em> or <em>fails</em>), and a conclusion or invariant of an
/// instance that is not in scope is only <em>observed</em> or <em>not observed</em>; both in neutral colours.
/// </summary>
internal static class Verdicts
{
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.BeyondScope => "beyond scope",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    public static string Badge(Verdict verdict) => Badge(verdict.ToString().ToLowerInvariant(), Text(verdict));

    /// <summary>A hypothesis's verdict in words: "holds", "fails", or the verdict's own word (inconclusive, error).</summary>
    public static string HypothesisText(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "holds",
        Verdict.Fail => "fails",
        _ => Text(verdict),
    };

    /// <summary>A hypothesis: "holds" / "fails" in neutral colours; Inconclusive and Error keep their own badges.</summary>
    public static string HypothesisBadge(Verdict verdict) => verdict is Verdict.Pass or Verdict.Fail
        ? Badge(HypothesisText(verdict), HypothesisText(verdict))
        : Badge(verdict);

    /// <summary>
    /// A conclusion or invariant: judged (pass / fail) only in scope; otherwise "observed" / "not observed" in neutral colours.
    /// </summary>
    public static string OutcomeBadge(Verdict verdict, bool? inScope) => (inScope, verdict) switch
    {
        (true, _) => Badge(verdict),
        (_, Verdict.Pass) => Badge("observed", "observed"),
        (_, Verdict.Fail) => Badge("notobserved", "not observed"),
        _ => Badge(verdict),
    };

    private static string Badge(string cssClass, string text) => $"<span class=\"badge {cssClass}\">{text}</span>";
}

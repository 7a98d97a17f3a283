namespace Verify.Core;

/// <summary>The scope and verdict rules of DESIGN.md, in one place.</summary>
public static class Scope
{
    /// <summary>
    /// An instance is in scope when every Data and Instance hypothesis holds; out of scope when one of
    /// them fails; undecided (null) when none fails but one errored or was inconclusive, or when there is
    /// none to decide. Asymptotic hypotheses are reported but never decide scope; a hypothesis without a
    /// tier (e.g. a failure to list the checks) does.
    /// </summary>
    public static bool? InScope(IEnumerable<CheckReport> hypotheses)
    {
        var deciding = hypotheses.Where(h => h.Tier is not Tier.Asymptotic).ToList();
        if (deciding.Any(h => h.Verdict == Verdict.Fail))
        {
            return false;
        }
        return deciding.Count > 0 && deciding.All(h => h.Verdict == Verdict.Pass) ? true : null;
    }

    /// <summary>
    /// The instance verdict: a violated conclusion or invariant in scope is a counterexample (Fail) and
    /// comes first; then Error if any check threw; then BeyondScope when a premise failed (scope is decided, and
    /// what the conclusions did beyond it — held, failed or undecided — is only observed); then Inconclusive if any
    /// check or the scope is undecided; then Pass.
    /// </summary>
    public static Verdict InstanceVerdict(bool? inScope, IReadOnlyList<CheckReport> hypotheses, IReadOnlyList<CheckReport> outcomes)
    {
        var all = hypotheses.Concat(outcomes).ToList();
        if (inScope == true && outcomes.Any(o => o.Verdict == Verdict.Fail))
        {
            return Verdict.Fail;
        }
        if (all.Any(c => c.Verdict == Verdict.Error))
        {
            return Verdict.Error;
        }
        if (inScope == false)
        {
            return Verdict.BeyondScope;
        }
        return inScope is null || all.Any(c => c.Verdict == Verdict.Inconclusive) ? Verdict.Inconclusive : Verdict.Pass;
    }

    /// <summary>
    /// The verdict over many instances: Fail if any instance failed, else Error, else Inconclusive, else
    /// Pass if any instance was in scope and passed, else BeyondScope (also when there are none).
    /// </summary>
    public static Verdict Combine(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        foreach (var verdict in new[] { Verdict.Fail, Verdict.Error, Verdict.Inconclusive, Verdict.Pass })
        {
            if (list.Contains(verdict))
            {
                return verdict;
            }
        }
        return Verdict.BeyondScope;
    }
}

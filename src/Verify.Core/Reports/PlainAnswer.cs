using System.Globalization;

namespace Verify.Core;

/// <summary>
/// A theorem's result in one or two plain sentences, for the console and the top of a report: covered and guaranteed,
/// not covered and why (the first failed tier, in words), undecided and why, or a counterexample — and what training
/// did on the instances (the conclusions observed in scope and beyond it).
/// </summary>
public static class PlainAnswer
{
    public static string Of(TheoremReport theorem)
    {
        ArgumentNullException.ThrowIfNull(theorem);
        var instances = theorem.Instances;
        if (instances.Count == 0)
        {
            return "nothing was run.";
        }
        int total = instances.Count;
        int inScope = instances.Count(i => i.InScope == true);
        var counterexamples = instances.Where(i => i.Verdict == Verdict.Fail).ToList();
        string lead = theorem.Verdict switch
        {
            Verdict.Fail => $"COUNTEREXAMPLE: {Count(counterexamples.Count, total)} in scope, yet {FirstViolated(counterexamples[0])} failed — the theorem's conclusion had to hold there.",
            Verdict.Error => $"error: {FirstOf(instances, Verdict.Error)} could not be evaluated.",
            Verdict.Inconclusive => $"undecided: {Undecided(instances)}.",
            Verdict.Pass when inScope == total => $"covered: on {Count(inScope, total)} every Data and Instance hypothesis held outside its rounding allowance, so the conclusion had to hold — and it did.",
            Verdict.Pass => $"covered on {Count(inScope, total)}: there the hypotheses held and the conclusion was observed; not covered on the other {total - inScope} ({FirstFailures(instances)}).",
            _ => $"not covered: {FirstFailures(instances)}.",
        };
        return $"{lead} {Observed(instances)}".TrimEnd();
    }

    /// <summary>What the conclusions did: held everywhere, or on how many, with the first instance's failure note.</summary>
    private static string Observed(IReadOnlyList<InstanceReport> instances)
    {
        var judged = instances.Where(i => i.Conclusions.Count > 0).ToList();
        if (judged.Count == 0)
        {
            return "";
        }
        var held = judged.Where(i => i.Conclusions.All(c => c.Verdict == Verdict.Pass)).ToList();
        string diverged = judged.Select(i => i.Conclusions.Select(c => c.Note).FirstOrDefault(n => n?.Contains("diverged at step", StringComparison.Ordinal) == true))
            .FirstOrDefault(n => n is not null) is string note ? $"; {DivergedText(note)}" : "";
        if (held.Count == judged.Count)
        {
            return judged.All(i => i.InScope == true)
                ? ""
                : $"Observed: the conclusion held on {Count(held.Count, judged.Count)}{(judged.Any(i => i.InScope != true) ? " (beyond scope: practice ahead of the theory)" : "")}.";
        }
        var broken = judged.Except(held).First().Conclusions.First(c => c.Verdict != Verdict.Pass);
        string where = judged.Count == 1 ? "" : $" on {judged.Count - held.Count} of {judged.Count} instances";
        string first = judged.Count == 1 ? "" : "first: ";
        string why = broken.Verdict == Verdict.Inconclusive ? $" ({first}{Shorten(broken.Note)})" : judged.Count == 1 ? "" : " (first)";
        return $"Observed: {broken.Id} {Words(broken.Verdict)}{where}{why}{diverged}.";
    }

    private static string DivergedText(string note)
    {
        int at = note.IndexOf("diverged at step", StringComparison.Ordinal);
        int end = note.IndexOfAny([';', ','], at);
        return end < 0 ? note[at..] : note[at..end];
    }

    private static string FirstFailures(IReadOnlyList<InstanceReport> instances)
    {
        var failed = instances.Where(i => i.InScope == false)
            .Select(i => i.Hypotheses.Where(h => h.Tier is not Tier.Asymptotic && h.Verdict == Verdict.Fail).OrderBy(h => h.Tier).FirstOrDefault())
            .Where(h => h is not null)
            .GroupBy(h => h!.Id)
            .OrderByDescending(g => g.Count())
            .ToList();
        if (failed.Count == 0)
        {
            return "no hypothesis failed";
        }
        var first = failed[0].First()!;
        int count = failed[0].Count(), total = instances.Count;
        string on = total == 1 ? "" : $" on {count} of {total} instances";
        string most = $"the first failed tier is {first.Tier}: {first.Id} failed{on} — {first.Statement}";
        return failed.Count == 1 ? most : $"{most}, other hypotheses on the rest";
    }

    private static string Undecided(IReadOnlyList<InstanceReport> instances)
    {
        var check = instances.SelectMany(i => i.Hypotheses.Concat(i.Conclusions).Concat(i.Invariants))
            .FirstOrDefault(c => c.Verdict == Verdict.Inconclusive);
        return check is null ? "the scope could not be decided" : $"{check.Id} is within its rounding allowance ({Shorten(check.Note)})";
    }

    private static string FirstOf(IReadOnlyList<InstanceReport> instances, Verdict verdict) =>
        instances.SelectMany(i => i.Hypotheses.Concat(i.Conclusions).Concat(i.Invariants)).FirstOrDefault(c => c.Verdict == verdict)?.Id ?? "a check";

    private static string FirstViolated(InstanceReport instance) =>
        instance.Conclusions.Concat(instance.Invariants).FirstOrDefault(c => c.Verdict == Verdict.Fail)?.Id ?? "a conclusion";

    private static string Words(Verdict verdict) => verdict switch
    {
        Verdict.Fail => "not observed",
        Verdict.Inconclusive => "undecided",
        Verdict.Error => "not evaluated",
        _ => "observed",
    };

    private static string Count(int count, int total) =>
        total == 1 ? "the instance" : count == total ? $"all {total} instances" : string.Create(CultureInfo.InvariantCulture, $"{count} of {total} instances");

    private static string Shorten(string? note) => note is null ? "no detail" : note.Length <= 160 ? note : note[..157] + "…";
}

using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Next to a theorem's verdict: what its Pass rests on (<see cref="TheoremReport.PassMeans"/>) and how far the paper's
/// headline bounds (the Asymptotic tier: the paper's own, or a baseline's, each with its provenance tag) are from holding, as
/// the worst gap over the instances.
/// </summary>
internal static class FidelitySection
{
    public static void Append(StringBuilder html, TheoremReport theorem)
    {
        html.AppendLine(HowToRead);
        if (theorem.PassMeans is string means)
        {
            html.AppendLine($"<p class=\"fidelity\">{Html.Escape(means)}</p>");
        }
        var asymptotic = theorem.Instances.SelectMany(i => i.Hypotheses).Where(h => h.Tier == Tier.Asymptotic).GroupBy(h => h.Id).ToList();
        if (asymptotic.Count == 0)
        {
            return;
        }
        html.AppendLine("<p class=\"fidelity\">Headline bounds (Asymptotic tier, never deciding scope): ");
        html.AppendLine(string.Join("; ", asymptotic.Select(Describe)) + ".</p>");
    }

    /// <summary>The "how to read this" box: tiers, scope, verdicts, provenance tags.</summary>
    internal const string HowToRead = """
        <details class="how-to-read"><summary>How to read this section</summary>
        <p><b>Hypotheses</b> come in three tiers. <b>Data</b>: about the inputs alone. <b>Instance</b>: the deterministic
        premises the proof uses, measured on this draw at initialisation. <b>Asymptotic</b>: the paper's headline bounds
        (width, step size), reported with their gap but never deciding scope.</p>
        <p>An instance is <b>in scope</b> when every Data and Instance hypothesis holds. Verdicts: <b>pass</b> — in scope
        and every conclusion observed; <b>fail</b> — in scope yet a conclusion was violated (a counterexample: a bug in the
        encoding, the training or the theorem); <b>beyond scope</b> — a hypothesis failed, so the conclusions are only
        observed (the theory-vs-practice gap, never a failure); <b>inconclusive</b> — a quantity sits within its rounding
        allowance (or the solver could not decide), so neither pass nor fail is claimed; <b>error</b> — a check could not
        be evaluated.</p>
        <p>Tags: <b>[V]</b> verified against the paper's text; <b>[S]</b> from a secondary source; <b>[D]</b> derived and
        proved here (our own statement, not the paper's); <b>[M]</b> from memory, not checked against the paper; <b>[P]</b> our proposal (a protocol or measurement, neither the paper's nor proved).</p>
        </details>
        """;

    /// <summary>
    /// "id held on k of N instances", with the worst gap (required / actual, as in the theory-vs-practice table) where
    /// it did not hold: the largest for a lower bound on the value (m > required), the smallest for an upper bound (η ≤ required).
    /// </summary>
    internal static string Describe(IGrouping<string, CheckReport> checks)
    {
        int held = checks.Count(c => c.Verdict == Verdict.Pass);
        string text = $"{checks.Key} {checks.First().Provenance.Tag()} held on {held} of {checks.Count()} instance{(checks.Count() == 1 ? "" : "s")}";
        var failed = checks.Where(c => c.Verdict != Verdict.Pass).ToList();
        var gaps = failed.Select(Gap).Where(double.IsFinite).ToList();
        if (gaps.Count == 0)
        {
            return text;
        }
        double worst = failed[0].Relation.IsUpperBound() ? gaps.Min() : gaps.Max();
        return $"{text}, worst gap (required / actual) {NumberFormat.Text(worst, 3)}";
    }

    /// <summary>required / actual = bound / value; NaN unless both are positive.</summary>
    internal static double Gap(CheckReport check) => check.Value > 0 && check.Bound > 0 ? check.Bound / check.Value : double.NaN;
}

using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Next to a theorem's verdict: what its Pass rests on (<see cref="TheoremReport.PassMeans"/>) and how far the paper's
/// own hypotheses (the Asymptotic tier) are from holding, as the worst gap over the instances.
/// </summary>
internal static class FidelitySection
{
    public static void Append(StringBuilder html, TheoremReport theorem)
    {
        if (theorem.PassMeans is string means)
        {
            html.AppendLine($"<p class=\"fidelity\">{Html.Escape(means)}</p>");
        }
        var asymptotic = theorem.Instances.SelectMany(i => i.Hypotheses).Where(h => h.Tier == Tier.Asymptotic).GroupBy(h => h.Id).ToList();
        if (asymptotic.Count == 0)
        {
            return;
        }
        html.AppendLine("<p class=\"fidelity\">The paper's own hypotheses (Asymptotic tier): ");
        html.AppendLine(string.Join("; ", asymptotic.Select(Describe)) + ".</p>");
    }

    /// <summary>
    /// "id held on k of N instances", with the worst gap (required / actual, as in the theory-vs-practice table) where
    /// it did not hold: the largest for a lower bound on the value (m > required), the smallest for an upper bound (η ≤ required).
    /// </summary>
    internal static string Describe(IGrouping<string, CheckReport> checks)
    {
        int held = checks.Count(c => c.Verdict == Verdict.Pass);
        string text = $"{checks.Key} held on {held} of {checks.Count()} instance{(checks.Count() == 1 ? "" : "s")}";
        var failed = checks.Where(c => c.Verdict != Verdict.Pass).ToList();
        var gaps = failed.Select(Gap).Where(double.IsFinite).ToList();
        if (gaps.Count == 0)
        {
            return text;
        }
        double worst = failed[0].Relation.IsUpperBound() ? gaps.Min() : gaps.Max();
        return $"{text}, worst gap (required / actual) {NumberText.Compact(worst)}";
    }

    /// <summary>required / actual = bound / value; NaN unless both are positive.</summary>
    internal static double Gap(CheckReport check) => check.Value > 0 && check.Bound > 0 ? check.Bound / check.Value : double.NaN;
}

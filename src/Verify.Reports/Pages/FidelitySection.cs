using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Next to a theorem's verdict: what its Pass rests on (<see cref="TheoremReport.PassMeans"/>) and how far the paper's
/// own hypotheses (the Asymptotic tier) are from holding, as the largest gap factor over the instances.
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

    /// <summary>"id held on k of N instances", with the largest gap factor (required/actual) where it did not hold.</summary>
    internal static string Describe(IGrouping<string, CheckReport> checks)
    {
        int held = checks.Count(c => c.Verdict == Verdict.Pass);
        string text = $"{checks.Key} held on {held} of {checks.Count()} instance{(checks.Count() == 1 ? "" : "s")}";
        var gaps = checks.Where(c => c.Verdict != Verdict.Pass).Select(GapFactor).Where(double.IsFinite).ToList();
        return gaps.Count == 0 ? text : $"{text}, largest gap factor {NumberText.Compact(gaps.Max())}";
    }

    /// <summary>How many times the value must grow (a lower bound) or shrink (an upper bound) to meet the bound; NaN if not positive.</summary>
    internal static double GapFactor(CheckReport check)
    {
        if (!(check.Value > 0) || !(check.Bound > 0))
        {
            return double.NaN;
        }
        return check.Relation.IsUpperBound() ? check.Value / check.Bound : check.Bound / check.Value;
    }
}

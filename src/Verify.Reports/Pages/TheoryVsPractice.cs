using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The "theory vs practice" table of a theorem: per scenario, what the paper's asymptotic bounds require
/// (median over instances), what the instances actually had, the gap factor between them, and how often
/// the conclusions were nevertheless observed to hold; followed by the <see cref="ParameterSweep"/> lines.
/// </summary>
internal static class TheoryVsPractice
{
    public static void Append(StringBuilder html, TheoremReport theorem)
    {
        if (theorem.Scenarios.Count == 0)
        {
            return;
        }
        var asymptotic = theorem.Instances
            .SelectMany(i => i.Hypotheses)
            .Where(h => h.Tier == Tier.Asymptotic)
            .Select(h => h.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        html.AppendLine("<h3>Theory vs practice</h3>");
        html.Append("<div class=\"scroll\"><table class=\"theory\"><tr><th>Scenario</th><th>Parameters</th><th>Instances</th><th>In scope</th>");
        html.Append("<th>95% interval of P(in scope)</th><th>Conclusions observed to hold</th>");
        foreach (string id in asymptotic)
        {
            html.Append($"<th>{Html.Escape(id)}<br><span class=\"sub\">asymptotic bound: median required vs actual</span></th>");
        }
        html.AppendLine("</tr>");
        foreach (var scenario in theorem.Scenarios)
        {
            var instances = theorem.Instances.Where(i => i.Scenario == scenario.Id).ToList();
            html.Append($"<tr><td>{Html.Escape(scenario.Id)}<br><span class=\"sub\">{Html.Escape(scenario.Description)}</span></td>");
            html.Append($"<td>{Html.Escape(ParametersOf(instances))}</td>");
            html.Append($"<td class=\"num\">{scenario.Instances}</td><td class=\"num\">{scenario.InScope}</td>");
            html.Append($"<td class=\"num\">{Html.Interval(scenario.InScopeLower, scenario.InScopeUpper)}</td>");
            html.Append($"<td class=\"num\">{scenario.ConclusionsHeld}/{scenario.Instances}</td>");
            foreach (string id in asymptotic)
            {
                html.Append($"<td>{Html.Escape(GapText(instances, id))}</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</table></div>");
        if (asymptotic.Count > 0)
        {
            html.AppendLine("<p class=\"sub\">Asymptotic columns: the medians over a scenario's instances of what the paper's headline bound requires and of what the instance had; gap = required / actual (below 1 for an upper bound that is exceeded).</p>");
        }
        foreach (string line in ParameterSweep.Lines(theorem))
        {
            html.AppendLine($"<p class=\"sweep\">{Html.Escape(line)}</p>");
        }
    }

    private static string ParametersOf(IReadOnlyList<InstanceReport> instances) =>
        instances.Count == 0 ? "—" : string.Join(", ", instances[0].Parameters.Select(p => $"{p.Name} = {p.Text}"));

    /// <summary>"required ≥ 1.2e29, actual 4000, gap 3e25" from the medians over the scenario's instances.</summary>
    internal static string GapText(IReadOnlyList<InstanceReport> instances, string hypothesisId)
    {
        var checks = instances.SelectMany(i => i.Hypotheses).Where(h => h.Id == hypothesisId).ToList();
        if (checks.Count == 0)
        {
            return "—";
        }
        double bound = Statistics.Median(checks.Select(c => c.Bound));
        double value = Statistics.Median(checks.Select(c => c.Value));
        string relation = checks[0].Relation.Symbol();
        string text = $"required {relation} {NumberFormat.Text(bound)}, actual {NumberFormat.Text(value)}";
        if (double.IsFinite(bound) && double.IsFinite(value) && bound > 0 && value > 0)
        {
            text += $", gap {NumberFormat.Text(bound / value, 3)}";
        }
        return text;
    }
}

using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>The parts of a report that only `verify check` fills: skipped theorems and what to change.</summary>
internal static class SetupSections
{
    public static void AppendSkipped(StringBuilder html, RunReport report)
    {
        if (report.Skipped.Count == 0)
        {
            return;
        }
        html.AppendLine("<h2>Theorems not checked</h2><table><tr><th>Theorem</th><th>Why</th></tr>");
        foreach (var skipped in report.Skipped)
        {
            html.AppendLine($"<tr><td>{Html.Escape(skipped.Id)}<br><span class=\"citation\">{Html.Escape(skipped.Title)}</span></td><td>{Html.Escape(skipped.Reason)}</td></tr>");
        }
        html.AppendLine("</table>");
    }

    public static void AppendRecommendations(StringBuilder html, TheoremReport theorem)
    {
        if (theorem.Recommendations.Count == 0)
        {
            return;
        }
        html.AppendLine("<h3>What to change</h3><table><tr><th>For</th><th>What</th><th>Value</th><th>How it was established</th></tr>");
        foreach (var recommendation in theorem.Recommendations)
        {
            string value = recommendation.Value is double v ? Html.Number(v) : "none";
            html.AppendLine($"<tr><td>{Html.Escape(recommendation.Id)}</td><td>{Html.Escape(recommendation.Statement)}</td>" +
                $"<td class=\"num\">{value}</td><td>{Html.Escape(recommendation.Note)}</td></tr>");
        }
        html.AppendLine("</table>");
    }
}

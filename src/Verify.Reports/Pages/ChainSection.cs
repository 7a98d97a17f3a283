using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// An instance's proof chain as a table (<see cref="InstanceReport.Chain"/>): each quantity in words, its value, the
/// bound it must meet, and the first link that breaks named above the table.
/// </summary>
internal static class ChainSection
{
    public static void Append(StringBuilder html, InstanceReport instance)
    {
        if (instance.Chain.Count == 0)
        {
            return;
        }
        var broken = instance.Chain.FirstOrDefault(s => s.Holds == false);
        string verdict = broken is null
            ? "every link holds"
            : $"the first link that breaks is {broken.Symbol} ({broken.Requirement})";
        html.AppendLine($"<h4>The proof chain on this instance: {Html.Escape(verdict)}</h4>");
        html.AppendLine("<table class=\"chain\"><tr><th>Quantity</th><th>What it is</th><th>Value</th><th>Must be</th><th></th></tr>");
        foreach (var step in instance.Chain)
        {
            string mark = step.Holds switch { true => "holds", false => "breaks", null => "" };
            html.AppendLine($"<tr><td>{Html.Escape(step.Symbol)}</td><td>{Html.Escape(step.Meaning)}</td><td class=\"num\">{NumberFormat.Text(step.Value)}</td>" +
                $"<td>{Html.Escape(step.Requirement ?? "")}</td><td>{mark}</td></tr>");
        }
        html.AppendLine("</table>");
    }
}

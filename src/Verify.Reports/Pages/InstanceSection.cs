using System.Globalization;
using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// One instance in the HTML report: a collapsible <c>&lt;details&gt;</c> whose summary line (scenario, index,
/// seed, verdict, scope) stays visible, holding the parameters, the table of checks, the margin chart and
/// the checks' figures as inline SVG.
/// </summary>
internal static class InstanceSection
{
    public static void Append(StringBuilder html, InstanceReport instance, bool open)
    {
        string scope = instance.InScope switch { true => "in scope", false => "beyond scope: conclusions observed, not judged", null => "scope undecided" };
        string parameters = string.Join(", ", instance.Parameters.Select(p => $"{p.Name} = {p.Text}"));
        html.AppendLine($"<details class=\"instance\"{(open ? " open" : "")}>");
        html.AppendLine($"<summary><h3>{Html.Escape(instance.Scenario)} #{instance.Index} · seed {instance.Seed} · {Verdicts.Badge(instance.Verdict)} <span class=\"scope\">{scope}{Cost(instance.Resources)}</span></h3></summary>");
        if (parameters.Length > 0)
        {
            html.AppendLine($"<p class=\"parameters\">{Html.Escape(parameters)}</p>");
        }
        if (instance.Note is not null)
        {
            html.AppendLine($"<p class=\"note\">{Html.Escape(instance.Note)}</p>");
        }
        ChainSection.Append(html, instance);
        AppendChecks(html, instance);
        AppendFigures(html, instance);
        html.AppendLine("</details>");
    }

    private static void AppendChecks(StringBuilder html, InstanceReport instance)
    {
        html.AppendLine("<table class=\"checks\"><tr><th>Check</th><th>Tier</th><th>Statement</th><th>Value</th><th></th><th>Bound</th><th>Margin</th><th>Verdict</th><th>Paper</th><th>Note</th></tr>");
        foreach (var (check, kind) in ChecksOf(instance))
        {
            html.Append($"<tr><td>{Html.Escape(check.Id)}</td><td>{Html.Escape(check.Tier?.ToString() ?? kind)}</td>");
            html.Append($"<td>{Html.Escape(check.Statement)}</td><td class=\"num\">{NumberFormat.Text(check.Value)}</td><td>{Html.Escape(check.Relation.Symbol())}</td>");
            html.Append($"<td class=\"num\">{NumberFormat.Text(check.Bound)}</td><td class=\"num\">{Html.Percent(check.Margin)}</td><td>{CheckBadge(check, kind, instance.InScope)}</td>");
            html.AppendLine($"<td>{Html.Escape(check.PaperReference)} {check.Provenance.Tag()}</td><td>{Html.Escape(check.Note)}</td></tr>");
        }
        html.AppendLine("</table>");
    }

    private static void AppendFigures(StringBuilder html, InstanceReport instance)
    {
        var figures = ChecksOf(instance).Where(c => c.Check.Figure is not null).ToList();
        if (instance.Hypotheses.Count == 0 && figures.Count == 0)
        {
            return;
        }
        html.AppendLine("<div class=\"figures\">");
        if (instance.Hypotheses.Count > 0)
        {
            FigureHtml.Append(html, "margins", () => MarginChart.ToSvg(instance)!,
                "Factor by which each hypothesis holds (bar to the right) or fails (to the left): value against bound on a log axis, labelled with the factor; green holds, red fails.");
        }
        foreach (var (check, _) in figures)
        {
            FigureHtml.Append(html, "", () => FigureRenderer.ToSvg(check.Figure!), FigureCaption.For(check));
        }
        html.AppendLine("</div>");
    }

    /// <summary>" · 32.3 s, 1.2 GB allocated", or nothing when the instance was not measured.</summary>
    private static string Cost(InstanceResources? resources) => resources is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" · {resources.WallSeconds:0.0} s, {resources.AllocatedBytes / 1e6:0} MB allocated");

    private static string CheckBadge(CheckReport check, string kind, bool? inScope) =>
        kind == "hypothesis" ? Verdicts.HypothesisBadge(check.Verdict) : Verdicts.OutcomeBadge(check.Verdict, inScope);

    /// <summary>Every check of the instance in report order, with what it is when it has no tier.</summary>
    internal static IEnumerable<(CheckReport Check, string Kind)> ChecksOf(InstanceReport instance) =>
        instance.Hypotheses.Select(c => (c, "hypothesis"))
            .Concat(instance.Conclusions.Select(c => (c, "conclusion")))
            .Concat(instance.Invariants.Select(c => (c, "invariant")));
}

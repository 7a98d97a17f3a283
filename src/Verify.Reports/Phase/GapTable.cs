using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The index table across theorems, "required vs observed": per theorem and value of the plan's y parameter, the median
/// Asymptotic requirement on x (<see cref="PhaseBoundaries.AsymptoticCheck"/>), the smallest x of the grid from which the
/// Instance tier held on every instance, and the smallest x from which every conclusion was observed to hold on every
/// instance, with the factor required / observed, each with the provenance tags of the checks it rests on. Theorems whose
/// instances do not report both parameters are left out (and named).
/// </summary>
public static class GapTable
{
    public static void Append(StringBuilder html, RunReport report, PhasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        var rows = Rows(report, plan);
        html.AppendLine($"<h2 id=\"gap\">Required vs observed {Html.Escape(plan.XAxis)}</h2>");
        var left = report.Theorems.Where(t => PhaseGrid.Of(t, plan.XAxis, plan.YAxis).IsEmpty).Select(t => t.Id).ToList();
        if (rows.Count > 0)
        {
            html.AppendLine("<div class=\"scroll\"><table class=\"gap\">");
            html.AppendLine($"<tr><th>Theorem</th><th>{Html.Escape(plan.YAxis)}</th><th>required {Html.Escape(plan.XAxis)} (Asymptotic tier, median)</th>"
                + $"<th>Instance tier holds from {Html.Escape(plan.XAxis)}</th><th>conclusions observed from {Html.Escape(plan.XAxis)}</th><th>required / observed</th></tr>");
            foreach (var row in rows)
            {
                html.AppendLine($"<tr><td><a href=\"#{Html.Escape(row.Theorem)}\">{Html.Escape(row.Theorem)}</a></td><td class=\"num\">{Html.Escape(NumberFormat.Text(row.Y))}</td>"
                    + $"<td>{Html.Escape(row.RequiredText)}</td><td>{Html.Escape(row.InstanceTierText)}</td><td>{Html.Escape(row.ObservedText)}</td>"
                    + $"<td class=\"num\">{Html.Escape(row.FactorText)}</td></tr>");
            }
            html.AppendLine("</table></div>");
        }
        html.AppendLine($"<p class=\"note\">Required: the bound of the Asymptotic-tier hypothesis on {Html.Escape(plan.XAxis)} (the theorem's own headline requirement; a bound of "
            + $"another paper shown for comparison is never taken), median over the instances with that {Html.Escape(plan.YAxis)}. Observed: the smallest "
            + $"{Html.Escape(plan.XAxis)} of the grid from which on every conclusion held on every instance of every cell (in scope or not: the theorem's stated "
            + $"bounds held on the run, not necessarily convergence) — an observation on this grid, not a proof; “not on the grid” means at no {Html.Escape(plan.XAxis)} swept. "
            + "Tags: [V] verified against the paper, [D] derived here, [M] from memory, [S] secondary source."
            + (left.Count == 0 ? "" : $" Not on this grid (no instance reports both {Html.Escape(plan.XAxis)} and {Html.Escape(plan.YAxis)}): {Html.Escape(string.Join(", ", left))}.")
            + "</p>");
    }

    /// <summary>The table's rows, theorem by theorem, y increasing.</summary>
    internal static IReadOnlyList<GapRow> Rows(RunReport report, PhasePlan plan)
    {
        var rows = new List<GapRow>();
        foreach (var theorem in report.Theorems)
        {
            var grid = PhaseGrid.Of(theorem, plan.XAxis, plan.YAxis);
            if (grid.IsEmpty)
            {
                continue;
            }
            var check = PhaseBoundaries.AsymptoticCheck(grid, theorem.Instances);
            var required = check is null ? null : PhaseBoundaries.MedianBound(grid, check.Id);
            var instanceTier = PhaseBoundaries.SmallestColumn(grid, PhaseBoundaries.InstanceTierHolds);
            var observed = PhaseBoundaries.SmallestColumn(grid, PhaseBoundaries.ConclusionsHeld);
            string conclusionTags = Tags(theorem.Instances.SelectMany(i => i.Conclusions));
            string premiseTags = Tags(theorem.Instances.SelectMany(i => i.Hypotheses).Where(h => h.Tier is Tier.Data or Tier.Instance));
            for (int r = 0; r < grid.Ys.Count; r++)
            {
                double? requiredX = required is not null && double.IsFinite(required[r]) ? required[r] : null;
                double? observedX = observed[r] is int c ? grid.Xs[c] : null;
                double? instanceX = instanceTier[r] is int i ? grid.Xs[i] : null;
                rows.Add(new GapRow(theorem.Id, grid.Ys[r], requiredX, instanceX, observedX,
                    check is null ? "no Asymptotic-tier bound on " + plan.XAxis : requiredX is { } q ? $"{NumberFormat.Text(q, 3)} ({check.Id} {check.Provenance.Tag()})" : $"— ({check.Id} reports no finite bound)",
                    instanceX is { } s ? $"{NumberFormat.Text(s)} ({premiseTags})" : $"not on the grid ({premiseTags})",
                    observedX is { } o ? $"{NumberFormat.Text(o)} ({conclusionTags})" : $"not on the grid ({conclusionTags})"));
            }
        }
        return rows;
    }

    /// <summary>The distinct provenance tags of the checks, in a fixed order: "[V] [D]".</summary>
    private static string Tags(IEnumerable<CheckReport> checks)
    {
        var tags = checks.Select(c => c.Provenance).Distinct().Order().Select(p => p.Tag()).ToList();
        return tags.Count == 0 ? "no checks" : string.Join(" ", tags);
    }
}

/// <summary>One row of <see cref="GapTable"/>: a theorem at one y value, the x values (null: none) and their texts.</summary>
internal sealed record GapRow(string Theorem, double Y, double? Required, double? InstanceTier, double? Observed,
    string RequiredText, string InstanceTierText, string ObservedText)
{
    /// <summary>required / observed: "×3.14e6", or "—" when either is missing.</summary>
    public string FactorText => Required is { } q && Observed is { } o && o > 0 ? $"×{NumberFormat.Text(q / o, 3)}" : "—";
}

using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A theorem's phase diagrams in the HTML report (<see cref="PhaseDiagram"/>): a heading "Phase diagrams: m × n", the
/// heatmaps with their captions side by side (wrapped by CSS on a narrow page), then the table of every cell's in-scope
/// count with its exact 95 % interval. Nothing when no instance reports both parameters. Not part of a plain
/// `verify run` page: a sweep's report adds it (<see cref="HtmlReportWriter.Render(RunReport, PhasePlan?)"/>).
/// </summary>
public static class PhaseSection
{
    public static void Append(StringBuilder html, TheoremReport theorem, PhasePlan plan)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(theorem);
        ArgumentNullException.ThrowIfNull(plan);
        var figures = PhaseDiagram.For(theorem, plan.XAxis, plan.YAxis, plan.LossRatio);
        if (figures.Count == 0)
        {
            return;
        }
        var grid = PhaseGrid.Of(theorem, plan.XAxis, plan.YAxis);
        html.AppendLine($"<h3 id=\"{Html.Escape($"{theorem.Id}-phase")}\">Phase diagrams: {Html.Escape(plan.XAxis)} × {Html.Escape(plan.YAxis)}</h3>");
        html.AppendLine("<div class=\"figures phase\">");
        foreach (var figure in figures)
        {
            FigureHtml.Append(html, "", figure.ToSvg, figure.Caption);
        }
        html.AppendLine("</div>");
        AppendInScopeTable(html, grid);
    }

    /// <summary>Rows: the y values, largest first (as drawn); columns: the x values; cells: "k/N [lower, upper]".</summary>
    private static void AppendInScopeTable(StringBuilder html, PhaseGrid grid)
    {
        html.AppendLine("<div class=\"scroll\"><table class=\"phase-cells\">");
        html.AppendLine($"<caption class=\"sub\">In scope / instances per cell and the exact (Clopper–Pearson) 95 % interval of the probability of being in scope</caption>");
        html.Append($"<tr><th>{Html.Escape(grid.YAxis)} \\ {Html.Escape(grid.XAxis)}</th>");
        foreach (double x in grid.Xs)
        {
            html.Append($"<th>{Html.Escape(NumberFormat.Text(x))}</th>");
        }
        html.AppendLine("</tr>");
        for (int r = grid.Ys.Count - 1; r >= 0; r--)
        {
            html.Append($"<tr><th>{Html.Escape(NumberFormat.Text(grid.Ys[r]))}</th>");
            for (int c = 0; c < grid.Xs.Count; c++)
            {
                var cell = grid.Cell(c, r);
                int k = cell.Count(i => i.InScope == true);
                string text = cell.Count == 0 ? "—" : $"{k}/{cell.Count} {PhaseDiagram.IntervalText(k, cell.Count)}";
                html.Append($"<td class=\"num\">{Html.Escape(text)}</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</table></div>");
    }
}

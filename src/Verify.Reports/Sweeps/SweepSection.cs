using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The sweep sections of a theorem, after its theory-vs-practice table: per <see cref="SweepFigures"/>, a
/// heading "Sweep: paper-fig1 by m", the sweep's note (<see cref="SweepDeclaration.Note"/>: e.g. the paper's figure it reproduces), the overlay figures in the usual size and the scalar figures as one
/// compact row of small figures (both wrapped by CSS flex on a narrow page), then the table of its measurements.
/// </summary>
internal static class SweepSection
{
    public static void Append(StringBuilder html, TheoremReport theorem)
    {
        foreach (var sweep in SweepFigures.Of(theorem))
        {
            var group = sweep.Group;
            string values = string.Join(", ", group.Points.Select(p => p.Text));
            string anchor = $"{theorem.Id}-sweep-{group.Family}";
            html.AppendLine($"<h3 id=\"{Html.Escape(anchor)}\">{Html.Escape(sweep.Title)}</h3>");
            html.AppendLine($"<p class=\"sub\">{group.Points.Count} scenarios of {Html.Escape(group.Family)} with {Html.Escape(group.Axis)} = {Html.Escape(values)}.</p>");
            if (group.Points[0].Scenario.Sweep?.Note is { } note)
            {
                html.AppendLine($"<p>{Html.Escape(note)}</p>");
            }
            AppendFigures(html, "figures", sweep.Overlays);
            AppendFigures(html, "figures compact", sweep.Scalars);
            sweep.Measurements.AppendTable(html);
        }
    }

    private static void AppendFigures(StringBuilder html, string cssClass, IReadOnlyList<SweepFigure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }
        html.AppendLine($"<div class=\"{cssClass}\">");
        foreach (var figure in figures)
        {
            FigureHtml.Append(html, "", figure.ToSvg, figure.Caption);
        }
        html.AppendLine("</div>");
    }
}

using System.Text;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A sweep's declared measurements (<see cref="SweepDeclaration.Measured"/>): numeric instance parameters with no
/// verdict, summarised per point — a declared yes/no measurement (<see cref="SweepDeclaration.YesNo"/>) as the fraction of
/// the instances that report it with its exact Clopper–Pearson 95 % interval, any other as the median over them — as a table, and
/// those in <see cref="SweepDeclaration.Drawn"/> also as a small figure against the axis.
/// </summary>
internal sealed record SweepMeasurements(SweepGroup Group, IReadOnlyList<SweepMeasurements.Column> Columns)
{
    /// <summary>One measurement over the sweep's points.</summary>
    internal sealed record Column(string Name, bool YesNo, IReadOnlyList<Cell> Cells);

    /// <summary>
    /// One point: of <paramref name="Instances"/>, <paramref name="Reported"/> report a number; <paramref name="Value"/> is
    /// the fraction of ones (yes/no) or the median (NaN when none reports); the interval is the fraction's (yes/no only).
    /// </summary>
    internal sealed record Cell(int Reported, int Instances, double Value, double Lower, double Upper)
    {
        /// <summary>When no instance reports a number but all report the same text ("statement not available"): that text.</summary>
        public string? Text { get; init; }
    }

    public static SweepMeasurements Of(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var declaration = group.Points[0].Scenario.Sweep;
        var byPoint = group.Points.Select(point => SweepGroup.InstancesOf(point, instances)).ToList();
        var columns = new List<Column>();
        foreach (string name in declaration?.Measured ?? [])
        {
            var reported = byPoint.Select(list => list.Select(i => i.Parameters.FirstOrDefault(p => p.Name == name)).OfType<Parameter>().ToList()).ToList();
            var values = reported.Select(list => list.Select(p => p.Value).OfType<double>().ToList()).ToList();
            bool yesNo = declaration!.YesNo.Contains(name);
            var cells = values.Select((v, i) => Summarise(v, byPoint[i].Count, yesNo) with { Text = CommonText(reported[i]) }).ToList();
            columns.Add(new Column(name, yesNo, cells));
        }
        return new SweepMeasurements(group, columns);
    }

    private static string? CommonText(IReadOnlyList<Parameter> reported) =>
        reported.Count > 0 && reported.All(p => p.Value is null) && reported.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count() == 1 ? reported[0].Text : null;

    private static Cell Summarise(IReadOnlyList<double> values, int instances, bool yesNo)
    {
        if (values.Count == 0)
        {
            return new Cell(0, instances, double.NaN, double.NaN, double.NaN);
        }
        if (!yesNo)
        {
            return new Cell(values.Count, instances, Statistics.Median(values), double.NaN, double.NaN);
        }
        int ones = values.Count(v => v == 1);
        var (lower, upper) = ClopperPearson.Interval(ones, values.Count);
        return new Cell(values.Count, instances, ones / (double)values.Count, lower, upper);
    }

    /// <summary>The drawn measurements' figures, with the sweep's markers (<see cref="SweepScalars.Mark"/>).</summary>
    public IReadOnlyList<SweepFigure> Figures(IReadOnlyList<InstanceReport> instances)
    {
        var drawn = Group.Points[0].Scenario.Sweep?.Drawn ?? [];
        var markers = SweepScalars.Markers(Group, [.. Group.Points.SelectMany(point => SweepGroup.InstancesOf(point, instances))]);
        return [.. Columns.Where(c => drawn.Contains(c.Name) && c.Cells.Any(cell => cell.Reported > 0)).Select(c => Figure(c, markers))];
    }

    private SweepFigure Figure(Column column, IReadOnlyList<(string Name, double Value)> markers)
    {
        var points = Group.Points.Select((p, i) => (p.Value, Cell: column.Cells[i])).Where(p => p.Cell.Reported > 0).ToList();
        var x = points.Select(p => p.Value).ToList();
        bool logX = Group.Points.All(p => p.Value > 0);
        string counts = string.Join(", ", Group.Points.Select((p, i) => $"{NumberFormat.Text(p.Value)}: {CountText(column.Cells[i], column.YesNo)}"));
        var series = new List<Series>();
        string quantity, how;
        bool logY = false;
        if (column.YesNo)
        {
            quantity = $"fraction with {column.Name} = 1";
            series.Add(new Series("fraction of instances", x, points.Select(p => p.Cell.Value).ToList()));
            series.Add(new Series("Clopper–Pearson 95 % lower", x, points.Select(p => p.Cell.Lower).ToList()) { Reference = true });
            series.Add(new Series("Clopper–Pearson 95 % upper", x, points.Select(p => p.Cell.Upper).ToList()) { Reference = true });
            how = $"the fraction with value 1 of the instances that report it ({counts}), with its exact (Clopper–Pearson) 95 % interval";
        }
        else
        {
            quantity = column.Name;
            var medians = points.Select(p => p.Cell.Value).ToList();
            logY = medians.All(m => m > 0);
            series.Add(new Series("median", x, medians));
            how = $"the median over the instances that report it ({counts}){(logY ? ", log value axis" : "")}";
        }
        var ys = series.SelectMany(s => s.Y).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        string marked = SweepScalars.Mark(series, Group, markers, column.YesNo ? 0 : ys.Min(), column.YesNo ? 1 : ys.Max());
        var figure = new Figure($"{column.Name} vs {Group.Axis}", Group.Axis, quantity, logY, series);
        string caption = $"{column.Name} (measured, no verdict) — y: {how}.{marked}";
        return new SweepFigure($"{Group.Family}_{AsciiKey.From(column.Name)}_vs_{Group.Axis}", caption, figure,
            new XAxisOptions(Log: logX, Padded: true), SweepScalars.Width, FigureRenderer.HeightFor(figure, SweepScalars.Height));
    }

    /// <summary>"3/5" for a yes/no cell, "4 of 5" reporting a number otherwise, "—" when none reports.</summary>
    private static string CountText(Cell cell, bool yesNo) =>
        cell.Reported == 0 ? "none reported" : yesNo ? $"{(int)Math.Round(cell.Value * cell.Reported)} of {cell.Reported}" : $"{cell.Reported} of {cell.Instances}";

    /// <summary>The table: one row per point, one column per measurement.</summary>
    public void AppendTable(StringBuilder html)
    {
        if (Columns.Count == 0)
        {
            return;
        }
        html.Append($"<div class=\"scroll\"><table class=\"theory\"><tr><th>{Html.Escape(Group.Axis)}</th>");
        foreach (var column in Columns)
        {
            string kind = column.YesNo ? "fraction [95 % interval]" : "median (instances reporting)";
            html.Append($"<th>{Html.Escape(column.Name)}<br><span class=\"sub\">{kind}</span></th>");
        }
        html.AppendLine("</tr>");
        for (int i = 0; i < Group.Points.Count; i++)
        {
            html.Append($"<tr><td class=\"num\">{Html.Escape(Group.Points[i].Text)}</td>");
            foreach (var column in Columns)
            {
                html.Append($"<td class=\"num\">{Html.Escape(CellText(column.Cells[i], column.YesNo))}</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</table></div>");
        html.AppendLine("<p class=\"sub\">Measurements, not checks: no verdict rests on them. A yes/no measurement is the fraction with value 1 "
            + "of the instances that report it, with its exact (Clopper–Pearson) 95 % interval rounded outward; any other is the median over the "
            + "instances that report it as a number (an instance may report it only under a condition, e.g. when its run converged).</p>");
    }

    internal static string CellText(Cell cell, bool yesNo)
    {
        if (cell.Reported == 0)
        {
            return cell.Text ?? "—";
        }
        if (yesNo)
        {
            int ones = (int)Math.Round(cell.Value * cell.Reported);
            return $"{ones}/{cell.Reported} {Html.Interval(cell.Lower, cell.Upper)}";
        }
        string value = NumberFormat.Text(cell.Value, 3);
        return cell.Reported == cell.Instances ? value : $"{value} ({cell.Reported} of {cell.Instances})";
    }
}

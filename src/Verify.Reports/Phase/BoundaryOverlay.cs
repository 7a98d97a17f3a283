using ScottPlot;

namespace Verify.Reports;

/// <summary>
/// Draws a <see cref="HeatmapBoundary"/> over a heatmap: a bound as a black dashed line with diamonds through the rows whose
/// value lies on the plot, its value written at the plot's edge ("2.36×10⁵ →") for a row where it lies beyond; a staircase
/// as a solid vermilion line up the lower side of each row's cell. Each line lies on a white underlay, so it stays visible
/// on every colour of the map.
/// </summary>
internal static class BoundaryOverlay
{
    /// <summary>A value boundary (a bound) is black and dashed; a cell-edge boundary (a staircase) vermilion and solid, as the captions say.</summary>
    private static readonly Color s_valueColour = Color.FromHex("#000000");

    private static readonly Color s_edgeColour = Color.FromHex("#D55E00");

    public static void Add(Plot plot, HeatmapBoundary boundary, GridAxis x, GridAxis y)
    {
        var colour = boundary is ValueBoundary ? s_valueColour : s_edgeColour;
        bool named = false;
        foreach (var (xs, ys) in Segments(boundary, x, y))
        {
            var underlay = plot.Add.ScatterLine(xs, ys, Colors.White);
            underlay.LineWidth = 7;
            underlay.MarkerSize = 0;
            var line = plot.Add.ScatterLine(xs, ys, colour);
            line.LineWidth = 3.5f;
            if (boundary is ValueBoundary)
            {
                line.LinePattern = LinePattern.Dashed;
                line.MarkerShape = MarkerShape.FilledDiamond;
                line.MarkerSize = 9;
                underlay.MarkerShape = MarkerShape.FilledDiamond;
                underlay.MarkerSize = 13;
            }
            else
            {
                line.MarkerSize = 0;
            }
            if (!named)
            {
                line.LegendText = boundary.Name;
                named = true;
            }
        }
        if (boundary is ValueBoundary beyond)
        {
            AddBeyondLabels(plot, beyond, x, y, colour, named ? null : boundary.Name);
        }
    }

    /// <summary>
    /// For a row whose value lies beyond the plotted x range, an arrow and the value at that edge of the row ("2.36×10⁵ →"), in
    /// the row's upper part (the cell text is in its middle); when nothing of the boundary is drawn, the legend still names it.
    /// </summary>
    private static void AddBeyondLabels(Plot plot, ValueBoundary boundary, GridAxis x, GridAxis y, Color colour, string? legend)
    {
        for (int r = 0; r < y.Centres.Count; r++)
        {
            double value = boundary.XPerRow[r];
            if (!double.IsFinite(value) || x.Contains(value) || (x.Log && value <= 0))
            {
                continue;
            }
            bool right = x.Coordinate(value) > x.High;
            double height = y.Upper[r] - y.Lower[r];
            var label = plot.Add.Text(right ? $"{NumberText.Typeset(value)} →" : $"← {NumberText.Typeset(value)}",
                right ? x.High : x.Low, y.Centres[r] + 0.3 * height);
            label.LabelFontName = PlotTheme.FontName;
            label.LabelFontSize = 11;
            label.LabelBold = true;
            label.LabelFontColor = colour;
            label.LabelBackgroundColor = Colors.White.WithOpacity(0.85);
            label.LabelPadding = 2;
            label.LabelAlignment = right ? Alignment.MiddleRight : Alignment.MiddleLeft;
        }
        if (legend is not null)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend, LineColor = colour, LineWidth = 2.5f, LinePattern = LinePattern.Dashed });
        }
    }

    /// <summary>
    /// The polylines of a boundary in plot coordinates, split where a row has none (or, for values, lies off the plot). A
    /// staircase runs up the lower side of the row's cell and, between two rows, across halfway between them.
    /// </summary>
    internal static IEnumerable<(double[] X, double[] Y)> Segments(HeatmapBoundary boundary, GridAxis x, GridAxis y)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        IEnumerable<(double[], double[])> Flush()
        {
            if (xs.Count > 0)
            {
                yield return ([.. xs], [.. ys]);
            }
            xs.Clear();
            ys.Clear();
        }
        for (int r = 0; r < y.Centres.Count; r++)
        {
            switch (boundary)
            {
                case ValueBoundary value when x.Contains(value.XPerRow[r]):
                    xs.Add(x.Coordinate(value.XPerRow[r]));
                    ys.Add(y.Centres[r]);
                    break;
                case CellEdgeBoundary edge when edge.ColumnPerRow[r] is int column:
                    if (xs.Count > 0)
                    {
                        double between = (y.Upper[r - 1] + y.Lower[r]) / 2;
                        xs.AddRange([xs[^1], x.Lower[column]]);
                        ys.AddRange([between, between]);
                    }
                    xs.AddRange([x.Lower[column], x.Lower[column]]);
                    ys.AddRange([y.Lower[r], y.Upper[r]]);
                    break;
                default:
                    foreach (var segment in Flush())
                    {
                        yield return segment;
                    }
                    break;
            }
        }
        foreach (var segment in Flush())
        {
            yield return segment;
        }
    }
}

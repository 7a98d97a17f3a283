using ScottPlot;
using ScottPlot.TickGenerators;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Draws a <see cref="Heatmap"/> with ScottPlot 5 as one filled rectangle per cell (crisp in SVG, and cells of a grid
/// that is not evenly spaced keep their true place), on log10 axes when the values are positive (ticks at the grid values
/// only), coloured by the colour-blind-safe viridis map with a colour bar on the right, the cell texts in black or white by
/// the cell's lightness, and the boundaries over it (<see cref="BoundaryOverlay"/>), named in a legend below the plot.
/// </summary>
internal static class HeatmapRenderer
{
    public const int Width = 620;

    public const int Height = 500;

    private static readonly Color s_empty = Color.FromHex("#d9d9d9");

    public static string ToSvg(Heatmap heatmap)
    {
        using var plot = Build(heatmap);
        return SvgMarkup.Inline(plot.GetSvgXml(Width, Height), heatmap.Title);
    }

    public static string ToPng(Heatmap heatmap, string path)
    {
        using var plot = Build(heatmap);
        return AtomicFile.WriteAllBytes(path, plot.GetImageBytes(Width, Height, ImageFormat.Png));
    }

    internal static Plot Build(Heatmap heatmap)
    {
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.Title(FigureRenderer.Wrap(heatmap.Title, 52));
        plot.XLabel(heatmap.XLabel);
        plot.YLabel(heatmap.YLabel);
        plot.HideGrid();

        var x = GridAxis.Of(heatmap.Xs, heatmap.LogX);
        var y = GridAxis.Of(heatmap.Ys, heatmap.LogY);
        var colormap = new ScottPlot.Colormaps.Viridis();
        var scale = heatmap.Scale;
        double low = scale.Log ? Math.Log10(scale.Low) : scale.Low;
        double high = scale.Log ? Math.Log10(scale.High) : scale.High;
        bool showText = heatmap.Xs.Count <= 12 && heatmap.Ys.Count <= 12;
        for (int c = 0; c < heatmap.Xs.Count; c++)
        {
            for (int r = 0; r < heatmap.Ys.Count; r++)
            {
                double value = heatmap.Values[c, r];
                var fill = double.IsFinite(value) ? colormap.GetColor(Position(scale.Log ? Math.Log10(value) : value, low, high)) : s_empty;
                var cell = plot.Add.Rectangle(x.Lower[c], x.Upper[c], y.Lower[r], y.Upper[r]);
                cell.FillColor = fill;
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                if (showText && heatmap.Texts[c, r] is { Length: > 0 } text)
                {
                    var label = plot.Add.Text(text, x.Centres[c], y.Centres[r]);
                    label.LabelFontName = PlotTheme.FontName;
                    label.LabelFontSize = heatmap.Xs.Count <= 6 ? 12 : 10;
                    label.LabelFontColor = IsLight(fill) ? PlotTheme.Ink : Colors.White;
                    label.LabelAlignment = Alignment.MiddleCenter;
                }
            }
        }
        foreach (var boundary in heatmap.Boundaries)
        {
            BoundaryOverlay.Add(plot, boundary, x, y);
        }

        plot.Axes.SetLimits(x.Low, x.High, y.Low, y.High);
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. Ticks(heatmap.Xs, x)]);
        plot.Axes.Left.TickGenerator = new NumericManual([.. Ticks(heatmap.Ys, y)]);
        var bar = plot.Add.ColorBar(new ScaleSource(colormap, low, high), Edge.Right);
        bar.Label = scale.Label;
        bar.LabelStyle.FontName = PlotTheme.FontName;
        bar.LabelStyle.FontSize = 12;
        bar.Axis.TickLabelStyle.FontName = PlotTheme.FontName;
        bar.Axis.TickLabelStyle.FontSize = 11;
        if (scale.Log)
        {
            bar.Axis.TickGenerator = LogTicks.Generator(low, high);
        }
        if (heatmap.Boundaries.Count > 0)
        {
            plot.ShowLegend(Edge.Bottom);
        }
        return plot;
    }

    /// <summary>Where <paramref name="value"/> falls on the colormap, 0 … 1 (the middle when the scale is one value).</summary>
    internal static double Position(double value, double low, double high) =>
        high > low ? Math.Clamp((value - low) / (high - low), 0, 1) : 0.5;

    /// <summary>True when black text reads better than white on <paramref name="colour"/> (Rec. 709 weights of its sRGB values above 0.4).</summary>
    internal static bool IsLight(Color colour) =>
        (0.2126 * colour.Red + 0.7152 * colour.Green + 0.0722 * colour.Blue) / 255 > 0.4;

    /// <summary>The least distance between two labelled ticks, as a fraction of the axis (about 45 px of a 560 px axis).</summary>
    private const double LabelSpacing = 0.08;

    /// <summary>
    /// Ticks at the grid values: "10ⁿ" when every value is a power of ten (also 100 → 10², so the labels agree), else the
    /// typeset value; from left to right a value closer than <see cref="LabelSpacing"/> of the axis to the last labelled one
    /// gets a tick without a label (many values close together on a log axis would overprint).
    /// </summary>
    internal static IReadOnlyList<Tick> Ticks(IReadOnlyList<double> values, GridAxis axis)
    {
        bool decades = values.All(v => v > 0 && Math.Abs(Math.Log10(v) - Math.Round(Math.Log10(v))) < 1e-9);
        double spacing = LabelSpacing * (axis.High - axis.Low);
        var ticks = new List<Tick>();
        double last = double.NegativeInfinity;
        for (int i = 0; i < values.Count; i++)
        {
            double position = axis.Centres[i];
            if (position - last < spacing)
            {
                ticks.Add(Tick.Minor(position));
                continue;
            }
            ticks.Add(Tick.Major(position, decades ? NumberText.PowerOfTen((int)Math.Round(Math.Log10(values[i]))) : NumberText.Typeset(values[i])));
            last = position;
        }
        return ticks;
    }

    /// <summary>The colour axis of the colour bar: the colormap over [low, high] (in drawn units: log10 on a log scale).</summary>
    private sealed class ScaleSource(IColormap colormap, double low, double high) : IHasColorAxis
    {
        public IColormap Colormap { get; } = colormap;

        public ScottPlot.Range GetRange() => high > low ? new ScottPlot.Range(low, high) : new ScottPlot.Range(low - 0.5, high + 0.5);
    }
}

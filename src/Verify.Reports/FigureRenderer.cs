using ScottPlot;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Draws a check's <see cref="Figure"/> with ScottPlot 5: line plots with title, axis labels and legend;
/// bounds (constant two-point series) dashed; on a log y axis, log10 of the values with 10ⁿ tick labels and
/// non-positive values left out (the legend says how many). Curves longer than
/// <see cref="MaxPointsPerSeries"/> are min–max decimated. The same figure always gives the same SVG.
/// </summary>
public static class FigureRenderer
{
    public const int DefaultWidth = 640;
    public const int DefaultHeight = 420;

    /// <summary>The most points drawn per series; longer ones keep their first, last and extreme points.</summary>
    public const int MaxPointsPerSeries = 2000;

    /// <summary>An inline SVG element (no XML prologue) for embedding in HTML.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels; by default <see cref="DefaultHeight"/> plus room for a legend of many series.</param>
    public static string ToSvg(Figure figure, int width = DefaultWidth, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var plot = Build(figure);
        return SvgMarkup.Inline(plot.GetSvgXml(width, height ?? HeightFor(figure)), figure.Title);
    }

    /// <summary>Writes the figure as a PNG file (atomically) and returns its full path.</summary>
    public static string ToPng(Figure figure, string path, int width = DefaultWidth, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var plot = Build(figure);
        return PngFile.Write(path, plot.GetImageBytes(width, height ?? HeightFor(figure), ImageFormat.Png));
    }

    /// <summary>The most legend entries put below the plot; ScottPlot 5.1 cuts off a longer stack there, so more go to the right.</summary>
    private const int MaxLegendItemsBelow = 4;

    /// <summary>A legend below the plot stacks its entries when they do not fit on one row: leave room for that.</summary>
    internal static int HeightFor(Figure figure) => DefaultHeight + 20 * Math.Clamp(figure.Series.Count - 2, 0, MaxLegendItemsBelow - 2);

    internal static Plot Build(Figure figure)
    {
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);

        var series = figure.Series.Select(s => PlotSeries.From(s, figure.LogY, MaxPointsPerSeries)).ToList();
        var empty = new List<string>();
        for (int i = 0; i < series.Count; i++)
        {
            if (series[i].X.Length == 0)
            {
                empty.Add(series[i].Name);
                continue;
            }
            AddCurve(plot, series[i], PlotTheme.SeriesColor(i), figure.LogY);
        }

        var limits = PlotLimits.Of(series, figure.LogY);
        plot.Axes.SetLimits(limits.Left, limits.Right, limits.Bottom, limits.Top);
        if (figure.LogY)
        {
            plot.Axes.Left.TickGenerator = LogTicks.Generator(limits.Bottom, limits.Top);
        }
        if (empty.Count > 0 || series.Count == 0)
        {
            string what = figure.LogY ? "no positive finite values" : "no finite values";
            string text = series.Count == 0 ? "no data" : $"{what}: {string.Join(", ", empty)}";
            var note = plot.Add.Annotation(text, Alignment.LowerLeft);
            note.LabelFontName = PlotTheme.FontName;
            note.LabelFontSize = 12;
            note.LabelStyle.ForeColor = PlotTheme.Ink;
            note.LabelStyle.BackgroundColor = Colors.White;
            note.LabelStyle.BorderColor = PlotTheme.Muted;
            note.LabelStyle.ShadowColor = Colors.Transparent;
        }
        int drawn = series.Count(s => s.X.Length > 0);
        bool legendRight = drawn > MaxLegendItemsBelow;
        plot.Title(Wrap(figure.Title, legendRight ? 30 : 56));
        if (drawn > 0)
        {
            plot.ShowLegend(legendRight ? Edge.Right : Edge.Bottom);
        }
        return plot;
    }

    /// <summary>Breaks a long title into lines at spaces (ScottPlot centres the title over the data area, which a long line overruns).</summary>
    internal static string Wrap(string text, int lineLength)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        lines.Add(line.ToString());
        return string.Join('\n', lines);
    }

    private static void AddCurve(Plot plot, PlotSeries series, Color color, bool logY)
    {
        var curve = plot.Add.ScatterLine(series.X, series.Y, color);
        curve.LegendText = series.LegendText(logY);
        if (series.IsReferenceLine)
        {
            curve.LineWidth = 1.5f;
            curve.LinePattern = LinePattern.Dashed;
            curve.MarkerSize = 0;
            return;
        }
        curve.LineWidth = 2;
        bool sparse = series.X.Length <= 60;
        curve.MarkerSize = sparse ? 5 : 0;
        curve.MarkerShape = MarkerShape.FilledCircle;
    }
}

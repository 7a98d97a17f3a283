using ScottPlot;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Draws a check's <see cref="Figure"/> with ScottPlot 5: line plots with title, axis labels and legend
/// (none when no drawn series has a name);
/// bounds (constant two-point series) dashed; on a log y axis (asked for, or chosen by <see cref="AutoLogAxis"/> when the
/// values span decades), log10 of the values with 10ⁿ tick labels and non-positive values left out (the legend says how
/// many); the same for x on request (sweep figures, see <see cref="XAxisOptions"/>); an x axis of whole numbers (steps)
/// gets whole-number ticks only. Curves longer than
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
    public static string ToSvg(Figure figure, int width = DefaultWidth, int? height = null) =>
        ToSvg(figure, XAxisOptions.Default, width, height ?? HeightFor(figure));

    /// <summary>Writes the figure as a PNG file (atomically) and returns its full path.</summary>
    public static string ToPng(Figure figure, string path, int width = DefaultWidth, int? height = null) =>
        ToPng(figure, XAxisOptions.Default, path, width, height ?? HeightFor(figure));

    /// <summary>An inline SVG element with the given x axis.</summary>
    internal static string ToSvg(Figure figure, XAxisOptions xAxis, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var plot = Build(figure, xAxis);
        return SvgMarkup.Inline(plot.GetSvgXml(width, height), figure.Title);
    }

    /// <summary>A PNG file with the given x axis; returns its full path.</summary>
    internal static string ToPng(Figure figure, XAxisOptions xAxis, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var plot = Build(figure, xAxis);
        return AtomicFile.WriteAllBytes(path, plot.GetImageBytes(width, height, ImageFormat.Png));
    }

    /// <summary>The most legend entries put below the plot; ScottPlot 5.1 cuts off a longer stack there, so more go to the right.</summary>
    private const int MaxLegendItemsBelow = 4;

    /// <summary>A legend below the plot stacks its entries when they do not fit on one row: leave room for that.</summary>
    internal static int HeightFor(Figure figure, int baseHeight = DefaultHeight) =>
        baseHeight + 20 * Math.Clamp(figure.Series.Count - 2, 0, MaxLegendItemsBelow - 2);

    internal static Plot Build(Figure figure, XAxisOptions xAxis = default)
    {
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);

        bool logY = AutoLogAxis.LogY(figure);
        var series = figure.Series.Select(s => PlotSeries.From(s, logY, MaxPointsPerSeries, xAxis.Log)).ToList();
        var empty = new List<string>();
        for (int i = 0; i < series.Count; i++)
        {
            if (series[i].X.Length == 0)
            {
                empty.Add(series[i].Name);
                continue;
            }
            AddCurve(plot, series[i], PlotTheme.SeriesColor(i), logY, xAxis.Log);
        }

        var limits = PlotLimits.Of(series, logY, xAxis);
        plot.Axes.SetLimits(limits.Left, limits.Right, limits.Bottom, limits.Top);
        if (logY)
        {
            plot.Axes.Left.TickGenerator = LogTicks.Generator(limits.Bottom, limits.Top);
        }
        if (xAxis.Log)
        {
            plot.Axes.Bottom.TickGenerator = LogTicks.Generator(limits.Left, limits.Right);
        }
        else if (series.Any(s => s.X.Length > 0) && series.All(s => s.X.All(double.IsInteger)))
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }
        if (empty.Count > 0 || series.Count == 0)
        {
            string what = logY || xAxis.Log ? "no positive finite values" : "no finite values";
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
        if (series.Any(s => s.X.Length > 0 && s.LegendText(logY, xAxis.Log).Length > 0))
        {
            plot.ShowLegend(legendRight ? Edge.Right : Edge.Bottom);
        }
        return plot;
    }

    /// <summary>
    /// Breaks a long title into lines at spaces (ScottPlot centres the title over the data area, which a long
    /// line overruns); a dash "—" stays with the word after it, so "… — by m" never ends a line with the dash.
    /// </summary>
    internal static string Wrap(string text, int lineLength)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in Words(text))
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

    private static IEnumerable<string> Words(string text)
    {
        string[] words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            yield return words[i] == "—" && i + 1 < words.Length ? $"— {words[++i]}" : words[i];
        }
    }

    private static void AddCurve(Plot plot, PlotSeries series, Color color, bool logY, bool logX)
    {
        var curve = plot.Add.ScatterLine(series.X, series.Y, color);
        curve.LegendText = series.LegendText(logY, logX);
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

using System.Globalization;
using ScottPlot.TickGenerators;
using ScottPlot;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A horizontal bar chart of an instance's hypotheses: one bar per check id, the factor by which its value and bound
/// differ (<see cref="FactorOff"/>: &gt; 1 holds by that factor, &lt; 1 fails by it) on a log axis symmetric about
/// factor 1 (<see cref="FactorAxis"/>), so that a few-percent margin and a width off by 10²³ are both readable and
/// neither saturates. Bars are coloured by verdict (pass green, fail red, as the badges) and labelled with the factor
/// ("holds ×2.5", "fails ×4.5e23"); a check without a factor (value or bound not positive, or not finite) gets a row
/// that says so instead of a bar.
/// </summary>
public static class MarginChart
{
    public const int DefaultWidth = 640;

    private const int RowHeight = 30;

    /// <summary>An inline SVG element, or null when the instance has no hypothesis.</summary>
    public static string? ToSvg(InstanceReport instance, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Hypotheses.Count == 0)
        {
            return null;
        }
        using var plot = Build(instance);
        return SvgMarkup.Inline(plot.GetSvgXml(width, HeightFor(instance)), TitleOf(instance));
    }

    /// <summary>Writes the chart as a PNG file and returns its full path, or null when there is no hypothesis.</summary>
    public static string? ToPng(InstanceReport instance, string path, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Hypotheses.Count == 0)
        {
            return null;
        }
        using var plot = Build(instance);
        return AtomicFile.WriteAllBytes(path, plot.GetImageBytes(width, HeightFor(instance), ImageFormat.Png));
    }

    internal static int HeightFor(InstanceReport instance) => 170 + RowHeight * instance.Hypotheses.Count;

    private static string TitleOf(InstanceReport instance) =>
        $"Hypothesis margins · {instance.Scenario} #{instance.Index.ToString(CultureInfo.InvariantCulture)}";

    internal static Plot Build(InstanceReport instance)
    {
        var plot = new Plot();
        PlotTheme.Apply(plot);
        plot.Title(FigureRenderer.Wrap(TitleOf(instance), 56));
        plot.XLabel("factor by which value and bound differ (log axis)\n← fails by that factor · ×1 · holds by that factor →");

        var checks = instance.Hypotheses;
        var decades = checks.Select(c => FactorOff.Of(c) is double f ? Math.Log10(f) : double.NaN).ToArray();
        double low = Math.Min(0, decades.Where(double.IsFinite).DefaultIfEmpty(0).Min());
        double high = Math.Max(0, decades.Where(double.IsFinite).DefaultIfEmpty(0).Max());
        if (high - low < 1e-9)
        {
            (low, high) = (-1, 1);
        }
        double span = high - low;

        var bars = new List<Bar>();
        var labels = new NumericManual();
        for (int i = 0; i < checks.Count; i++)
        {
            double row = checks.Count - 1 - i;
            labels.AddMajor(row, checks[i].Id);
            var color = PlotTheme.VerdictColor(checks[i].Verdict);
            if (double.IsFinite(decades[i]))
            {
                bars.Add(new Bar { Position = row, Value = decades[i], ValueBase = 0, FillColor = color, LineWidth = 0, Size = 0.6 });
            }
            AddValueLabel(plot, checks[i], row, decades[i], span, color);
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
        }
        plot.Add.VerticalLine(0, 1, PlotTheme.Ink);

        bool anyNegative = low < 0;
        bool anyPositive = high > 0 || decades.Any(t => !double.IsFinite(t));
        plot.Axes.SetLimits(
            low - span * (anyNegative ? 0.38 : 0.04),
            high + span * (decades.Any(t => !double.IsFinite(t)) ? 0.6 : anyPositive ? 0.38 : 0.04),
            -0.6,
            checks.Count - 0.4);
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. FactorAxis.Ticks(low, high)]);
        plot.Axes.Left.TickGenerator = labels;
        plot.Grid.YAxisStyle.IsVisible = false;
        AddLegend(plot, checks);
        return plot;
    }

    private static void AddValueLabel(Plot plot, CheckReport check, double row, double decades, double span, Color color)
    {
        bool finite = double.IsFinite(decades);
        string text = finite ? FactorOff.Text(Math.Pow(10, decades)) : NoFactorText(check);
        double x = finite ? decades : 0;
        var label = plot.Add.Text(text, x + (x < 0 ? -1 : 1) * span * 0.01, row);
        label.LabelFontName = PlotTheme.FontName;
        label.LabelFontSize = 12;
        label.LabelFontColor = finite ? color : PlotTheme.Muted;
        label.LabelAlignment = x < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
    }

    /// <summary>"no ratio: 0.3 vs 0 (pass)": value and bound, which have no factor between them.</summary>
    internal static string NoFactorText(CheckReport check) =>
        $"no ratio: {NumberFormat.Text(check.Value, 3)} vs {NumberFormat.Text(check.Bound, 3)} ({VerdictText(check.Verdict)})";

    private static void AddLegend(Plot plot, IReadOnlyList<CheckReport> checks)
    {
        foreach (var verdict in checks.Select(c => c.Verdict).Distinct().Order())
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = VerdictText(verdict),
                FillColor = PlotTheme.VerdictColor(verdict),
                LineWidth = 0,
            });
        }
        plot.ShowLegend(Edge.Bottom);
    }

    private static string VerdictText(Verdict verdict) => Verdicts.HypothesisText(verdict);
}

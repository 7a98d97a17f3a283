using ScottPlot;
using Verify.Core;

namespace Verify.Reports;

/// <summary>The look shared by every plot: the font, the colours of series and verdicts, grid and sizes.</summary>
internal static class PlotTheme
{
    /// <summary>Set explicitly so rendering does not depend on the fonts a machine happens to pick (fonts-dejavu-core).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>A colour-blind-friendly palette (Okabe–Ito, without yellow, which is unreadable on white).</summary>
    private static readonly Color[] s_palette =
    [
        Color.FromHex("#0072B2"),
        Color.FromHex("#D55E00"),
        Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"),
        Color.FromHex("#E69F00"),
        Color.FromHex("#000000"),
    ];

    public static Color SeriesColor(int index) => s_palette[index % s_palette.Length];

    /// <summary>The verdict colours of the HTML badges, so a bar and its badge agree.</summary>
    public static Color VerdictColor(Verdict verdict) => verdict switch
    {
        Verdict.Pass => Color.FromHex("#1f7a3a"),
        Verdict.Fail => Color.FromHex("#b3261e"),
        Verdict.Error => Color.FromHex("#8a4b00"),
        Verdict.Inconclusive => Color.FromHex("#7c5cbf"),
        _ => Color.FromHex("#6b7280"),
    };

    public static readonly Color Ink = Color.FromHex("#1d2430");

    public static readonly Color Muted = Color.FromHex("#4b5563");

    /// <summary>Applies font, grid and sizes to a new plot.</summary>
    public static void Apply(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 12;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Axes.Title.Label.FontSize = 15;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = 13;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 12;
            axis.TickLabelStyle.ForeColor = Ink;
        }
        plot.Grid.MajorLineColor = Colors.Black.WithOpacity(0.12);
        plot.Grid.MinorLineColor = Colors.Black.WithOpacity(0.05);
        plot.Grid.MinorLineWidth = 1;
    }
}

using System.Text.RegularExpressions;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class FigureRendererTests
{
    private static double[] Steps(int count) => [.. Enumerable.Range(0, count).Select(i => (double)i)];

    private static Figure LossFigure() => new("Training loss <decay>", "step k", "‖y − u(k)‖²", LogY: true,
        [
            Series.Of("loss", Steps(200), [.. Steps(200).Select(k => Math.Pow(0.95, k))]),
            Series.Constant("bound", 1e-3, 0, 199),
        ]);

    [Test]
    public void ToSvg_HasAnSvgRootAndTheEscapedTitle()
    {
        string svg = FigureRenderer.ToSvg(LossFigure());

        Assert.That(svg, Does.StartWith("<svg"));
        Assert.That(svg, Does.Not.Contain("<?xml"));
        Assert.That(svg.TrimEnd(), Does.EndWith("</svg>"));
        Assert.That(svg, Does.Contain("Training loss &lt;decay&gt;"));
        Assert.That(svg, Does.Contain("viewBox=\"0 0 640 420\""));
    }

    [Test]
    public void ToSvg_LogScale_LabelsDecadesAndLeavesOutNonPositiveAndNonFiniteValues()
    {
        double[] x = Steps(10);
        double[] y = [1e-6, 1e-5, 0, 1e-4, -3, double.NaN, 1e-2, double.PositiveInfinity, 1e-1, 1];
        var figure = new Figure("log", "k", "value", LogY: true, [Series.Of("data", x, y)]);

        string svg = FigureRenderer.ToSvg(figure);

        Assert.That(svg, Does.Contain("10⁻⁶").And.Contain("10⁻³").And.Contain("10⁰"));
        Assert.That(svg, Does.Contain("data (a value 0 not drawn on the log axis; 3 negative or non-finite left out)"));
    }

    [Test]
    public void ValuesSpanningMoreThanTwoDecades_GetALogAxis_WithTheZerosLeftOutAndSaid()
    {
        // a tiny measured curve (10⁻⁵ … 10⁻⁴) under a bound of 0.3: on a linear axis the curve would be a flat line at 0
        var figure = new Figure("changes", "step k", "fraction", LogY: false,
            [Series.Of("changed", [0, 1, 2, 3], [0, 1e-5, 5e-5, 1e-4]), Series.Constant("bound", 0.3, 0, 3)]);

        string svg = FigureRenderer.ToSvg(figure);

        Assert.That(AutoLogAxis.LogY(figure), Is.True);
        Assert.That(svg, Does.Contain("10⁻⁴").And.Contain("changed (a value 0 not drawn on the log axis)"));
        Assert.That(AutoLogAxis.Note(figure), Is.EqualTo("log y axis: the positive values span 4.5 decades; 1 value ≤ 0 left out (a log axis cannot show them)."));
    }

    [TestCase(1e-2, false)] // exactly two decades: linear
    [TestCase(0.99e-2, true)]
    public void AutoLog_SwitchesAboveTwoDecades(double smallest, bool log)
    {
        var figure = new Figure("f", "k", "v", LogY: false, [Series.Of("v", [0, 1], [smallest, 1])]);

        Assert.That(AutoLogAxis.LogY(figure), Is.EqualTo(log));
        Assert.That(AutoLogAxis.Note(figure), log ? Is.Not.Null : Is.Null);
    }

    [Test]
    public void AStepAxisOfAShortRun_HasWholeNumberTicksOnly()
    {
        // a run that diverged at step 2: the automatic ticks would be 0, 0.2, …, 2
        var figure = new Figure("diverged", "step k", "loss", LogY: true, [Series.Of("loss", [0, 1, 2], [1, 30, 1e4])]);

        using var plot = FigureRenderer.Build(figure);
        _ = plot.GetSvgXml(FigureRenderer.DefaultWidth, FigureRenderer.DefaultHeight);
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToList();

        Assert.That(ticks, Is.Not.Empty.And.All.Matches<double>(double.IsInteger));
    }

    [Test]
    public void ToSvg_DrawsASeriesWithoutAnyPlottablePointAsANote()
    {
        var figure = new Figure("empty", "k", "value", LogY: true, [Series.Of("zeros", [0, 1, 2], [0, 0, -1])]);

        string svg = FigureRenderer.ToSvg(figure);

        Assert.That(svg, Does.Contain("no positive finite values: zeros"));
    }

    [Test]
    public void ToSvg_OfAFigureWithoutSeriesSaysSo()
    {
        string svg = FigureRenderer.ToSvg(new Figure("nothing", "x", "y", LogY: true, []));

        Assert.That(svg, Does.Contain("no data"));
    }

    [Test]
    public void Wrap_BreaksLongTitlesAtSpaces()
    {
        Assert.That(FigureRenderer.Wrap("λ_min(H(k)) along training", 56), Is.EqualTo("λ_min(H(k)) along training"));
        Assert.That(FigureRenderer.Wrap("one two three four", 9), Is.EqualTo("one two\nthree\nfour"));
        Assert.That(FigureRenderer.Wrap("λ_min(H(k)) along training — by m", 30), Is.EqualTo("λ_min(H(k)) along training\n— by m"));
    }

    [Test]
    public void Build_ShowsNoLegendWhenNoSeriesHasAName()
    {
        using var unnamed = FigureRenderer.Build(new Figure("unnamed", "m", "value", LogY: true, [Series.Of("", [1, 10, 100], [3, 2, 1])]));
        using var named = FigureRenderer.Build(new Figure("named", "m", "value", LogY: true, [Series.Of("median", [1, 10, 100], [3, 2, 1])]));

        Assert.That(unnamed.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>(), Is.Empty, "an empty legend panel blanks the picture");
        Assert.That(named.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>(), Is.Not.Empty);
    }

    [Test]
    public void ToSvg_WithALogXAxis_LeavesOutNonPositiveXAndLabelsDecades()
    {
        var figure = new Figure("sweep", "m", "value", LogY: false, [Series.Of("value", [0, 100, 1000, 10_000], [4, 3, 2, 1])]);

        string svg = FigureRenderer.ToSvg(figure, new XAxisOptions(Log: true, Padded: true), 420, 320);

        Assert.That(svg, Does.Contain("10²").And.Contain("10³").And.Contain("10⁴"));
        Assert.That(svg, Does.Contain("value (a value 0 not drawn on the log axis)"));
    }

    [Test]
    public void ToSvg_DrawsBoundsDashed()
    {
        var figure = new Figure("bounds", "k", "λ", LogY: false,
            [Series.Of("λ_min", [0, 1, 2], [0.9, 0.8, 0.85]), Series.Constant("λ₀/2", 0.5, 0, 2)]);

        using var plot = FigureRenderer.Build(figure);
        var curves = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();

        Assert.That(curves.Select(c => c.LegendText), Is.EqualTo(new[] { "λ_min", "λ₀/2" }));
        Assert.That(curves[0].LinePattern, Is.EqualTo(ScottPlot.LinePattern.Solid));
        Assert.That(curves[1].LinePattern, Is.EqualTo(ScottPlot.LinePattern.Dashed));
        Assert.That(curves[1].MarkerSize, Is.Zero);
    }

    [Test]
    public void ToSvg_IsDeterministic()
    {
        string first = FigureRenderer.ToSvg(LossFigure());
        _ = FigureRenderer.ToSvg(new Figure("other", "x", "y", false, [Series.Of("s", [0, 1], [1, 2])]));
        string second = FigureRenderer.ToSvg(LossFigure());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void ToSvg_GivesDifferentFiguresDistinctElementIds()
    {
        var ids = new Regex("id=\"([^\"]+)\"");
        var first = ids.Matches(FigureRenderer.ToSvg(LossFigure())).Select(m => m.Groups[1].Value).ToHashSet();
        var second = ids.Matches(FigureRenderer.ToSvg(new Figure("other", "x", "y", false, [Series.Of("s", [0, 1], [1, 2])])))
            .Select(m => m.Groups[1].Value).ToHashSet();

        Assert.That(first, Is.Not.Empty);
        Assert.That(first.Overlaps(second), Is.False);
    }

    [Test]
    public void ToSvg_StaysLightForLongSeries()
    {
        double[] x = Steps(200_000);
        double[] y = [.. x.Select(k => Math.Exp(-k / 50_000) * (1 + 0.1 * Math.Sin(k)))];
        var figure = new Figure("long", "k", "loss", LogY: true, [Series.Of("loss", x, y)]);

        string svg = FigureRenderer.ToSvg(figure);

        Assert.That(svg.Length, Is.LessThan(200_000));
    }

    [Test]
    public void ToPng_WritesAPngFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"verify-figure-{Guid.NewGuid():N}", "loss.png");
        try
        {
            string written = FigureRenderer.ToPng(LossFigure(), path);

            byte[] bytes = File.ReadAllBytes(written);
            Assert.That(bytes.Length, Is.GreaterThan(1000));
            Assert.That(bytes[..8], Is.EqualTo(PngMagic));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    internal static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>Known answers of the phase diagrams on <see cref="PhaseSample"/>'s 3 × 3 grid.</summary>
public sealed class PhaseDiagramTests
{
    private static TheoremReport Theorem() => PhaseSample.Report().Theorems[0];

    private static PhaseGrid Grid() => PhaseGrid.Of(Theorem(), "m", "n");

    [Test]
    public void Grid_SortsTheValuesAndCountsTheInstancesOffIt()
    {
        var grid = Grid();

        Assert.That(grid.Xs, Is.EqualTo(PhaseSample.Widths));
        Assert.That(grid.Ys, Is.EqualTo(PhaseSample.Sizes));
        Assert.That(grid.Off, Is.EqualTo(1));
        Assert.That(grid.CellSizes(), Is.EqualTo((PhaseSample.PerCell, PhaseSample.PerCell)));
    }

    [Test]
    public void InScope_FractionsAndExactIntervalsPerCell()
    {
        var (values, texts) = PhaseDiagram.Fractions(Grid(), i => i.InScope == true, withInterval: true);

        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                Assert.That(values[c, r], Is.EqualTo(PhaseSample.InScope[r][c] / 4.0), $"cell m = {PhaseSample.Widths[c]}, n = {PhaseSample.Sizes[r]}");
            }
        }
        // Clopper–Pearson for k of 4: 0 → [0, 1 − 0.025^¼] = [0, 0.60236]; 2 → [0.06759, 0.93241]; 3 → [0.19412, 0.99369]; 4 → [0.025^¼, 1] = [0.39764, 1].
        Assert.That(texts[0, 0], Is.EqualTo("2/4\n[0.067, 0.933]"));
        Assert.That(texts[0, 1], Is.EqualTo("0/4\n[0, 0.603]"));
        Assert.That(texts[1, 1], Is.EqualTo("3/4\n[0.194, 0.994]"));
        Assert.That(texts[2, 0], Is.EqualTo("4/4\n[0.397, 1]"));
        Assert.That(texts[2, 2], Is.EqualTo("1/4\n[0.006, 0.806]"));
    }

    [Test]
    public void Boundaries_TakeTheWidthHypothesisNotTheDecoys()
    {
        var grid = Grid();

        var check = PhaseBoundaries.AsymptoticCheck(grid, Theorem().Instances);

        Assert.That(check?.Id, Is.EqualTo("width"), "the Asymptotic lower bound whose value is m; not 'radius' (value 0.5) nor 'step-size' (≤)");
        Assert.That(PhaseBoundaries.MedianBound(grid, "width"), Is.EqualTo(new[] { 3680, 29440, 235520 }).Within(1e-9));
        Assert.That(PhaseBoundaries.SmallestColumn(grid, PhaseBoundaries.InstanceTierHolds), Is.EqualTo(new int?[] { 1, 2, null }));
        Assert.That(PhaseBoundaries.SmallestColumn(grid, PhaseBoundaries.ConclusionsHeld), Is.EqualTo(new int?[] { 0, 1, 2 }));
    }

    [Test]
    public void Boundaries_NeverTakeAReferenceBound_AnotherPapersBaseline()
    {
        var theorem = Theorem();
        var instances = theorem.Instances.Select(i => PhaseGrid.Value(i, "m") is double m ? i with
        {
            Hypotheses =
            [
                new CheckReport("baseline-width", Tier.Asymptotic, "another paper's width", "baseline", Provenance.Memory, m, Relation.GreaterOrEqual, 1e12,
                    double.NaN, Verdict.Fail, null, null) { Scaling = new TheoryScaling("m", 1, "the value is m") { Reference = true } },
                .. i.Hypotheses,
            ],
        } : i).ToList();

        var check = PhaseBoundaries.AsymptoticCheck(PhaseGrid.Of(theorem with { Instances = instances }, "m", "n"), instances);

        Assert.That(check?.Id, Is.EqualTo("width"));
    }

    [Test]
    public void SmallestColumn_IsWhereItHoldsFromOn_NotAnIsolatedCell()
    {
        var theorem = Theorem();
        var grid = Grid();
        // in the first row, conclusions hold from column 0 on; break column 1 only: it then holds from column 2 on
        double n0 = grid.Ys[0], m1 = grid.Xs[1];
        var instances = theorem.Instances.Select(i => PhaseGrid.Value(i, "n") == n0 && PhaseGrid.Value(i, "m") == m1
            ? i with { Conclusions = [.. i.Conclusions.Select(c => c with { Verdict = Verdict.Fail })] } : i).ToList();

        var broken = PhaseGrid.Of(theorem with { Instances = instances }, "m", "n");

        Assert.That(PhaseBoundaries.SmallestColumn(broken, PhaseBoundaries.ConclusionsHeld)[0], Is.EqualTo(2));
    }

    [Test]
    public void For_DrawsThreeFiguresWithCaptionsThatSayWhatEverythingMeans()
    {
        var figures = PhaseDiagram.For(Theorem(), "m", "n", PhaseSample.LossRatio);

        Assert.That(figures.Select(f => f.FileStem), Is.EqualTo(new[] { "phase_m_n_in_scope", "phase_m_n_conclusions", "phase_m_n_loss_ratio" }));
        string inScope = figures[0].Caption;
        Assert.That(inScope, Does.Contain("fraction of its instances in scope").And.Contain("0 (dark purple) to 1 (yellow)")
            .And.Contain("4 instances per cell").And.Contain("1 instance without numeric m and n").And.Not.Contain("not evenly spaced"));
        Assert.That(inScope, Does.Contain("the bound of width [D]").And.Contain("Beyond the grid (m from 100 to 10000), written at the edge of the row (→) instead: n = 16: 236000."));
        Assert.That(inScope, Does.Contain("at no m of the grid for n = 16"));
        Assert.That(figures[2].Caption, Does.Contain("from 0.001 (dark purple) to 0.3 (yellow) on a log scale"));
        var staircase = figures[0].Heatmap.Boundaries.OfType<CellEdgeBoundary>().Single();
        Assert.That(staircase.ColumnPerRow, Is.EqualTo(new int?[] { 1, 2, null }));
    }

    [Test]
    public void For_LeavesTheLossFigureOutWithoutItsParameter()
    {
        Assert.That(PhaseDiagram.For(Theorem(), "m", "n", null), Has.Count.EqualTo(2));
        Assert.That(PhaseDiagram.For(Theorem(), "m", "n", "no such parameter"), Has.Count.EqualTo(2));
        Assert.That(PhaseDiagram.For(Theorem(), "width", "n", null), Is.Empty, "no instance reports 'width'");
    }

    [Test]
    public void LossRatio_MedianPerCell()
    {
        var loss = PhaseDiagram.For(Theorem(), "m", "n", PhaseSample.LossRatio)[2].Heatmap;

        Assert.That(loss.Values[0, 0], Is.EqualTo(0.1).Within(1e-15));
        Assert.That(loss.Values[2, 2], Is.EqualTo(0.003).Within(1e-15));
        Assert.That(loss.Scale.Log, Is.True);
    }

    [Test]
    public void Svg_HasTheCellTextsTheLegendAndTheColourBar()
    {
        string svg = PhaseDiagram.For(Theorem(), "m", "n", null)[0].ToSvg();

        Assert.That(svg, Does.StartWith("<svg").And.Contain("<title>grid3: fraction in scope</title>"));
        Assert.That(svg, Does.Contain("2/4").And.Contain("[0.067, 0.933]"));
        Assert.That(svg, Does.Contain("width: required m (median)").And.Contain("Instance tier holds on every instance from here"));
        Assert.That(svg, Does.Contain("fraction in scope"));
        Assert.That(svg, Does.Contain("236000 →"), "the bound at n = 16 lies beyond the grid: named at its right edge");
        Assert.That(svg, Does.Contain("\n10²\n").And.Contain("\n10⁴\n").And.Not.Contain("\n100\n"), "a grid of powers of ten is labelled 10ⁿ throughout");
    }

    [Test]
    public void Bounds_AllBeyondTheGrid_AreNamedAndStillInTheLegend()
    {
        var figure = PhaseDiagram.For(PhaseSample.Report(boundFactor: 1e9).Theorems[0], "m", "n", null)[0];

        Assert.That(figure.Caption, Does.Contain("Every row's bound lies beyond the grid (m from 100 to 10000), so the line is not drawn; the values, written at the edge of each row (→), are n = 4: 7.36e10; n = 8: 5.89e11; n = 16: 4.71e12."));
        string svg = figure.ToSvg();
        Assert.That(svg, Does.Contain("7.36×10¹⁰ →").And.Contain("4.71×10¹² →"));
        Assert.That(svg, Does.Contain("width: required m (median)"), "the legend names the boundary although no line is drawn");
    }

    [Test]
    public void WideGrid_IntervalsLeaveTheCellsThenTheTexts()
    {
        var seven = PhaseDiagram.For(PhaseSample.Wide(7).Theorems[0], "m", "n", PhaseSample.LossRatio);
        var thirteen = PhaseDiagram.For(PhaseSample.Wide(13).Theorems[0], "m", "n", PhaseSample.LossRatio);

        Assert.That(seven[0].Heatmap.Texts[0, 0], Is.EqualTo("1/1"), "more than 6 columns: no interval in the cell");
        Assert.That(seven[0].Caption, Does.Not.Contain("Clopper"));
        Assert.That(seven[0].ToSvg(), Does.Contain("\n1/1\n"));
        Assert.That(thirteen[0].ToSvg(), Does.Not.Contain("\n1/1\n"), "more than 12 columns: no cell text");
        Assert.That(thirteen[2].Heatmap.Scale.Log, Is.False, "one loss ratio everywhere: no range for a log scale");
        Assert.That(thirteen[2].ToSvg(), Does.StartWith("<svg"));
    }

    [Test]
    public void Ticks_CloseValuesOnALogAxisAreNotAllLabelled()
    {
        double[] widths = [.. Enumerable.Range(1, 13).Select(i => 10.0 * i)];

        var ticks = HeatmapRenderer.Ticks(widths, GridAxis.Of(widths, log: true));

        var labelled = ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        // the axis spans log10 10 − 0.151 … log10 130 + 0.017, 1.282 decades: labels at least 0.103 apart (50 is 0.097 after 40, 100 is 0.097 after 80)
        Assert.That(labelled, Is.EqualTo(new[] { "10", "20", "30", "40", "60", "80", "110" }));
        Assert.That(ticks.Count(), Is.EqualTo(13), "every value keeps a tick");
    }

    [Test]
    public void Boundaries_KeepTheirColourWhenAloneAsTheCaptionsSay()
    {
        var heatmap = new Heatmap("t", "m", "n", [1, 10], [1, 10], new double[2, 2], new string?[2, 2], new ColourScale("c", 0, 1, Log: false),
            [new CellEdgeBoundary("staircase", [0, 1])]);

        using var plot = HeatmapRenderer.Build(heatmap);

        var line = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single(s => s.LegendText == "staircase");
        Assert.That(line.Color, Is.EqualTo(ScottPlot.Color.FromHex("#D55E00")), "vermilion, also without a value boundary before it");
    }

    [Test]
    public void GridAxis_CellsReachHalfwayInLogSpace()
    {
        var axis = GridAxis.Of([100, 1000, 10000], log: true);

        Assert.That(axis.Lower, Is.EqualTo(new[] { 1.5, 2.5, 3.5 }).Within(1e-12));
        Assert.That(axis.Upper, Is.EqualTo(new[] { 2.5, 3.5, 4.5 }).Within(1e-12));
        Assert.That(axis.Contains(29440), Is.True);
        Assert.That(axis.Contains(235520), Is.False);
        Assert.That(GridAxis.Of([5], log: false).Lower, Is.EqualTo(new[] { 4.5 }));
        Assert.That(GridAxis.Of([5], log: false).Upper, Is.EqualTo(new[] { 5.5 }));
    }

    [Test]
    public void GridAxis_AMissingValueLeavesABlankNotAWideCell()
    {
        var axis = GridAxis.Of([100, 1000, 10000, 1e6], log: true);

        // gaps 1, 1, 2 decades: the cell of 10⁴ is a decade wide (its smaller gap), that of 10⁶ two, and 4.5 … 5 stays blank
        Assert.That(axis.Upper[2], Is.EqualTo(4.5).Within(1e-12));
        Assert.That(axis.Lower[3], Is.EqualTo(5).Within(1e-12));
        Assert.That(axis.High, Is.EqualTo(7).Within(1e-12));
        Assert.That(axis.HasGaps, Is.True);
        Assert.That(GridAxis.Of([4, 8, 16, 32], log: true).HasGaps, Is.False);
    }

    [Test]
    public void Segments_StaircaseFollowsTheLowerSidesAndBreaksAtAMissingRow()
    {
        var x = GridAxis.Of([100, 1000, 10000], log: true);
        var y = GridAxis.Of([4, 8, 16], log: true);

        var segments = BoundaryOverlay.Segments(new CellEdgeBoundary("s", [1, 2, null]), x, y).ToList();

        Assert.That(segments, Has.Count.EqualTo(1));
        Assert.That(segments[0].X, Is.EqualTo(new[] { 2.5, 2.5, 2.5, 3.5, 3.5, 3.5 }).Within(1e-12));
        double between = (y.Upper[0] + y.Lower[1]) / 2;
        Assert.That(segments[0].Y, Is.EqualTo(new[] { y.Lower[0], y.Upper[0], between, between, y.Lower[1], y.Upper[1] }).Within(1e-12));
        Assert.That(y.Upper[0], Is.EqualTo(y.Lower[1]).Within(1e-12), "a regular grid's cells touch");
    }
}

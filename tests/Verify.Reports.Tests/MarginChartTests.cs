using NUnit.Framework;
using ScottPlot.Plottables;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class MarginChartTests
{
    /// <summary>A lower-bound check (value ≥ bound) whose value is <paramref name="factor"/> times its bound of 1.</summary>
    private static CheckReport Hypothesis(string id, double factor, Verdict verdict, Tier tier = Tier.Instance) =>
        Check(id, factor, Relation.GreaterOrEqual, 1, verdict, tier);

    private static CheckReport Check(string id, double value, Relation relation, double bound, Verdict verdict, Tier tier = Tier.Instance) =>
        new(id, tier, id, "Thm 3.1", Provenance.Verified, value, relation, bound,
            Evidence.RelativeMargin(value, relation, bound), verdict, null, null);

    private static InstanceReport Instance(params CheckReport[] hypotheses) =>
        new("small", 3, 7, false, Verdict.BeyondScope, [], hypotheses, [], [], null);

    [Test]
    public void ToSvg_ShowsEveryHypothesisAsAFactorColouredByVerdict()
    {
        var instance = Instance(
            Hypothesis("unit-norms", 1.05, Verdict.Pass, Tier.Data),
            Hypothesis("lambda-min-init", 0.8, Verdict.Fail),
            Check("width", 2.5e23, Relation.LessOrEqual, 1, Verdict.Fail, Tier.Asymptotic),
            Check("step-size", 1e-3, Relation.LessOrEqual, 1, Verdict.Pass, Tier.Asymptotic),
            Hypothesis("solver", double.NaN, Verdict.Inconclusive));

        string svg = MarginChart.ToSvg(instance)!;

        Assert.That(svg, Does.StartWith("<svg").And.Contain("Hypothesis margins · small #3"));
        foreach (string id in new[] { "unit-norms", "lambda-min-init", "width", "step-size", "solver" })
        {
            Assert.That(svg, Does.Contain(id));
        }
        Assert.That(svg, Does.Contain("holds ×1.05").And.Contain("fails ×1.25").And.Contain("fails ×2.5e23").And.Contain("holds ×1000"));
        Assert.That(svg, Does.Contain("×10¹⁸").And.Contain("×10⁶"), "decade ticks");
        Assert.That(svg, Does.Contain("no ratio: NaN vs 1 (inconclusive)"));
        Assert.That(svg.ToUpperInvariant(), Does.Contain("#1F7A3A").And.Contain("#B3261E"));
    }

    [Test]
    public void Bars_DoNotSaturate_AFarWorseFailureIsAFarLongerBar()
    {
        using var plot = MarginChart.Build(Instance(
            Check("off-by-1e23", 1e23, Relation.LessOrEqual, 1, Verdict.Fail),
            Check("off-by-5", 5, Relation.LessOrEqual, 1, Verdict.Fail),
            Hypothesis("holds-by-1e15", 1e15, Verdict.Pass)));

        var bars = plot.GetPlottables<BarPlot>().Single().Bars.OrderBy(b => b.Position).Select(b => b.Value).ToList();

        // rows from the bottom: holds-by-1e15, off-by-5, off-by-1e23; bar length = log10 of the factor (exact to rounding)
        Assert.That(bars[0], Is.EqualTo(15).Within(1e-12));
        Assert.That(bars[1], Is.EqualTo(-Math.Log10(5)).Within(1e-12));
        Assert.That(bars[2], Is.EqualTo(-23).Within(1e-12));
    }

    [Test]
    public void Factor_IsOrientedSoThatAboveOneHolds()
    {
        Assert.That(FactorOff.Of(3, Relation.GreaterOrEqual, 1), Is.EqualTo(3));
        Assert.That(FactorOff.Of(3, Relation.LessOrEqual, 1), Is.EqualTo(1.0 / 3));
        Assert.That(FactorOff.Of(0.5, Relation.Less, 2), Is.EqualTo(4));
        Assert.That(FactorOff.Of(0, Relation.LessOrEqual, 0), Is.EqualTo(1), "equal: at the bound");
        Assert.That(FactorOff.Of(0.1, Relation.Greater, 0), Is.Null, "no ratio to a zero bound");
        Assert.That(FactorOff.Of(-1, Relation.GreaterOrEqual, 2), Is.Null, "no ratio across signs");
        Assert.That(FactorOff.Of(double.PositiveInfinity, Relation.LessOrEqual, 2), Is.Null);
    }

    [Test]
    public void Axis_LabelsDecadesOnBothSides()
    {
        var ticks = FactorAxis.Ticks(-23, 3);

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[]
        {
            "×10¹⁸", "×10¹²", "×10⁶", "×1",
        }), "every 6 decades on the long side; the short side's ticks would collide with ×1");
        Assert.That(FactorAxis.Ticks(-6, 6).Select(t => t.Label), Is.EqualTo(new[] { "×10⁴", "×1", "×10⁴" }),
            "ticks at least a fifth of the span apart");
        Assert.That(ticks.Select(t => t.Position), Is.Ordered);
        Assert.That(FactorAxis.Ticks(-0.1, 0.5).Select(t => t.Label), Is.EqualTo(new[] { "×1", "×2" }));
    }

    [Test]
    public void ToSvg_WithOnlyPassingMarginsDoesNotThrow()
    {
        string? svg = MarginChart.ToSvg(Instance(Hypothesis("a", 1.5, Verdict.Pass), Hypothesis("b", 1, Verdict.Pass)));

        Assert.That(svg, Does.Contain("<svg"));
    }

    [Test]
    public void ToSvg_WithoutHypothesesIsNull()
    {
        Assert.That(MarginChart.ToSvg(Instance()), Is.Null);
    }

    [Test]
    public void ToPng_WritesAPng()
    {
        string path = Path.Combine(Path.GetTempPath(), $"verify-margins-{Guid.NewGuid():N}.png");
        try
        {
            MarginChart.ToPng(Instance(Hypothesis("a", 1.5, Verdict.Pass), Hypothesis("b", 0.3, Verdict.Fail)), path);

            Assert.That(File.ReadAllBytes(path)[..8], Is.EqualTo(FigureRendererTests.PngMagic));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

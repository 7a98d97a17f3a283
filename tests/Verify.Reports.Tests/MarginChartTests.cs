using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class MarginChartTests
{
    private static CheckReport Hypothesis(string id, double margin, Verdict verdict, Tier tier = Tier.Instance) =>
        new(id, tier, id, "Thm 3.1", Provenance.Verified, 1, Relation.GreaterOrEqual, 1, margin, verdict, null, null);

    private static InstanceReport Instance(params CheckReport[] hypotheses) =>
        new("small", 3, 7, false, Verdict.BeyondScope, [], hypotheses, [], [], null);

    [Test]
    public void ToSvg_ShowsEveryHypothesisColouredByVerdict()
    {
        var instance = Instance(
            Hypothesis("unit-norms", 0.05, Verdict.Pass, Tier.Data),
            Hypothesis("lambda-min-init", -0.2, Verdict.Fail),
            Hypothesis("width", -0.99999, Verdict.Fail, Tier.Asymptotic),
            Hypothesis("step-size", -1e19, Verdict.Fail, Tier.Asymptotic),
            Hypothesis("solver", double.NaN, Verdict.Inconclusive));

        string svg = MarginChart.ToSvg(instance)!;

        Assert.That(svg, Does.StartWith("<svg").And.Contain("Hypothesis margins · small #3"));
        foreach (string id in new[] { "unit-norms", "lambda-min-init", "width", "step-size", "solver" })
        {
            Assert.That(svg, Does.Contain(id));
        }
        Assert.That(svg, Does.Contain("+5 %").And.Contain("−20 %").And.Contain("−1e21 %"));
        Assert.That(svg, Does.Contain("no finite margin (inconclusive)"));
        Assert.That(svg.ToUpperInvariant(), Does.Contain("#1F7A3A").And.Contain("#B3261E"));
    }

    [Test]
    public void ToSvg_WithOnlyPassingMarginsDoesNotThrow()
    {
        string? svg = MarginChart.ToSvg(Instance(Hypothesis("a", 0.5, Verdict.Pass), Hypothesis("b", 0, Verdict.Pass)));

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
            MarginChart.ToPng(Instance(Hypothesis("a", 0.5, Verdict.Pass), Hypothesis("b", -2, Verdict.Fail)), path);

            Assert.That(File.ReadAllBytes(path)[..8], Is.EqualTo(FigureRendererTests.PngMagic));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Text;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>The phase section and the gap table in the page, on <see cref="PhaseSample"/>.</summary>
public sealed class PhaseSectionTests
{
    private static readonly PhasePlan Plan = new("m", "n", PhaseSample.LossRatio);

    [Test]
    public void GapTable_RequiredVsObservedPerRow()
    {
        var rows = GapTable.Rows(PhaseSample.Report(), Plan);

        Assert.That(rows.Select(r => r.Y), Is.EqualTo(PhaseSample.Sizes));
        Assert.That(rows.Select(r => r.Required), Is.EqualTo(new double?[] { 3680, 29440, 235520 }).Within(1e-9));
        Assert.That(rows.Select(r => r.InstanceTier), Is.EqualTo(new double?[] { 1000, 10000, null }));
        Assert.That(rows.Select(r => r.Observed), Is.EqualTo(new double?[] { 100, 1000, 10000 }));
        Assert.That(rows[0].FactorText, Is.EqualTo("×36.8"));
        Assert.That(rows[0].RequiredText, Is.EqualTo("3680 (width [D])"));
        Assert.That(rows[2].InstanceTierText, Is.EqualTo("not on the grid ([V] [D])"));
        Assert.That(rows[2].ObservedText, Is.EqualTo("10000 ([V])"));
    }

    [Test]
    public void Render_WithoutAPlanHasNoPhaseSection()
    {
        string html = HtmlReportWriter.Render(PhaseSample.Report());

        Assert.That(html, Does.Not.Contain("Phase diagrams").And.Not.Contain("Required vs observed"));
    }

    [Test]
    public void Render_WithAPlanHasTheGapTableThePhaseFiguresAndParses()
    {
        string html = HtmlReportWriter.Render(PhaseSample.Report(), Plan);

        Assert.That(html, Does.Contain("<h2 id=\"gap\">Required vs observed m</h2>").And.Contain("Phase diagrams: m × n"));
        Assert.That(CountOf(html, "<figure>"), Is.EqualTo(3));
        Assert.That(html, Does.Contain("<td class=\"num\">2/4 [0.067, 0.933]</td>"));
        Assert.That(html.IndexOf("Required vs observed", StringComparison.Ordinal), Is.LessThan(html.IndexOf("Phase diagrams", StringComparison.Ordinal)));
        Assert.That(HtmlValidity.ParseErrors(html), Is.Empty);
    }

    [Test]
    public void ReportFiles_WithAPlanWriteThePhasePngsAndThePage()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"verify-phase-{Guid.NewGuid():N}");
        try
        {
            string index = ReportFiles.Write(PhaseSample.Report(), directory, Plan);

            var pngs = Directory.GetFiles(Path.Combine(directory, FigureFiles.FolderName), "grid3_phase_*").Select(Path.GetFileName);
            Assert.That(pngs, Is.EquivalentTo(new[] { "grid3_phase_m_n_in_scope.png", "grid3_phase_m_n_conclusions.png", "grid3_phase_m_n_loss_ratio.png" }));
            Assert.That(File.ReadAllText(index), Does.Contain("Phase diagrams: m × n"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Append_NothingForATheoremOffTheGrid()
    {
        var html = new StringBuilder();

        PhaseSection.Append(html, PhaseSample.Report().Theorems[0], new PhasePlan("d", "n", null));

        Assert.That(html.ToString(), Is.Empty);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

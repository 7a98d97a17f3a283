using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>The paper's experiment declares its width sweep, and its instances report the axis as a number.</summary>
public sealed class Du2019SweepTests
{
    [Test]
    public void PaperFig1Scenarios_DeclareTheSweepByM_AndTheirInstancesReportMAsANumber()
    {
        var options = new RunOptions(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);
        var scenarios = new Du2019Theorem(Backends.Load(BackendChoice.Auto)).Scenarios(options);
        var swept = scenarios.Where(s => s.Sweep is not null).ToList();

        Assert.That(swept.Select(s => s.Sweep! with { Note = null }).ToList(), Has.Count.EqualTo(3).And.All.EqualTo(new SweepDeclaration("paper-fig1", "m")));
        Assert.That(swept[0].Sweep!.Note, Does.StartWith("Du et al. (2019), Fig. 1").And.Contain("at --quick size: n = d = 200 (the paper: n = d = 1000)")
            .And.Contain("the tool's own step size η = 0.5"), "the caption says what differs from the paper's figure");
        Assert.That(scenarios.Except(swept).Select(s => s.Id), Is.EqualTo(new[] { "in-scope" }));
        var widths = swept.Select(s => s.Draw(new InstanceContext(1, 0, options, CancellationToken.None)).Parameters.Single(p => p.Name == "m"));
        Assert.That(widths, Is.EqualTo(new[] { Parameter.Number("m", 100), Parameter.Number("m", 1000), Parameter.Number("m", 10_000) }));
    }
}

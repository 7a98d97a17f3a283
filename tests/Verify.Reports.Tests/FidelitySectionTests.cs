using System.Text;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Reports.Tests;

public sealed class FidelitySectionTests
{
    private static CheckReport Width(double m, double required, Verdict verdict) =>
        new("asymptotic-width", Tier.Asymptotic, "m > required", "Theorem 4.1", Provenance.Derived, m, Relation.Greater, required, double.NaN, verdict, null, null);

    private static InstanceReport Instance(int index, CheckReport width) =>
        new("s", index, (ulong)index, true, Verdict.Pass, [], [width], [], [], null);

    [Test]
    public void ShowsWhatAPassMeansAndTheLargestAsymptoticGap()
    {
        // Widths 1000 and 500 against a required 10⁶: gap factors 1000 and 2000; the largest is shown.
        var theorem = new TheoremReport("t", "T", "c", Verdict.Pass, [],
            [Instance(0, Width(1000, 1e6, Verdict.Fail)), Instance(1, Width(500, 1e6, Verdict.Fail)), Instance(2, Width(2e6, 1e6, Verdict.Pass))])
        {
            PassMeans = "A Pass means: our derived chain [D] held.",
        };
        var html = new StringBuilder();

        FidelitySection.Append(html, theorem);

        Assert.That(html.ToString(), Does.Contain("A Pass means: our derived chain [D] held."));
        Assert.That(html.ToString(), Does.Contain("Headline bounds (Asymptotic tier, never deciding scope):").And.Contain("asymptotic-width [D] held on 1 of 3 instances, worst gap (required / actual) 2000"));
    }

    [Test]
    public void WorstGapOfAnUpperBoundIsTheSmallest()
    {
        // η = 0.3 and 0.6 against a required η ≤ 0.1: gaps 1/3 and 1/6; the worst is 1/6.
        CheckReport Step(double eta) => new("asymptotic-step-size", Tier.Asymptotic, "η ≤ bound", "", Provenance.Derived, eta, Relation.LessOrEqual, 0.1, double.NaN, Verdict.Fail, null, null);
        var checks = new[] { Step(0.3), Step(0.6) }.GroupBy(c => c.Id).Single();

        Assert.That(FidelitySection.Describe(checks), Is.EqualTo("asymptotic-step-size [D] held on 0 of 2 instances, worst gap (required / actual) " + NumberFormat.Text(0.1 / 0.6, 3)));
    }
}

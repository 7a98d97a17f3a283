using NUnit.Framework;
using Verify.Theorems.Nguyen2021;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The width experiments' slope is "claimed" only for the paper's form under LeCun; for (H0)–(H2) and under He it is a
/// reference slope, and the statement says nothing is claimed there.
/// </summary>
public sealed class WidthLabelTests
{
    [Test]
    public void PaperFormUnderLeCun_IsClaimed()
    {
        foreach (var spec in new[] { N21Checks.SmallestWidthPaperDepth2, N21Checks.SmallestWidthPaperDepth3 })
        {
            Assert.That(spec.Scaling!.Reference, Is.False, spec.Id);
            Assert.That(spec.Scaling.Source, Does.StartWith("claimed").And.Contain("LeCun"), spec.Id);
            Assert.That(spec.Statement, Does.Contain("against the claimed").And.Contain("under LeCun"), spec.Id);
        }
    }

    [Test]
    public void Ours_IsAReferenceSlopeWithNothingClaimed()
    {
        foreach (var spec in new[] { N21Checks.SmallestWidthOursDepth2, N21Checks.SmallestWidthOursDepth3 })
        {
            Assert.That(spec.Scaling!.Reference, Is.True, spec.Id);
            Assert.That(spec.Statement, Does.Contain("reference slope").And.Contain("we prove no width law").And.Not.Contain("claimed n_"), spec.Id);
            Assert.That(N21Checks.UnderHe(spec), Is.SameAs(spec), "already a reference");
        }
    }

    [Test]
    public void PaperFormUnderHe_IsAReferenceSlopeWithTheSameId()
    {
        foreach (var (spec, depth) in new[] { (N21Checks.SmallestWidthPaperDepth2, 2), (N21Checks.SmallestWidthPaperDepth3, 3) })
        {
            var he = N21Checks.UnderHe(spec);
            Assert.That(he.Id, Is.EqualTo(spec.Id));
            Assert.That(he.Scaling!.Reference, Is.True);
            Assert.That(he.Scaling.Exponent, Is.EqualTo(depth));
            Assert.That(he.Scaling.Source, Does.Contain("exponent for He is unknown [M]"));
            Assert.That(he.Statement, Does.Contain($"reference slope {depth}").And.Contain("unknown [M]").And.Not.Contain("against the claimed"));
        }
    }
}

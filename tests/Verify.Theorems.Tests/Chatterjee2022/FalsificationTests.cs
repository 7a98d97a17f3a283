using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Chatterjee2022;
using static Verify.Theorems.Tests.Chatterjee2022.ToyNodeTests;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// A wrong certificate must not pass: f = |x|² (α ≡ 4) with a "bound" A = 8 &gt; α. (⋆) is then proved from the wrong
/// numbers, so the instance is in scope, and the checks that can falsify A — the per-step PL ratio and the adversarial
/// search, both finding |∇f|²/f = 4 &lt; 8 — must fail, making the instance a counterexample.
/// </summary>
public sealed class FalsificationTests
{
    private sealed class OverstatedBounds(ICriterionBounds honest) : ICriterionBounds
    {
        public double ValueUpper => honest.ValueUpper;

        public Bound AlphaLower(double radius) => new(8.0, "overstated on purpose (α ≡ 4)");

        public Bound HessianUpper(double radius) => honest.HessianUpper(radius);

        public IReadOnlyList<double> Radii => honest.Radii;
    }

    [Test]
    public void OverstatedAlpha_InScope_IsACounterexample()
    {
        double[] x0 = [0.6, -0.8, 0.3];
        var loss = new SquaredNormLoss(3);
        var problem = new CriterionProblem(loss, x0, () => new OverstatedBounds(loss.Bounds(x0)), null, 200);

        var report = TheoremRunner.RunInstance(new Scenario("overstated", "A = 8 > α = 4", 1, context => new ChInstance(problem, context)), Context());

        Assert.That(report.InScope, Is.True, "(⋆) is proved from the (wrong) numbers");
        Assert.That(report.Invariants.Single(c => c.Id == "invariant-search").Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(report.Invariants.Single(c => c.Id == "invariant-pl-ratio").Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Fail), "a violated invariant in scope is a counterexample");
    }
}

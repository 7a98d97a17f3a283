using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

public sealed class AdviceAndChainTableTests
{
    [Test]
    public void ChainTable_AgreesWithTheInstanceTierChecks()
    {
        // An in-scope draw (n = d = 3, m = 2000) and an out-of-scope one (m = 50): each row with a requirement holds
        // exactly when the check it stands for passes.
        foreach (int m in new[] { 2_000, 50 })
        {
            var initial = ChainInstances.Draw(seed: 1, n: 3, d: 3, m: m, stepSize: 0.01).Initial;
            var rows = ChainTable.Of(initial).ToDictionary(r => r.Symbol);

            Assert.Multiple(() =>
            {
                Assert.That(rows["‖H(0) − H∞‖₂"].Holds, Is.EqualTo(InstanceChecks.H0NearHInfinity(initial).Verdict == Verdict.Pass), $"m = {m}");
                Assert.That(rows["F(R′)"].Holds, Is.EqualTo(InstanceChecks.FlipPerturbation(initial).Verdict == Verdict.Pass), $"m = {m}");
                Assert.That(rows["2μ − 2h⊥ − 2τ − ηn²ν⁴"].Holds, Is.EqualTo(InstanceChecks.StepContraction(initial).Verdict == Verdict.Pass), $"m = {m}");
                Assert.That(rows["μ"].Value, Is.EqualTo(initial.Mu));
            });
        }
    }

    [Test]
    public void Extrapolation_IsLabelled_AndLiesBeyondTheWidthTried()
    {
        // At m = 50 the Instance tier fails; the extrapolated width must be larger and say it was not searched.
        var initial = ChainInstances.Draw(seed: 1, n: 3, d: 3, m: 50, stepSize: 0.01).Initial;
        Assert.That(initial.InstanceTierHoldsNumerically(0, Du2019Advice.AdvisedMargin), Is.False, "the premise of the test");

        var advice = InstanceWidthSearch.Extrapolated(initial, 50, "--max-width 50");

        Assert.That(advice.Statement, Does.EndWith("extrapolated"));
        Assert.That(advice.Note, Does.Contain("EXTRAPOLATED, not searched").And.Contain("--max-width 50"));
        Assert.That(advice.Value, Is.GreaterThan(50));
        Assert.That(advice.AlreadyHolds, Is.False);
    }
}

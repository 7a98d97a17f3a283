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
    public void Prediction_IsLabelled_AndLandsNearTheSearchedWidth()
    {
        // Data and network draws as the width search makes them (same seed at every width): the smallest doubling width
        // m* at which the Instance tier holds, then the prediction from m*/8, where it does not.
        var drawn = ChainInstances.Draw(seed: 1, n: 3, d: 3, m: 16, stepSize: 0.01);
        (InitialAnalysis Analysis, MathNet.Numerics.LinearAlgebra.Matrix<double> Z) At(long m)
        {
            var network = Verify.Training.TwoLayerReluNetwork.Initialize((int)m, 3, new Verify.Core.Xoshiro256StarStar(7));
            var z = Verify.Numerics.Gram.PreActivations(ChainInstances.Backend, drawn.Data.Inputs, network.W);
            return (new InitialAnalysis(ChainInstances.Backend, drawn.Data, z, network.W, network.A, 0, 0.1), z);
        }
        long searched = 16;
        while (!At(searched).Analysis.InstanceTierHoldsNumerically(0, Du2019Advice.AdvisedMargin))
        {
            searched *= 2;
        }
        var (analysis, z) = At(searched / 8);

        var advice = InstanceWidthSearch.Extrapolated(drawn.Data, analysis, z, $"--max-width {searched / 8}");

        TestContext.Out.WriteLine($"searched m* = {searched}, predicted from m*/8: {advice.Value}");
        Assert.That(advice.Statement, Does.EndWith("predicted"));
        Assert.That(advice.Note, Does.Contain("PREDICTED, not searched").And.Contain($"--max-width {searched / 8}"));
        Assert.That(advice.Value, Is.InRange(searched / 4.0, searched * 4.0), "within the doubling grid's resolution and the draw's randomness");
    }
}

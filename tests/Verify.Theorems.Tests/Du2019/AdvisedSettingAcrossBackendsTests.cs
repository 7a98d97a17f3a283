using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// The setting <c>verify check</c> advises must be decided the same way on every backend: the instance of issue 10
/// (seed 11, n = d = 3, m = 40 000), once decided by a 10⁻¹⁷ margin that the backends disagreed on. Each backend analyses
/// the same draw and advises a step; every advised step is then checked on every backend.
/// </summary>
public sealed class AdvisedSettingAcrossBackendsTests
{
    [Test]
    public void AdvisedStepPassesOnEveryBackend()
    {
        var kinds = TestBackends.All;
        var analyses = kinds.Select(kind => Analyse(TestBackends.Require(kind))).ToList();
        var advised = analyses.Select(a => Du2019Advice.InstanceStepSize(a, "in the test").Value).ToList();
        Assert.That(advised, Has.All.Not.Null, "every backend advises a step");

        foreach (var (initial, backend) in analyses.Zip(kinds))
        {
            Assert.That(InstanceChecks.H0NearHInfinity(initial).Verdict, Is.EqualTo(Verdict.Pass), backend.ToString());
            Assert.That(InstanceChecks.FlipPerturbation(initial).Verdict, Is.EqualTo(Verdict.Pass), backend.ToString());
            foreach (var eta in advised)
            {
                var evidence = InstanceChecks.StepContraction(initial, eta!.Value);
                Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), $"{backend}, η = {eta:R}: {evidence.Note}");
            }
        }
        TestContext.Out.WriteLine($"advised η: {string.Join(", ", advised.Select(e => e!.Value.ToString("R")))}");
    }

    private static InitialAnalysis Analyse(ILinearAlgebraBackend backend)
    {
        var random = new Xoshiro256StarStar(11);
        var x = Du2019Theorem.NearlyOrthogonal(3, 3, random);
        var y = Labels.Uniform(3, 0.5, random);
        var network = TwoLayerReluNetwork.Initialize(40_000, 3, random);
        var data = new DataAnalysis(backend, x, Vector<double>.Build.DenseOfArray(y));
        return new InitialAnalysis(backend, data, network.W, network.A, stepSize: 0, delta: 0.1);
    }
}

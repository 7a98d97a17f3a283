using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Razborov2022;

namespace Verify.Theorems.Tests.Razborov2022;

[Explicit("exploration: prints the hypotheses' ratios against m")]
public sealed class Exploration
{
    [Test]
    public void Table()
    {
        foreach (double noise in new[] { 0.001, 0.01, 0.1 })
        {
            foreach (int m in new[] { 16, 64, 256, 1024, 2048, 4096, 4500, 5000, 6000, 8192 })
            {
                var run = TwoRateRun.LeCun(8, 8, m, noise, 2022);
                var probe = run.Inputs(0, 1);
                double eta2 = 0.9 / (probe.FeatureNorm * probe.FeatureNorm);
                var c0 = TwoRateCertificate.Evaluate(run.Inputs(0, eta2));
                var c = TwoRateCertificate.Evaluate(run.Inputs(eta2, eta2));
                var verdicts = string.Join(",", c.Hypotheses.Select(h => h.Decide().Verdict.ToString()[0]));
                var verdicts0 = string.Join(",", c0.Hypotheses.Select(h => h.Decide().Verdict.ToString()[0]));
                TestContext.Out.WriteLine($"noise {noise} m {m}: lf {probe.LambdaF:G4} Fn {probe.FeatureNorm:G4} X {probe.XNorm:G4} A0 {probe.OutputNorm:G4} E0 {probe.Residual:G4} | eta1=0: {verdicts0} rho {c0.Contraction:G6} ra {c0.RadiusA:G3} largest eta1/eta2 {c0.LargestEta1 / eta2:G3} verdicts at largest: {string.Join(",", TwoRateCertificate.Evaluate(run.Inputs(c0.LargestEta1, eta2)).Hypotheses.Select(h => h.Decide().Verdict.ToString()[0]))} | eta1=eta2: {verdicts} ratios {string.Join(" ", c.Ratios.Select(r => r.ToString("G3")))}");
            }
        }
    }

    [Test]
    public void SmallestWidthForEqualRates()
    {
        foreach (double noise in new[] { 0.001, 0.01 })
        {
            for (int m = 3200; m <= 6000; m += 32)
            {
                var run = TwoRateRun.LeCun(8, 8, m, noise, 2022);
                double fn = run.Inputs(0, 1).FeatureNorm;
                double eta2 = 0.9 / (fn * fn);
                var c = TwoRateCertificate.Evaluate(run.Inputs(eta2, eta2));
                if (c.Hypotheses.All(h => h.Decide().Verdict == Verdict.Pass))
                {
                    TestContext.Out.WriteLine($"noise {noise}: smallest m (step 32) with eta1 = eta2 in scope: {m}");
                    break;
                }
            }
        }
    }
}

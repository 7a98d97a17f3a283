using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Theorems.Nguyen2021;
using static Verify.Theorems.Tests.Nguyen2021.N21TestInstances;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>λ_F = σ_N(F_{L−1}⁰) and ‖W_l⁰‖₂ enclose what an independent managed SVD of independently computed matrices gives.</summary>
public sealed class LambdaFTests
{
    [TestCase(new[] { 64, 1 })]
    [TestCase(new[] { 16, 48, 1 })]
    [TestCase(new[] { 12, 10, 40, 1 })]
    public void Enclosures_ContainTheManagedSvd(int[] widths)
    {
        var random = new Verify.Core.Xoshiro256StarStar(11);
        var x = N21Draws.Inputs(8, 6, random);
        var network = N21Draws.Network(new NetworkSpec(widths, ActivationSpec.Relu), 6, "lecun", random);
        var y = network.Outputs(Backend, x);
        var analysis = new N21Analysis(Backend, new N21Setup(x, y, network, 1e-3, 1));

        var managed = LastHidden(network, x).Svd(computeVectors: false).S;
        double sigmaN = managed[x.RowCount - 1];
        Assert.That(analysis.LambdaF.Lower, Is.LessThanOrEqualTo(sigmaN * (1 + 1e-12)), analysis.LambdaF.Note);
        Assert.That(analysis.LambdaF.Upper, Is.GreaterThanOrEqualTo(sigmaN * (1 - 1e-12)), analysis.LambdaF.Note);
        Assert.That(analysis.LambdaF.Upper - analysis.LambdaF.Lower, Is.LessThan(1e-6 * sigmaN), "a tight enclosure");
        for (int l = 1; l <= network.Depth; l++)
        {
            double norm = network.Weight(l).Svd(computeVectors: false).S[0];
            Assert.That(analysis.LayerNormsUpper[l - 1], Is.GreaterThanOrEqualTo(norm * (1 - 1e-12)), $"‖W_{l}‖₂ upper");
            Assert.That(analysis.LayerNormsLower[l - 1], Is.LessThanOrEqualTo(norm * (1 + 1e-12)), $"‖W_{l}‖₂ lower");
        }
        Assert.That(analysis.XFrobeniusLower, Is.LessThanOrEqualTo(x.FrobeniusNorm()).And.GreaterThan(x.FrobeniusNorm() * (1 - 1e-14)));
        Assert.That(analysis.XFrobeniusUpper, Is.GreaterThanOrEqualTo(x.FrobeniusNorm()).And.LessThan(x.FrobeniusNorm() * (1 + 1e-14)));
    }
}

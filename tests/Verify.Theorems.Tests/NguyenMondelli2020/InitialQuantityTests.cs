using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;
using static Verify.Theorems.Tests.NguyenMondelli2020.NmTestInstances;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>The quantities of §3a at initialisation against independent computations on tiny known cases.</summary>
public sealed class InitialQuantityTests
{
    private static (NmSetup Setup, InitialAnalysis Analysis) Analyse(int n, int d, int[] widths, ulong seed, Func<int, Matrix<double>>? layer = null)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = Initialisations.Inputs(n, d, random);
        var y = Gaussian.Sample(n, widths[^1], random);
        var spec = new NetworkSpec(widths, SmoothLeaky);
        var weights = Enumerable.Range(1, widths.Length)
            .Select(l => layer?.Invoke(l) ?? Initialisations.LeCun(spec.WeightShape(l, d).Rows, spec.WeightShape(l, d).Columns, random)).ToList();
        var setup = new NmSetup(x, y, new FeedForwardNetwork(spec, weights), 0.01, 1);
        return (setup, new InitialAnalysis(Backend, setup));
    }

    [Test]
    public void LambdaF_EnclosesTheSmallestSingularValueOfF1ComputedIndependently()
    {
        var (setup, analysis) = Analyse(n: 6, d: 3, widths: [9, 4, 2, 1], seed: 11);

        var f1 = Features1(setup.Initial, setup.Inputs);
        double expected = f1.Svd(computeVectors: false).S[5]; // σ₆ of the 6×9 matrix: σ_N, N = 6 (MathNet's managed SVD)

        Assert.That(analysis.LambdaF.Lower, Is.LessThanOrEqualTo(expected));
        Assert.That(analysis.LambdaF.Upper, Is.GreaterThanOrEqualTo(expected));
        Assert.That(analysis.LambdaF.Upper - analysis.LambdaF.Lower, Is.LessThan(1e-9 * expected + 1e-12), "the enclosure is tight");
    }

    [Test]
    public void LayerLambdas_EncloseTheScaleOfScaledOrthonormalColumns()
    {
        var random = new Xoshiro256StarStar(3);
        var q3 = Initialisations.OrthonormalColumns(4, 3, random) * 250.0;
        var q4 = Initialisations.OrthonormalColumns(3, 1, random) * 0.5;
        var (_, analysis) = Analyse(n: 5, d: 3, widths: [6, 4, 3, 1], seed: 2, layer: l => l switch { 3 => q3, 4 => q4, _ => null! });

        Assert.That(analysis.LayerSmallest, Has.Count.EqualTo(2));
        Assert.That(analysis.LayerSmallest[0].Lower, Is.LessThanOrEqualTo(250.0).And.GreaterThan(250.0 * (1 - 1e-12)));
        Assert.That(analysis.LayerSmallest[0].Upper, Is.GreaterThanOrEqualTo(250.0 * (1 - 1e-15)).And.LessThan(250.0 * (1 + 1e-12)));
        Assert.That(analysis.LayerSmallest[1].Lower, Is.LessThanOrEqualTo(0.5).And.GreaterThan(0.5 * (1 - 1e-12)));
    }

    [Test]
    public void NormsAndResidual_EncloseTheirIndependentValues()
    {
        var (setup, analysis) = Analyse(n: 7, d: 4, widths: [10, 3, 2], seed: 23);

        double xNorm = setup.Inputs.Svd(computeVectors: false).S[0];
        Assert.That(analysis.XNorm2Lower, Is.LessThanOrEqualTo(xNorm));
        Assert.That(analysis.XNorm2Upper, Is.GreaterThanOrEqualTo(xNorm).And.LessThan(xNorm * (1 + 1e-10)));
        Assert.That(analysis.XFrobeniusUpper, Is.GreaterThanOrEqualTo(setup.Inputs.FrobeniusNorm()));
        double residual = (setup.Initial.Outputs(TestBackends.Managed, setup.Inputs) - setup.Targets).FrobeniusNorm();
        Assert.That(analysis.ResidualLower, Is.LessThanOrEqualTo(residual));
        Assert.That(analysis.ResidualUpper, Is.GreaterThanOrEqualTo(residual));
        for (int l = 1; l <= 3; l++)
        {
            double norm = setup.Initial.Weight(l).Svd(computeVectors: false).S[0];
            Assert.That(analysis.LayerNormsLower[l - 1], Is.LessThanOrEqualTo(norm), $"‖W_{l}‖₂ lower");
            Assert.That(analysis.LayerNormsUpper[l - 1], Is.GreaterThanOrEqualTo(norm), $"‖W_{l}‖₂ upper");
        }
    }

    [Test]
    public void MuRadiusAndH1_FollowTheirClosedForms()
    {
        // L = 4, γ = ½: (2/γ)^{L−2} = 16, μ = γ⁴ λ_F² λ₃²λ₄² / 4³, R = 2⁴ r / (γ² λ_F λ₃ λ₄).
        var ends = new Ends(Depth: 4, Gamma: 0.5, LambdaF: 0.25, Product: 6, MinLayer: 2, XNorm2: 5, Residual: 0.01);

        Assert.That(ends.Mu, Is.EqualTo(Math.Pow(0.5, 4) * 0.0625 * 36 / 64).Within(1e-15));
        Assert.That(ends.Radius, Is.EqualTo(16 * 0.01 / (0.25 * 0.25 * 6)).Within(1e-15));
        Assert.That(ends.Radius, Is.EqualTo(2 * Math.Sqrt(0.01 * 0.01 / ends.Mu)).Within(1e-12), "R = 2√(2Φ₀/μ)");
        Assert.That(ends.Left, Is.EqualTo(0.25 * 6 * Math.Min(0.25 / 5, 2)).Within(1e-15));
        Assert.That(ends.Right, Is.EqualTo(8 * 16 * 0.01).Within(1e-15));
        // (H1) ⟺ R ≤ λ_F/(2‖X‖₂) ∧ R ≤ min λ_l/2.
        Assert.That(ends.Left >= ends.Right, Is.EqualTo(ends.Radius <= 0.25 / 10 && ends.Radius <= 1));
    }

    [Test]
    public void LimitKernelEstimate_IsReproducibleAndComesWithAStandardError()
    {
        var random = new Xoshiro256StarStar(9);
        var x = Initialisations.Inputs(6, 3, random);
        var activation = Activation.Of(SmoothLeaky);

        var first = LimitKernel.Compute(Backend, x, activation, 123);
        var second = LimitKernel.Compute(Backend, x, activation, 123);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Estimate, Is.GreaterThan(0));
        Assert.That(first.StandardError, Is.GreaterThan(0).And.LessThan(first.Estimate));
    }
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Theorems.Razborov2022;
using Verify.Training;
using static Verify.Theorems.Tests.Razborov2022.RzTestData;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>
/// The kernels of spec §3 at initialisation against their closed-form expectations, by Monte Carlo over many neurons:
/// H_ij = Σ_r h_r and G_ij = Σ_r g_r are sums of m i.i.d. terms, so by the CLT each entry is within 6 standard deviations
/// √m·sd(h_r) of its mean (sd estimated from the same m terms); a two-sided 6σ miss has probability ≈ 2·10⁻⁹ per entry.
/// </summary>
public sealed class KernelTests
{
    private const int N = 4, D = 3, M = 200_000;

    [TestCase("LeCun")]
    [TestCase("Ntk")]
    public void KernelsAtInitialisation_MatchTheirExpectations(string presetName)
    {
        var preset = Enum.Parse<RzPreset>(presetName);
        var x = Inputs(N, D, 11);
        var network = RzModel.Draw(preset, M, D, 12);
        double kappa = network.Spec.OutputScale;
        var h = RzModel.FirstLayerKernel(Backend, x, network);
        var g = RzModel.OutputKernel(Backend, x, network);
        double scaleH = M * kappa * kappa * RzModel.OutputVariance(preset, M);
        double scaleG = M * kappa * kappa * RzModel.WeightVariance(preset, D);
        var expectedH = RzModel.ExpectedFirstLayerKernel(x, scaleH);
        var expectedG = RzModel.ExpectedOutputKernel(x, scaleG);

        var z = RzModel.PreActivations(Backend, x, network.Weight(1));
        var a = RzModel.OutputWeights(network);
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                double dot = x.Row(i).DotProduct(x.Row(j));
                var hTerms = Enumerable.Range(0, M).Select(r => kappa * kappa * a[r] * a[r] * (z[i, r] >= 0 && z[j, r] >= 0 ? dot : 0)).ToArray();
                var gTerms = Enumerable.Range(0, M).Select(r => kappa * kappa * Math.Max(z[i, r], 0) * Math.Max(z[j, r], 0)).ToArray();
                Assert.That(h[i, j], Is.EqualTo(expectedH[i, j]).Within(6 * Math.Sqrt(M) * StandardDeviation(hTerms)), $"H[{i},{j}] ({preset})");
                Assert.That(g[i, j], Is.EqualTo(expectedG[i, j]).Within(6 * Math.Sqrt(M) * StandardDeviation(gTerms)), $"G[{i},{j}] ({preset})");
                Assert.That(h[i, j], Is.EqualTo(hTerms.Sum()).Within(1e-9 * Math.Max(1, Math.Abs(h[i, j]))), "H as GEMMs = H term by term");
                Assert.That(g[i, j], Is.EqualTo(gTerms.Sum()).Within(1e-9 * Math.Max(1, Math.Abs(g[i, j]))), "G as a GEMM = G term by term");
            }
        }
    }

    [Test]
    public void Expectations_HaveTheKnownDiagonals()
    {
        // E H_ii = scale·‖x_i‖²/2, E G_ii = scale·‖x_i‖²/2 (ρ = 1)
        var x = Inputs(3, 5, 4);
        var h = RzModel.ExpectedFirstLayerKernel(x, 2.0);
        var g = RzModel.ExpectedOutputKernel(x, 2.0);
        for (int i = 0; i < 3; i++)
        {
            double norm2 = x.Row(i).DotProduct(x.Row(i));
            Assert.That(h[i, i], Is.EqualTo(norm2).Within(1e-12 * norm2));
            Assert.That(g[i, i], Is.EqualTo(norm2).Within(1e-12 * norm2));
        }
    }

    private static double StandardDeviation(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}

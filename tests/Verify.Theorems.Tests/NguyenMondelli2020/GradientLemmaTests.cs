using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Training;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>
/// The PL lemma ‖∇_{W₂}Φ‖_F ≥ γ^{L−2} σ_N(F₁) Π_{l≥3} σ_min(W_l) ‖F_L − Y‖_F (README.md, step A3) and the companion upper
/// bound ‖∇_{W_l}Φ‖_F ≤ ‖X‖_F Π_{p≠l} ‖W_p‖₂ ‖F_L − Y‖_F (README.md, B8), at random θ: N = 6 inputs in d = 4, a wide
/// first layer n₁ = 8 ≥ N and a pyramidal rest, smooth-leaky σ (γ = 0.2, b = 4), each layer's weights scaled by a
/// random factor in [0.25, 4] (so the layers are far from LeCun's scale as well as near it).
/// </summary>
public sealed class GradientLemmaTests
{
    private const int N = 6;
    private const int D = 4;
    private const int Draws = 40;

    [TestCase(new[] { 8, 1 })]
    [TestCase(new[] { 8, 5, 1 })]
    [TestCase(new[] { 8, 5, 3, 1 })]
    [TestCase(new[] { 8, 6, 4, 2 })]
    public void PlLemmaAndCompanionBound_HoldAtRandomWeights(int[] widths)
    {
        var random = new Xoshiro256StarStar(7 + widths.Sum());
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, ActivationSpec.SmoothLeaky(0.2, 4));
        double gamma = Activation.Of(spec.Activation).Properties.InfDerivative;
        var backend = BallInstance.Backend;
        double smallestPl = double.PositiveInfinity, largestCompanion = 0;
        for (int draw = 0; draw < Draws; draw++)
        {
            var x = Matrix<double>.Build.Random(N, D, normal);
            var y = Matrix<double>.Build.Random(N, widths[^1], normal);
            var weights = Enumerable.Range(1, widths.Length).Select(l =>
            {
                var (rows, columns) = spec.WeightShape(l, D);
                return Matrix<double>.Build.Random(rows, columns, normal) * (Math.Pow(4, (2 * random.NextDouble()) - 1) / Math.Sqrt(rows));
            }).ToList();
            var network = new FeedForwardNetwork(spec, weights);
            var features = network.Features(backend, x);
            double residual = (features[^1] - y).FrobeniusNorm();
            var gradients = Backpropagation.Gradients(backend, network, x, y);

            // σ_N(F₁): the N-th (smallest) singular value of the N×n₁ matrix F₁; σ_min(W_l) = σ_{n_l}(W_l) (W_l tall).
            double sigmaF = features[1].Svd(computeVectors: false).S[N - 1];
            double lower = Math.Pow(gamma, widths.Length - 2) * sigmaF
                * Enumerable.Range(3, Math.Max(0, widths.Length - 2)).Aggregate(1.0, (p, l) => p * weights[l - 1].Svd(false).S[widths[l - 1] - 1])
                * residual;
            double pl = gradients[1].FrobeniusNorm() / lower;
            // Both sides carry relative rounding ≲ 10⁻¹³; the smallest ratio measured is far above 1 (printed below).
            Assert.That(pl, Is.GreaterThanOrEqualTo(1.0), $"draw {draw}: the PL lemma fails, ratio {pl}");
            smallestPl = Math.Min(smallestPl, pl);

            double[] spectral = [.. weights.Select(w => w.L2Norm())];
            for (int l = 1; l <= widths.Length; l++)
            {
                double upper = x.FrobeniusNorm() * spectral.Where((_, i) => i != l - 1).Aggregate(1.0, (p, s) => p * s) * residual;
                double companion = gradients[l - 1].FrobeniusNorm() / upper;
                Assert.That(companion, Is.LessThanOrEqualTo(1.0), $"draw {draw}, layer {l}: the companion bound fails, ratio {companion}");
                largestCompanion = Math.Max(largestCompanion, companion);
            }
        }

        TestContext.Out.WriteLine($"L = {widths.Length}: smallest PL ratio {smallestPl:G4} (≥ 1), largest companion ratio {largestCompanion:G4} (≤ 1)");
    }
}

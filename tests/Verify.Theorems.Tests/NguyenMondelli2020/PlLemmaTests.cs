using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;
using static Verify.Theorems.Tests.NguyenMondelli2020.NmTestInstances;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>
/// Spec §5 (E1): the PL lemma ‖∇_{W₂}Φ‖_F ≥ γ^{L−2} σ_N(F₁) Π σ_min(W_l) ‖F_L − Y‖_F at random θ, several depths, and the
/// companion gradient upper bound ‖∇_{W_l}Φ‖_F ≤ ‖X‖_F Π_{p≠l} ‖W_p‖₂ ‖F_L − Y‖_F.
/// </summary>
public sealed class PlLemmaTests
{
    private static IEnumerable<TestCaseData> Networks()
    {
        int[][] shapes = [[8, 1], [8, 4, 1], [10, 5, 3, 2], [12, 6, 6, 3, 1]];
        foreach (var widths in shapes)
        {
            for (ulong seed = 1; seed <= 5; seed++)
            {
                yield return new TestCaseData(widths, seed).SetArgDisplayNames($"[{string.Join(",", widths)}]", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [TestCaseSource(nameof(Networks))]
    public void PlRatioIsAtLeastOneAndTheGradientBoundHolds(int[] widths, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        const int n = 6, d = 3;
        var x = Initialisations.Inputs(n, d, random);
        var y = Gaussian.Sample(n, widths[^1], random);
        var spec = new NetworkSpec(widths, SmoothLeaky);
        // Random θ: Gaussian weights of unit variance (not LeCun), far from any initialisation scheme.
        var weights = Enumerable.Range(1, widths.Length).Select(l => spec.WeightShape(l, d)).Select(s => Gaussian.Sample(s.Rows, s.Columns, random)).ToList();
        var network = new FeedForwardNetwork(spec, weights);
        var descent = new GradientDescent(Backend, network, x, y, [.. Enumerable.Repeat(0.0, widths.Length)]);

        if (widths.Length >= 2)
        {
            Assert.That(NmProbes.PlRatioAt(descent, 0.2), Is.GreaterThanOrEqualTo(1.0));
        }
        var gradients = Backpropagation.Gradients(Backend, network, x, y);
        double residual = Math.Sqrt(descent.SquaredResidualNorm);
        var norms = weights.Select(w => w.Svd(computeVectors: false).S[0]).ToList();
        for (int l = 0; l < widths.Length; l++)
        {
            double others = norms.Where((_, p) => p != l).Aggregate(1.0, (a, b) => a * b);
            Assert.That(gradients[l].FrobeniusNorm(), Is.LessThanOrEqualTo(x.FrobeniusNorm() * others * residual * (1 + 1e-12)), $"layer {l + 1}");
        }
    }
}

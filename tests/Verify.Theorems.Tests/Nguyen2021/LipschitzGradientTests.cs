using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Training;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The two lemmas of theorems/Nguyen2021/README.md for ReLU at random weights, depths 2, 3 and 4 (N = 6, d = 4, a wide last
/// hidden layer n_{L−1} = 12 ≥ N, narrow layers below it):
/// <list type="bullet">
/// <item>L1 (Lipschitz): ‖F_{L−1}(θ′) − F_{L−1}(θ)‖_F ≤ ‖X‖_F Σ_{l&lt;L} (Π_{p&lt;L, p≠l} λ̄_p) ‖W_l′ − W_l‖₂ with
/// λ̄_p = max(‖W_p‖₂, ‖W_p′‖₂);</item>
/// <item>L2 (gradient): ‖∇_{W_l}Φ‖_F ≤ ‖X‖_F Π_{p≠l} ‖W_p‖₂ ‖F_L − Y‖_F for the backpropagation (sub)gradient with any
/// σ′(0) ∈ [0, 1].</item>
/// </list>
/// Both sides of each ratio carry relative rounding ≲ 10⁻¹³ (a few GEMMs and SVDs of matrices this small); the ratio is
/// asserted ≤ 1 + 10⁻¹⁰.
/// </summary>
public sealed class LipschitzGradientTests
{
    private const int N = 6;
    private const int D = 4;
    private const int Draws = 60;
    private const double Rounding = 1e-10;

    private static readonly int[][] Topologies = [[12, 1], [5, 12, 1], [5, 4, 12, 1]];

    [TestCaseSource(nameof(Topologies))]
    public void LipschitzLemma_HoldsAtRandomPairs(int[] widths)
    {
        var random = new Xoshiro256StarStar(31 + widths.Sum());
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, ActivationSpec.Relu);
        int depth = widths.Length;
        double largest = 0;
        for (int draw = 0; draw < Draws; draw++)
        {
            var x = Matrix<double>.Build.Random(N, D, normal);
            var weights = RandomWeights(spec, random, normal);
            // θ′: every layer moved by a random fraction (10⁻³ to 10) of its own size, so small and large moves are tested.
            var moved = weights.Select(w => w + (Matrix<double>.Build.Random(w.RowCount, w.ColumnCount, normal)
                * (w.FrobeniusNorm() * Math.Pow(10, (4 * random.NextDouble()) - 3) / Math.Sqrt(w.RowCount * w.ColumnCount)))).ToList();
            var f = new FeedForwardNetwork(spec, weights).Features(BallInstanceBackend, x)[depth - 1];
            var fMoved = new FeedForwardNetwork(spec, moved).Features(BallInstanceBackend, x)[depth - 1];
            double[] bar = [.. weights.Zip(moved).Select(p => Math.Max(p.First.L2Norm(), p.Second.L2Norm()))];
            double bound = 0;
            for (int l = 1; l < depth; l++)
            {
                double product = Enumerable.Range(1, depth - 1).Where(p => p != l).Aggregate(1.0, (acc, p) => acc * bar[p - 1]);
                bound += product * (moved[l - 1] - weights[l - 1]).L2Norm();
            }

            double ratio = (fMoved - f).FrobeniusNorm() / (x.FrobeniusNorm() * bound);
            Assert.That(ratio, Is.LessThanOrEqualTo(1 + Rounding), $"draw {draw}: the Lipschitz lemma fails, ratio {ratio}");
            largest = Math.Max(largest, ratio);
        }

        TestContext.Out.WriteLine($"L = {depth}: largest Lipschitz ratio {largest:G4} (≤ 1)");
        Assert.That(largest, Is.GreaterThan(1e-3), "every ratio is tiny: the test would not notice a bound that is too small by 10³");
    }

    /// <summary>
    /// Gaussian data and weights: the library's backpropagation (σ′(0) = 1) against L2. Kinks are hit with probability 0
    /// here; <see cref="GradientBound_HoldsForEveryReluSubgradientAtKinks"/> hits them.
    /// </summary>
    [TestCaseSource(nameof(Topologies))]
    public void GradientBound_HoldsAtRandomWeights(int[] widths)
    {
        var random = new Xoshiro256StarStar(47 + widths.Sum());
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, ActivationSpec.Relu);
        double largest = 0;
        for (int draw = 0; draw < Draws; draw++)
        {
            var x = Matrix<double>.Build.Random(N, D, normal);
            var y = Matrix<double>.Build.Random(N, widths[^1], normal);
            var network = new FeedForwardNetwork(spec, RandomWeights(spec, random, normal));
            var gradients = Backpropagation.Gradients(BallInstanceBackend, network, x, y);
            largest = Math.Max(largest, LargestGradientRatio(network, x, y, gradients, $"draw {draw}"));
        }

        TestContext.Out.WriteLine($"L = {widths.Length}: largest gradient ratio {largest:G4} (≤ 1)");
        Assert.That(largest, Is.GreaterThan(1e-2), "every ratio is tiny: the test would not notice a bound that is too small by 10²");
    }

    /// <summary>
    /// Small-integer data and weights, so that many pre-activations are exactly 0 (ReLU's kink): the backward pass with
    /// σ′(0) = 0, ½ and 1 (the library's convention, which this hand-written pass must reproduce) gives different
    /// (sub)gradients, and L2 holds for each, since its proof uses only |σ′| ≤ 1 entrywise.
    /// </summary>
    [TestCaseSource(nameof(Topologies))]
    public void GradientBound_HoldsForEveryReluSubgradientAtKinks(int[] widths)
    {
        var random = new Xoshiro256StarStar(53 + widths.Sum());
        var spec = new NetworkSpec(widths, ActivationSpec.Relu);
        int kinksSeen = 0, conventionsDiffer = 0;
        double largest = 0;
        for (int draw = 0; draw < Draws; draw++)
        {
            Matrix<double> Integers(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, (_, _) => random.Next(-2, 3));
            var x = Integers(N, D);
            var y = Integers(N, widths[^1]);
            var network = new FeedForwardNetwork(spec, [.. Enumerable.Range(1, widths.Length).Select(l =>
            {
                var (rows, columns) = spec.WeightShape(l, D);
                return Integers(rows, columns);
            })]);
            if (x.FrobeniusNorm() == 0)
            {
                continue;
            }

            var library = Backpropagation.Gradients(BallInstanceBackend, network, x, y);
            var atOne = Subgradient(network, x, y, 1.0, out int kinks);
            kinksSeen += kinks;
            for (int l = 0; l < widths.Length; l++)
            {
                // Integer inputs and weights: every product and sum is exact, so the two passes agree exactly.
                Assert.That((library[l] - atOne[l]).FrobeniusNorm(), Is.Zero, $"draw {draw}: the library's σ′(0) is not 1");
            }

            foreach (double derivativeAtZero in new[] { 0.0, 0.5, 1.0 })
            {
                var g = Subgradient(network, x, y, derivativeAtZero, out _);
                if (derivativeAtZero != 1.0 && g.Zip(atOne).Any(p => (p.First - p.Second).FrobeniusNorm() > 0))
                {
                    conventionsDiffer++;
                }

                largest = Math.Max(largest, LargestGradientRatio(network, x, y, g, $"draw {draw}, σ′(0) = {derivativeAtZero}"));
            }
        }

        TestContext.Out.WriteLine($"L = {widths.Length}: {kinksSeen} zero pre-activations, conventions differed {conventionsDiffer} times; largest ratio {largest:G4} (≤ 1)");
        Assert.That(kinksSeen, Is.Positive, "no pre-activation was exactly 0: the kink was not tested");
        Assert.That(conventionsDiffer, Is.Positive, "σ′(0) never changed a gradient: the kink was not tested");
    }

    private static Verify.Numerics.ILinearAlgebraBackend BallInstanceBackend => TestBackends.Managed;

    /// <summary>W_l with entries N(0, s²/n_{l−1}), s a random factor in [1/4, 4] per layer.</summary>
    private static List<Matrix<double>> RandomWeights(NetworkSpec spec, Xoshiro256StarStar random, Normal normal) =>
        [.. Enumerable.Range(1, spec.Depth).Select(l =>
        {
            var (rows, columns) = spec.WeightShape(l, D);
            return Matrix<double>.Build.Random(rows, columns, normal) * (Math.Pow(4, (2 * random.NextDouble()) - 1) / Math.Sqrt(rows));
        })];

    /// <summary>max_l ‖∇_l‖_F / (‖X‖_F Π_{p≠l}‖W_p‖₂ ‖F_L − Y‖_F), asserted ≤ 1 + rounding for each l.</summary>
    private static double LargestGradientRatio(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, IReadOnlyList<Matrix<double>> gradients, string where)
    {
        double residual = (network.Outputs(BallInstanceBackend, x) - y).FrobeniusNorm();
        double[] spectral = [.. network.Weights.Select(w => w.L2Norm())];
        double largest = 0;
        for (int l = 1; l <= network.Depth; l++)
        {
            double bound = x.FrobeniusNorm() * spectral.Where((_, i) => i != l - 1).Aggregate(1.0, (p, s) => p * s) * residual;
            double norm = gradients[l - 1].FrobeniusNorm();
            if (bound == 0)
            {
                Assert.That(norm, Is.Zero, $"{where}, layer {l}: the bound is 0 but the gradient is not");
                continue;
            }

            double ratio = norm / bound;
            Assert.That(ratio, Is.LessThanOrEqualTo(1 + Rounding), $"{where}, layer {l}: the gradient bound fails, ratio {ratio}");
            largest = Math.Max(largest, ratio);
        }

        return largest;
    }

    /// <summary>
    /// The backpropagation (sub)gradient with σ′(z) = 1 for z &gt; 0, 0 for z &lt; 0 and <paramref name="derivativeAtZero"/>
    /// at z = 0: D_L = F_L − Y, D_l = (D_{l+1}W_{l+1}ᵀ) ∘ σ′(Z_l), ∇_{W_l} = F_{l−1}ᵀD_l.
    /// </summary>
    private static List<Matrix<double>> Subgradient(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, double derivativeAtZero, out int kinks)
    {
        int depth = network.Depth;
        var f = new Matrix<double>[depth + 1];
        var z = new Matrix<double>[depth + 1];
        f[0] = x;
        for (int l = 1; l <= depth; l++)
        {
            z[l] = f[l - 1] * network.Weight(l);
            f[l] = l < depth ? z[l].Map(v => Math.Max(v, 0.0)) : z[l];
        }

        kinks = Enumerable.Range(1, depth - 1).Sum(l => z[l].Enumerate().Count(v => v == 0));
        var gradients = new Matrix<double>[depth];
        var signal = f[depth] - y;
        for (int l = depth; l >= 1; l--)
        {
            gradients[l - 1] = f[l - 1].Transpose() * signal;
            if (l > 1)
            {
                var derivative = z[l - 1].Map(v => v > 0 ? 1.0 : v < 0 ? 0.0 : derivativeAtZero);
                signal = (signal * network.Weight(l).Transpose()).PointwiseMultiply(derivative);
            }
        }

        return [.. gradients];
    }
}

using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Training;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The PL lemma of spec §3 for ReLU at random θ, depths 2, 3 and 4 (N = 6, d = 8, n_{L−1} = 12 ≥ N):
/// ‖∇_{W_L}Φ‖_F = ‖F_{L−1}ᵀ r‖_F ≥ σ_N(F_{L−1}) ‖r‖_F with r = F_L − Y, since every column of r lies in ℝᴺ and
/// ‖F_{L−1}ᵀ v‖ ≥ σ_N(F_{L−1})‖v‖ when F_{L−1} (N × n_{L−1}) has rank N. Random residuals give ratios well above 1;
/// residuals along the left singular vector of σ_N make it tight (ratio 1 up to rounding), so the test is sharp. With
/// n_{L−1} &lt; N, σ_N = 0 and the lemma is trivial: a nonzero residual with zero gradient exists.
/// </summary>
public sealed class PlLemmaTests
{
    private const int N = 6;
    private const int D = 8;
    private const int Draws = 60;
    private const double Rounding = 1e-12;

    private static readonly int[][] Topologies = [[12, 1], [16, 12, 1], [16, 16, 12, 3]];

    [TestCaseSource(nameof(Topologies))]
    public void PlLemma_HoldsAtRandomWeights(int[] widths)
    {
        var random = new Xoshiro256StarStar(61 + widths.Sum());
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, ActivationSpec.Relu);
        int depth = widths.Length, outputs = widths[^1];
        double smallest = double.PositiveInfinity, smallestAligned = double.PositiveInfinity;
        int decided = 0;
        for (int draw = 0; draw < Draws; draw++)
        {
            var x = Matrix<double>.Build.Random(N, D, normal);
            var network = new FeedForwardNetwork(spec, RandomWeights(spec, random, normal));
            var f = network.Features(Backend, x)[depth - 1];
            var svd = f.Svd(computeVectors: true);
            Assert.That(svd.S.Count, Is.EqualTo(N), "n_{L−1} ≥ N: F_{L−1} has N singular values");
            double sigmaN = svd.S[N - 1];
            if (sigmaN <= 1e-6 * svd.S[0])
            {
                continue; // rank-deficient by dead units: the bound is (near) trivial, and its rounding relative to σ_N is not 1e-12
            }

            decided++;
            var fl = network.Outputs(Backend, x);
            // half the draws: a random residual; the other half: r = u_N vᵀ, where the lemma is an equality
            bool aligned = draw % 2 == 1;
            var r = aligned
                ? svd.U.Column(N - 1).ToColumnMatrix() * Matrix<double>.Build.Random(1, outputs, normal)
                : Matrix<double>.Build.Random(N, outputs, normal);
            var y = fl - r;
            var residual = fl - y;
            var gradient = Backpropagation.Gradients(Backend, network, x, y)[depth - 1];
            Assert.That((gradient - f.Transpose() * residual).FrobeniusNorm(), Is.LessThanOrEqualTo(1e-12 * gradient.FrobeniusNorm() + 1e-300),
                $"draw {draw}: ∇_{{W_L}}Φ is not F_{{L−1}}ᵀ(F_L − Y)");
            double ratio = gradient.FrobeniusNorm() / (sigmaN * residual.FrobeniusNorm());
            smallest = Math.Min(smallest, ratio);
            if (aligned)
            {
                smallestAligned = Math.Min(smallestAligned, ratio);
            }
        }

        TestContext.Out.WriteLine($"L = {depth}: smallest PL ratio {smallest:R} over {decided} draws (aligned residuals: {smallestAligned:R})");
        Assert.That(decided, Is.GreaterThan(Draws / 2), "most draws must have σ_N(F_{L−1}) > 0");
        Assert.That(smallest, Is.GreaterThanOrEqualTo(1 - Rounding), $"L = {depth}: the PL lemma fails, smallest ratio ‖∇_{{W_L}}Φ‖_F / (σ_N ‖F_L − Y‖_F) = {smallest:R}");
        Assert.That(smallestAligned, Is.LessThan(1 + 1e-9), $"L = {depth}: smallest aligned ratio {smallestAligned:R}: the residual along u_N does not make the lemma tight");
    }

    [TestCase(new[] { 4, 1 })]
    [TestCase(new[] { 16, 5, 2 })]
    public void PlLemma_IsTrivialWhenTheLastHiddenLayerIsNarrow(int[] widths)
    {
        var random = new Xoshiro256StarStar(67 + widths.Sum());
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, ActivationSpec.Relu);
        int depth = widths.Length;
        var x = Matrix<double>.Build.Random(N, D, normal);
        var network = new FeedForwardNetwork(spec, RandomWeights(spec, random, normal));
        var f = network.Features(Backend, x)[depth - 1];
        var svd = f.Svd(computeVectors: true);
        Assert.That(svd.S.Count, Is.EqualTo(widths[^2]).And.LessThan(N), "n_{L−1} < N: fewer than N singular values, so σ_N(F_{L−1}) = 0");

        // r ⟂ the column space of F_{L−1}: a nonzero residual with ∇_{W_L}Φ = 0, so no positive σ_N could bound it
        var r = svd.U.Column(N - 1).ToColumnMatrix() * Matrix<double>.Build.Random(1, widths[^1], normal);
        var y = network.Outputs(Backend, x) - r;
        var gradient = Backpropagation.Gradients(Backend, network, x, y)[depth - 1];
        double ratio = gradient.FrobeniusNorm() / (f.FrobeniusNorm() * r.FrobeniusNorm());
        Assert.That(ratio, Is.LessThan(1e-12), $"‖F_{{L−1}}ᵀ r‖_F / (‖F_{{L−1}}‖_F ‖r‖_F) = {ratio:R}: the gradient vanishes up to rounding (σ_N = 0, the lemma says ≥ 0)");
    }

    private static Verify.Numerics.ILinearAlgebraBackend Backend => TestBackends.Managed;

    /// <summary>W_l with entries N(0, s²/n_{l−1}), s a random factor in [1/2, 2] per layer.</summary>
    private static List<Matrix<double>> RandomWeights(NetworkSpec spec, Xoshiro256StarStar random, Normal normal) =>
        [.. Enumerable.Range(1, spec.Depth).Select(l =>
        {
            var (rows, columns) = spec.WeightShape(l, D);
            return Matrix<double>.Build.Random(rows, columns, normal) * (Math.Pow(2, (2 * random.NextDouble()) - 1) / Math.Sqrt(rows));
        })];
}

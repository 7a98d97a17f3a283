using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Theorems.Common;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>
/// The explicit bounds of theorems/NguyenMondelli2020/README.md, Part B (<see cref="HessianBound"/>), against the network:
/// Q against power-iteration estimates of ‖∇²Φ‖₂ at points of the ball, G against ‖∇Φ‖, each layer's recursion
/// step against exact forward-mode directional derivatives, and the descent inequality at the step size the bounds
/// allow. N = 6, d = 4, depths 2 to 4.
/// </summary>
public sealed class HessianBoundTests
{
    private const int N = 6;
    private const int D = 4;
    private const int PowerIterations = 60;

    /// <summary>
    /// The loosest the bounds may be: in each case the largest estimate/bound ratio over the case's points must exceed the
    /// floor of its radius (a guard against a bound that is correct but absurdly loose, e.g. a factor lost in the code).
    /// Measured minima over the nine cases of each radius (seeds 100–126, printed by the tests): estimate/Q 4.5·10⁻⁴ at
    /// ρ = 0.05, 6.1·10⁻⁵ at ρ = 0.5, 1.6·10⁻⁶ at ρ = 2 (always depth 4: the bound multiplies ω_l = ‖W_l⁰‖₂ + ρ over the
    /// layers and uses ‖F_{l−1}W_l‖_F ≤ ‖F_{l−1}‖_F‖W_l‖₂, |σ(x)| ≤ |x| and |σ″| ≤ β everywhere, so it loosens
    /// geometrically with depth and radius); ‖∇Φ‖/G 1.0·10⁻², 9.7·10⁻⁴, 1.8·10⁻⁵. Each floor is the measured minimum
    /// divided by about 10. Up to depth 3 and ρ ≤ 0.5 every ratio is above 3·10⁻⁴ (Q) and 5·10⁻³ (G).
    /// </summary>
    private static double HessianFloor(double radius) => radius <= 0.05 ? 4e-5 : radius <= 0.5 ? 5e-6 : 1e-7;

    private static double GradientFloor(double radius) => radius <= 0.05 ? 1e-3 : radius <= 0.5 ? 1e-4 : 1e-6;

    private static readonly int[][] Topologies = [[8, 1], [8, 5, 1], [8, 5, 3, 1]];

    public static IEnumerable<TestCaseData> Cases()
    {
        var activations = new (string Name, ActivationSpec Spec)[]
        {
            ("smooth-leaky γ=0.2 b=4", ActivationSpec.SmoothLeaky(0.2, 4)),
            ("smooth-leaky γ=0.2 b=40", ActivationSpec.SmoothLeaky(0.2, 40)),
            // tanh has inf σ′ = 0, so it fails Assumption 2.2 (no γ > 0); it meets everything the bounds use
            // (|σ(x)| ≤ |x|, |σ′| ≤ 1, |σ″| ≤ 4/(3√3)), which is why it is tested here.
            ("tanh", ActivationSpec.Tanh),
        };
        int seed = 100;
        foreach (var widths in Topologies)
        {
            foreach (var (name, spec) in activations)
            {
                foreach (double radius in new[] { 0.05, 0.5, 2.0 })
                {
                    yield return new TestCaseData(widths, spec, radius, seed++)
                        .SetArgDisplayNames($"L={widths.Length}", name, $"ρ={radius.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void HessianNormEstimates_NeverExceedQ(int[] widths, ActivationSpec activation, double radius, int seed)
    {
        var instance = BallInstance.Draw(N, D, widths, activation, seed);
        double q = HessianBound.Upper(instance.Inputs, radius);
        Assert.That(double.IsFinite(q) && q > 0, Is.True, $"Q = {q}");

        double maxRatio = 0;
        foreach (var (where, point) in instance.PointsIn(radius))
        {
            double estimate = instance.HessianNormEstimate(point, PowerIterations);
            TestContext.Out.WriteLine($"{where}: ‖∇²Φ‖₂ ≥ {estimate:G6}, Q = {q:G6}, ratio {estimate / q:G4}");
            Assert.That(estimate, Is.LessThanOrEqualTo(q), $"{where}: a Hessian-norm estimate exceeds Q");
            maxRatio = Math.Max(maxRatio, estimate / q);
        }

        TestContext.Out.WriteLine($"L={widths.Length} {activation} ρ={radius}: max estimate/Q = {maxRatio:G4}");
        Assert.That(maxRatio, Is.GreaterThan(HessianFloor(radius)), "Q is looser than the floor");
    }

    [TestCaseSource(nameof(Cases))]
    public void GradientNorms_NeverExceedG(int[] widths, ActivationSpec activation, double radius, int seed)
    {
        var instance = BallInstance.Draw(N, D, widths, activation, seed);
        double g = HessianBound.GradientBound(instance.Inputs, radius);

        double maxRatio = 0;
        foreach (var (where, point) in instance.PointsIn(radius))
        {
            double norm = instance.GradientNorm(point);
            Assert.That(norm, Is.LessThanOrEqualTo(g), $"{where}: ‖∇Φ‖ = {norm} exceeds G = {g}");
            maxRatio = Math.Max(maxRatio, norm / g);
        }

        TestContext.Out.WriteLine($"L={widths.Length} {activation} ρ={radius}: max ‖∇Φ‖/G = {maxRatio:G4}");
        Assert.That(maxRatio, Is.GreaterThan(GradientFloor(radius)), "G is looser than the floor");
    }

    /// <summary>
    /// Each step of README.md Part B, at points of the ball and directions with uneven layer weights: ‖F_l‖_F ≤ ‖X‖_F ω₁⋯ω_l
    /// (B2), ‖dF_l[V]‖_F ≤ A_l s_l and ‖d²F_l[V,V]‖_F ≤ B_l s_l² (B3, B4), ‖F_L − Y‖_F ≤ r (B5), and the formula
    /// ⟨V, ∇²Φ V⟩ = ‖dF_L[V]‖² + ⟨F_L − Y, d²F_L[V,V]⟩ (B1) against the exact Hessian-vector product.
    /// </summary>
    [TestCaseSource(nameof(Cases))]
    public void EachRecursionStep_BoundsTheExactDirectionalDerivatives(int[] widths, ActivationSpec activation, double radius, int seed)
    {
        var instance = BallInstance.Draw(N, D, widths, activation, seed);
        var (a, b, residualBound) = HessianBound.Profile(instance.Inputs, radius);
        int depth = widths.Length;
        var featureBounds = new double[depth + 1];
        featureBounds[0] = instance.Inputs.XFrobenius;
        for (int l = 1; l <= depth; l++)
        {
            featureBounds[l] = featureBounds[l - 1] * (instance.Inputs.LayerNorms[l - 1] + radius);
        }

        var worst = new double[3 * depth];
        foreach (var (where, point) in instance.PointsIn(radius))
        {
            for (int k = 0; k < 3; k++)
            {
                var v = instance.UnitDirection();
                var jets = Jets(point, instance.X, v);
                double prefix = 0;
                for (int l = 1; l <= depth; l++)
                {
                    prefix += v[l - 1].FrobeniusNorm() * v[l - 1].FrobeniusNorm();
                    var (f, df, d2f) = jets[l];
                    double fBound = featureBounds[l] * (1 + 1e-12);
                    Assert.That(f.FrobeniusNorm(), Is.LessThanOrEqualTo(fBound), $"{where}: ‖F_{l}‖_F");
                    Assert.That(df.FrobeniusNorm(), Is.LessThanOrEqualTo(a[l] * Math.Sqrt(prefix)), $"{where}: ‖dF_{l}‖_F > A_{l} s_{l}");
                    Assert.That(d2f.FrobeniusNorm(), Is.LessThanOrEqualTo(b[l] * prefix), $"{where}: ‖d²F_{l}‖_F > B_{l} s_{l}²");
                    worst[(3 * (l - 1)) + 0] = Math.Max(worst[(3 * (l - 1)) + 0], f.FrobeniusNorm() / featureBounds[l]);
                    worst[(3 * (l - 1)) + 1] = Math.Max(worst[(3 * (l - 1)) + 1], df.FrobeniusNorm() / (a[l] * Math.Sqrt(prefix)));
                    worst[(3 * (l - 1)) + 2] = Math.Max(worst[(3 * (l - 1)) + 2], d2f.FrobeniusNorm() / (b[l] * prefix));
                }

                var (output, dOutput, d2Output) = jets[depth];
                var residual = output - instance.Y;
                Assert.That(residual.FrobeniusNorm(), Is.LessThanOrEqualTo(residualBound), $"{where}: ‖F_L − Y‖_F > r");
                double formula = (dOutput.FrobeniusNorm() * dOutput.FrobeniusNorm()) + residual.PointwiseMultiply(d2Output).Enumerate().Sum();
                double product = BallInstance.Dot(v, HessianVectorProduct.Compute(BallInstance.Backend, point, instance.X, instance.Y, v));
                // Both sides are sums of a few hundred products of these magnitudes: relative rounding ≲ 10⁻¹³.
                double scale = (dOutput.FrobeniusNorm() * dOutput.FrobeniusNorm()) + (residual.FrobeniusNorm() * d2Output.FrobeniusNorm());
                Assert.That(product, Is.EqualTo(formula).Within(1e-10 * scale), $"{where}: ⟨V, ∇²Φ V⟩ against the second-derivative formula");
            }
        }

        TestContext.Out.WriteLine("max measured/bound per layer (‖F_l‖, ‖dF_l‖, ‖d²F_l‖): "
            + string.Join("; ", Enumerable.Range(1, depth).Select(l =>
                $"l={l}: {worst[3 * (l - 1)]:G3}, {worst[(3 * (l - 1)) + 1]:G3}, {worst[(3 * (l - 1)) + 2]:G3}")));
    }

    /// <summary>
    /// How a caller uses the bounds (README.md, step A6): with G = G(R), η₀ = 1/Q(R) and η = 1/Q(R + η₀G), Q is increasing
    /// in the radius, so R + ηG ≤ R + η₀G gives η ≤ 1/Q(R + ηG): (H2) holds. Then one GD step from any point of
    /// B(θ₀, R) decreases Φ by at least (η/2)‖∇Φ‖². The allowance 10⁻¹²Φ covers the rounding of the two losses
    /// (≲ 10⁻¹⁵ relative); the guaranteed decrease (η/2)‖∇Φ‖² is ≥ 1.8·10⁻⁹ Φ at every tested point (printed), so the
    /// allowance is over 1000 times smaller than what is checked. (With η this small the inequality has slack: the test
    /// catches a Q too small by a large factor, not a subtle one; the obligations and the recursion test cover the rest.)
    /// </summary>
    [TestCaseSource(nameof(Cases))]
    public void StepFromTheBounds_SatisfiesTheDescentInequality(int[] widths, ActivationSpec activation, double radius, int seed)
    {
        var instance = BallInstance.Draw(N, D, widths, activation, seed);
        double g = HessianBound.GradientBound(instance.Inputs, radius);
        double eta = 1 / HessianBound.Upper(instance.Inputs, radius + (g / HessianBound.Upper(instance.Inputs, radius)));
        Assert.That(eta * HessianBound.Upper(instance.Inputs, radius + (eta * g)), Is.LessThanOrEqualTo(1.0 + 1e-15));

        double smallestShare = double.PositiveInfinity;
        foreach (var (where, point) in instance.PointsIn(radius))
        {
            var gradient = Backpropagation.Gradients(BallInstance.Backend, point, instance.X, instance.Y);
            var next = new FeedForwardNetwork(point.Spec, [.. point.Weights.Select((w, i) => w - (eta * gradient[i]))]);
            double loss = instance.Loss(point);
            double squared = BallInstance.Norm(gradient) * BallInstance.Norm(gradient);
            double guaranteed = loss - (eta / 2 * squared);
            Assert.That(instance.Loss(next), Is.LessThanOrEqualTo(guaranteed + (1e-12 * loss)), $"{where}: Φ(θ − η∇Φ) > Φ − (η/2)‖∇Φ‖²");
            smallestShare = Math.Min(smallestShare, eta / 2 * squared / loss);
        }

        TestContext.Out.WriteLine($"η = {eta:G4}; smallest guaranteed decrease (η/2)‖∇Φ‖²/Φ = {smallestShare:G3}");
    }

    [Test]
    public void KnownAnswer_DepthTwo()
    {
        // ‖X‖₂ = 2, ‖X‖_F = 3, ‖W⁰‖₂ = (1, 2), β = 0.5, r₀ = 1, ρ = 1: ω = (2, 3); A₁² = 4; A₂² = 9·4 + (3·2)² = 72;
        // B₁ = 0.5·4 = 2; B₂ = 3·2 + 2 = 8; r = 1 + √72; G = r√72 = √72 + 72; Q = 72 + 8(1 + √72).
        var inputs = new HessianBoundInputs(2, 3, [1, 2], 0.2, 0.5, 1);
        double root = Math.Sqrt(72);

        Assert.That(HessianBound.GradientBound(inputs, 1), Is.EqualTo(root + 72).Within(1e-12).Percent);
        Assert.That(HessianBound.Upper(inputs, 1), Is.EqualTo(72 + (8 * (1 + root))).Within(1e-12).Percent);
        Assert.That(HessianBound.GradientBound(inputs, 1), Is.GreaterThanOrEqualTo(root + 72));
    }

    [Test]
    public void KnownAnswer_DepthThree()
    {
        // ‖X‖₂ = 1, ‖X‖_F = 2, ‖W⁰‖₂ = (1, 1, 1), β = 1, r₀ = 0, ρ = 0: ω = 1; φ = (1, 2, 2);
        // A₁² = 1, A₂² = 1 + 4 = 5, A₃² = 5 + 4 = 9; B₁ = 1, B₂ = 5 + 1 + 1 = 7, B₃ = 7 + √5; r = 0; Q = 9, G = 0 (up to the upward rounding).
        var inputs = new HessianBoundInputs(1, 2, [1, 1, 1], 0.2, 1, 0);
        var (a, b, r) = HessianBound.Profile(inputs, 0);

        Assert.That(a, Is.EqualTo(new[] { 0, 1, Math.Sqrt(5), 3 }).Within(1e-12).Percent);
        Assert.That(b, Is.EqualTo(new[] { 0, 1, 7, 7 + Math.Sqrt(5) }).Within(1e-12).Percent);
        // r = r₀ + ρA₃ = 0 + 0, rounded upward to the smallest subnormal; G = r·A₃ is then a few subnormals.
        Assert.That(r, Is.GreaterThanOrEqualTo(0.0).And.LessThanOrEqualTo(double.Epsilon));
        Assert.That(HessianBound.Upper(inputs, 0), Is.EqualTo(9).Within(1e-12).Percent.And.GreaterThanOrEqualTo(9));
        Assert.That(HessianBound.GradientBound(inputs, 0), Is.GreaterThanOrEqualTo(0.0).And.LessThan(1e-320));
    }

    [Test]
    public void ExactIntegerAnswer_IsRoundedStrictlyAbove()
    {
        // ‖X‖₂ = 3, ‖X‖_F = 4, ‖W⁰‖₂ = (1, 1), β = 1, r₀ = 5, ρ = 1: ω = (2, 2); A₁ = 3, A₂² = 4·9 + 8² = 100;
        // B₁ = 9, B₂ = 2·9 + 3 = 21; r = 5 + 10 = 15; G = 150; Q = 100 + 15·21 = 415. Every exact intermediate is an
        // integer (a double), and each upward-rounded operation moves to the next double, so the results lie strictly
        // above the exact values, by a few ulps.
        var inputs = new HessianBoundInputs(3, 4, [1, 1], 0.2, 1, 5);

        Assert.That(HessianBound.Upper(inputs, 1), Is.GreaterThan(415).And.LessThan(415 * (1 + 1e-14)));
        Assert.That(HessianBound.GradientBound(inputs, 1), Is.GreaterThan(150).And.LessThan(150 * (1 + 1e-14)));
    }

    [Test]
    public void OverflowGivesInfinityNotNaN()
    {
        var inputs = new HessianBoundInputs(1e200, 1e200, [1e200, 1e200], 0.2, 1, 1);

        Assert.That(HessianBound.Upper(inputs, 1), Is.EqualTo(double.PositiveInfinity));
        Assert.That(HessianBound.GradientBound(inputs, 1), Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void InvalidInputs_Throw()
    {
        Assert.That(() => HessianBound.Upper(new HessianBoundInputs(1, 1, [], 0.2, 1, 1), 1), Throws.ArgumentException);
        Assert.That(() => HessianBound.Upper(new HessianBoundInputs(double.NaN, 1, [1.0], 0.2, 1, 1), 1), Throws.ArgumentException);
        Assert.That(() => HessianBound.Upper(new HessianBoundInputs(1, 1, [-1.0], 0.2, 1, 1), 1), Throws.ArgumentException);
        Assert.That(() => HessianBound.Upper(new HessianBoundInputs(1, 1, [1.0], 0.2, 1, 1), -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    /// <summary>(F_l, dF_l[V], d²F_l[V,V]) for l = 0 … L along θ + tV at t = 0, by forward-mode differentiation (README.md, B3).</summary>
    private static (Matrix<double> F, Matrix<double> DF, Matrix<double> D2F)[] Jets(
        FeedForwardNetwork point, Matrix<double> x, IReadOnlyList<Matrix<double>> v)
    {
        int depth = point.Depth;
        var sigma = point.Activation;
        var jets = new (Matrix<double>, Matrix<double>, Matrix<double>)[depth + 1];
        var f = x;
        var df = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount);
        var d2f = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount);
        jets[0] = (f, df, d2f);
        for (int l = 1; l <= depth; l++)
        {
            var w = point.Weight(l);
            var z = f * w;
            var dz = (df * w) + (f * v[l - 1]);
            var d2z = (d2f * w) + (2 * (df * v[l - 1]));
            if (l < depth)
            {
                var first = z.Map(sigma.Derivative);
                var second = z.Map(sigma.SecondDerivative);
                f = z.Map(sigma.Value);
                df = first.PointwiseMultiply(dz);
                d2f = second.PointwiseMultiply(dz).PointwiseMultiply(dz) + first.PointwiseMultiply(d2z);
            }
            else
            {
                f = z;
                df = dz;
                d2f = d2z;
            }

            jets[l] = (f, df, d2f);
        }

        return jets;
    }
}

using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// f(x) = x⁴ on ℝ (spec §7.8 T3, a degenerate zero): |f′|²/f = 16x², so α(x₀, r) = 16·max(0, |x₀| − r)² exactly (the
/// infimum over the ball of 16x², x ≠ 0). For r ≥ |x₀| that is 0; for r &lt; |x₀| the criterion 4x₀⁴ &lt; 16r²(|x₀| − r)²
/// reads, with t = r/|x₀| ∈ (0, 1), 1 &lt; 2t(1 − t) ≤ ½ — so it fails for every r: never established.
/// </summary>
internal sealed class QuarticLoss : ISmoothLoss
{
    public int Dimension => 1;

    public string Name => "x⁴";

    public double Value(double[] x) => x[0] * x[0] * x[0] * x[0];

    public double[] Gradient(double[] x) => [4 * x[0] * x[0] * x[0]];

    public double[] HessianVector(double[] x, double[] v) => [12 * x[0] * x[0] * v[0]];

    /// <summary>√f = x² computed with one rounding, ≤ ε x²; taken ×4.</summary>
    public double RootAllowance(double[] x) => 4 * UnitRoundoff * x[0] * x[0];

    public ICriterionBounds Bounds(double[] x0) => new QuarticBounds(Math.Abs(x0[0]));

    private sealed class QuarticBounds(double a) : ICriterionBounds
    {
        public double ValueUpper { get; } = MulUp(MulUp(a, a), MulUp(a, a));

        /// <summary>A(r) = 16·max(0, |x₀| − r)², rounded down: the exact α, so no certificate can do better.</summary>
        public Bound AlphaLower(double radius)
        {
            double gap = Math.Max(0, SubDown(a, radius));
            return new(gap == 0 ? 0 : MulDown(16, MulDown(gap, gap)), "α = 16·max(0, |x₀| − r)² exactly (inf of 16x² over the ball)");
        }

        public Bound HessianUpper(double radius)
        {
            double far = AddUp(a, radius);
            return new(MulUp(12, MulUp(far, far)), "sup 12x² over the ball = 12(|x₀| + r)²");
        }

        public IReadOnlyList<double> Radii => GeometricRadii.Between(a / 64, a, 25);
    }
}

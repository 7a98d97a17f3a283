using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// f(x) = |x|² (spec §7.8 T1): |∇f|² = 4|x|² = 4f everywhere, so α(x₀, r) = 4 for every r and the criterion reads
/// |x₀| &lt; r (the constant 4 is sharp); ∇²f = 2I, β = 2; gradient descent contracts f by exactly (1 − 2η)² per step.
/// </summary>
internal sealed class SquaredNormLoss(int dimension) : ISmoothLoss
{
    public int Dimension => dimension;

    public string Name => "|x|²";

    public double Value(double[] x) => x.Sum(t => t * t);

    public double[] Gradient(double[] x) => [.. x.Select(t => 2 * t)];

    public double[] HessianVector(double[] x, double[] v) => [.. v.Select(t => 2 * t)];

    /// <summary>A sum of p squares carries relative error ≤ γ_p, so √f̂ is within (γ_p + ε)√f; taken ×2.</summary>
    public double RootAllowance(double[] x) => 2 * (GammaUp(x.Length) + UnitRoundoff) * Math.Sqrt(Value(x));

    /// <summary>The exact bounds: F = Σx_i² rounded up, A = 4, B = 2; radii from |x₀|/4 to 4|x₀|.</summary>
    public ICriterionBounds Bounds(double[] x0) => new SquaredNormBounds(x0);

    private sealed class SquaredNormBounds(double[] x0) : ICriterionBounds
    {
        public double ValueUpper { get; } = x0.Aggregate(0.0, (sum, t) => AddUp(sum, MulUp(t, t)));

        public Bound AlphaLower(double radius) => new(4.0, "α ≡ 4: |∇f|² = 4f everywhere");

        public Bound HessianUpper(double radius) => new(2.0, "∇²f = 2I");

        public IReadOnlyList<double> Radii => GeometricRadii.Between(Math.Sqrt(ValueUpper) / 4, 4 * Math.Sqrt(ValueUpper), 25);
    }
}

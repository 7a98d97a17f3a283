using Verify.Numerics;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// One end of the measured quantities of §3a: λ_F, λ_{3→L} = Π_{l≥3} λ_l, min_{l≥3} λ_l (+∞ for L = 2), ‖X‖₂ and
/// √(2Φ₀) = ‖F_L⁰ − Y‖_F, either all pessimistic (the ends that make (H1) hardest) or all optimistic; and what §3a
/// builds from them: μ, R and the ratio of the two sides of (H1).
/// </summary>
internal sealed record Ends(int Depth, double Gamma, double LambdaF, double Product, double MinLayer, double XNorm2, double Residual)
{
    /// <summary>(2/γ)^{L−2}.</summary>
    public double GammaFactor => Math.Pow(2 / Gamma, Depth - 2);

    /// <summary>μ = γ^{2(L−2)} λ_F² λ_{3→L}² / 4^{L−1}.</summary>
    public double Mu => Math.Pow(Gamma, 2 * (Depth - 2)) * LambdaF * LambdaF * Product * Product / Math.Pow(4, Depth - 1);

    /// <summary>R = 2^L √(2Φ₀) / (γ^{L−2} λ_F λ_{3→L}) = 2√(2Φ₀/μ).</summary>
    public double Radius => Math.Pow(2, Depth) * Residual / (Math.Pow(Gamma, Depth - 2) * LambdaF * Product);

    /// <summary>
    /// <see cref="Radius"/> rounded toward +∞ (<paramref name="up"/>) or −∞: 2^L is exact, and √(2Φ₀), γ^{L−2}, λ_F and
    /// λ_{3→L} are combined with directed rounding (+∞ when the denominator is 0).
    /// </summary>
    public double RadiusRounded(bool up)
    {
        double gammaPower = 1;
        for (int l = 2; l < Depth; l++)
        {
            gammaPower = up ? DirectedRounding.MulDown(gammaPower, Gamma) : DirectedRounding.MulUp(gammaPower, Gamma);
        }
        double denominator = up
            ? DirectedRounding.MulDown(DirectedRounding.MulDown(gammaPower, LambdaF), Product)
            : DirectedRounding.MulUp(DirectedRounding.MulUp(gammaPower, LambdaF), Product);
        double numerator = Math.ScaleB(Residual, Depth);
        if (!(denominator > 0))
        {
            return double.PositiveInfinity;
        }
        return up ? DirectedRounding.DivUp(numerator, denominator) : Math.Max(0, Math.BitDecrement(numerator / denominator));
    }

    /// <summary>The left side of (H1): λ_F λ_{3→L} min(λ_F/‖X‖₂, min_{l≥3} λ_l).</summary>
    public double Left => LambdaF * Product * Math.Min(LambdaF / XNorm2, MinLayer);

    /// <summary>The right side of (H1): 8 (2/γ)^{L−2} √(2Φ₀).</summary>
    public double Right => 8 * GammaFactor * Residual;

    /// <summary>The paper's form (quoted, [M]): λ_F λ_{3→L} min(λ_F, min λ_l) over 8γ(2/γ)^{L/2} √Φ₀ (C₀ taken as Φ₀).</summary>
    public double PaperRatio => LambdaF * Product * Math.Min(LambdaF, MinLayer) / (8 * Gamma * Math.Pow(2 / Gamma, Depth / 2.0) * Residual / Math.Sqrt(2));
}

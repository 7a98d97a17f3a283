using Verify.Numerics;

namespace Verify.Theorems.Common;

/// <summary>
/// What <see cref="HessianBound"/> needs at initialisation θ₀. Inputs are upper bounds (already rounded up by the
/// caller) except <paramref name="Gamma"/>, which is a lower bound (and is not used by the bounds: they need only
/// σ′ ≤ 1, |σ(x)| ≤ |x| and |σ″| ≤ β).
/// </summary>
/// <param name="XNorm2">‖X‖₂.</param>
/// <param name="XFrobenius">‖X‖_F.</param>
/// <param name="LayerNorms">‖W_l⁰‖₂ for l = 1 … L (index l − 1).</param>
/// <param name="Gamma">γ, the lower bound on σ′.</param>
/// <param name="Beta">β ≥ sup |σ″| (σ′ is β-Lipschitz).</param>
/// <param name="InitialResidual">‖F_L⁰ − Y‖_F = √(2Φ₀).</param>
internal sealed record HessianBoundInputs(
    double XNorm2, double XFrobenius, IReadOnlyList<double> LayerNorms, double Gamma, double Beta, double InitialResidual);

/// <summary>
/// Explicit bounds on the gradient and the Hessian of Φ = ½‖F_L − Y‖²_F over a Euclidean ball B(θ₀, ρ) of the weights
/// (proved in theorems/NguyenMondelli2020/README.md, Part B). With ω_l = ‖W_l⁰‖₂ + ρ (≥ ‖W_l‖₂ on the ball), φ₀ = ‖X‖₂ and
/// φ_l = ‖X‖_F ω₁⋯ω_l for l ≥ 1 (≥ ‖F_l‖₂ on the ball):
/// <code>
///   A₀ = 0, B₀ = 0;
///   A_l² = ω_l² A_{l−1}² + φ_{l−1}²                      (l = 1 … L)
///   B_l  = β A_l² + ω_l B_{l−1} + A_{l−1}                 (l = 1 … L−1)
///   B_L  = ω_L B_{L−1} + A_{L−1}
///   r(ρ) = √(2Φ₀) + ρ A_L                                 (≥ ‖F_L − Y‖_F on the ball)
///   G(ρ) = r(ρ) A_L                                        (≥ ‖∇Φ‖ on the ball)
///   Q(ρ) = A_L² + r(ρ) B_L                                 (≥ ‖∇²Φ‖₂ on the ball)
/// </code>
/// Rounding: every quantity is a sum or product of non-negative numbers, or a square root of one, so each is monotone
/// increasing in its operands; every operation is rounded upward with <see cref="DirectedRounding"/> (each result is
/// the successor of the round-to-nearest result, hence ≥ the exact result on its operands), so every computed value
/// is ≥ the exact value of its formula on the (upper-bound) inputs.
/// </summary>
internal static class HessianBound
{
    /// <summary>G: an upper bound on sup ‖∇Φ‖ over B(θ₀, <paramref name="radius"/>).</summary>
    public static double GradientBound(HessianBoundInputs inputs, double radius)
    {
        var profile = Profile(inputs, radius);
        return Mul(profile.Residual, profile.A[^1]);
    }

    /// <summary>Q: an upper bound on sup ‖∇²Φ‖₂ over B(θ₀, <paramref name="radius"/>).</summary>
    public static double Upper(HessianBoundInputs inputs, double radius) => Upper(inputs, radius, 1.0);

    /// <summary>
    /// Q for the output F_L = s·F_{L−1}W_L (s = <paramref name="outputScale"/>): the scaled output's derivatives are s times
    /// the unscaled ones, so with A_L, B_L of the unscaled recursion, Q = (|s|A_L)² + (√(2Φ₀) + ρ|s|A_L)·|s|B_L
    /// (theorems/Chatterjee2022/README.md, C4); s = 1 is <see cref="Upper(HessianBoundInputs, double)"/>.
    /// </summary>
    public static double Upper(HessianBoundInputs inputs, double radius, double outputScale)
    {
        var profile = Profile(inputs, radius);
        double scale = Math.Abs(outputScale);
        double a = Mul(scale, profile.A[^1]);
        double residual = DirectedRounding.AddUp(inputs.InitialResidual, Mul(radius, a));
        return DirectedRounding.AddUp(Mul(a, a), Mul(residual, Mul(scale, profile.B[^1])));
    }

    /// <summary>
    /// The recursion's values, each rounded upward: A[l] ≥ sup ‖dF_l[V]‖_F / s_l and B[l] ≥ sup ‖d²F_l[V, V]‖_F / s_l²
    /// (l = 0 … L, s_l² = Σ_{j≤l} ‖V_j‖²_F, A[0] = B[0] = 0), and r ≥ sup ‖F_L − Y‖_F, over the ball (README.md, B3–B6).
    /// </summary>
    internal static (double[] A, double[] B, double Residual) Profile(HessianBoundInputs inputs, double radius)
    {
        Validate(inputs, radius);
        int depth = inputs.LayerNorms.Count;
        var a = new double[depth + 1];
        var b = new double[depth + 1];
        double aSquared = 0.0; // A_{l−1}²
        double phi = inputs.XNorm2; // φ_{l−1} ≥ ‖F_{l−1}‖₂: ‖X‖₂, then ‖X‖_F ω₁⋯ω_{l−1}
        double frobenius = inputs.XFrobenius; // ‖X‖_F ω₁⋯ω_{l−1} ≥ ‖F_{l−1}‖_F
        for (int l = 1; l <= depth; l++)
        {
            double omega = DirectedRounding.AddUp(inputs.LayerNorms[l - 1], radius);
            aSquared = DirectedRounding.AddUp(Mul(Mul(omega, omega), aSquared), Mul(phi, phi));
            a[l] = DirectedRounding.SqrtUp(aSquared);
            b[l] = DirectedRounding.AddUp(Mul(omega, b[l - 1]), a[l - 1]);
            if (l < depth)
            {
                b[l] = DirectedRounding.AddUp(Mul(inputs.Beta, aSquared), b[l]);
            }

            frobenius = Mul(frobenius, omega);
            phi = frobenius;
        }

        double residual = DirectedRounding.AddUp(inputs.InitialResidual, Mul(radius, a[depth]));
        return (a, b, residual);
    }

    /// <summary>
    /// An upward-rounded product of non-negative bounds. A zero operand is an exact zero (an upper bound 0 on a
    /// non-negative quantity), so the product is 0 even when the other operand overflowed to +∞ (where 0·∞ = NaN).
    /// </summary>
    private static double Mul(double x, double y) => x == 0 || y == 0 ? 0.0 : DirectedRounding.MulUp(x, y);

    private static void Validate(HessianBoundInputs inputs, double radius)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(inputs.LayerNorms);
        if (inputs.LayerNorms.Count < 1)
        {
            throw new ArgumentException("At least one layer norm is needed.", nameof(inputs));
        }

        static bool Valid(double value) => value >= 0 && double.IsFinite(value);
        if (!Valid(inputs.XNorm2) || !Valid(inputs.XFrobenius) || !Valid(inputs.Beta) || !Valid(inputs.InitialResidual)
            || !inputs.LayerNorms.All(Valid))
        {
            throw new ArgumentException("‖X‖₂, ‖X‖_F, β, √(2Φ₀) and every ‖W_l⁰‖₂ must be finite and ≥ 0.", nameof(inputs));
        }

        if (!Valid(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "The radius must be finite and ≥ 0.");
        }
    }
}

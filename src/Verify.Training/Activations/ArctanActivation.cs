using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// σ(x) = arctan x, σ′ = 1/(1 + x²), σ″ = −2x/(1 + x²)². Properties: σ′ ∈ (0, 1], inf σ′ = 0, sup σ′ = σ′(0) = 1;
/// σ‴ = (6x² − 2)/(1 + x²)³ vanishes at x² = 1/3, where |σ″| = (2/√3)/(4/3)² = 3√3/8; σ(0) = 0; C^∞; strictly
/// increasing; |σ(x)| ≤ |x| since σ(0) = 0 and 0 &lt; σ′ ≤ 1. σ′ is quasi-concave with peak 0: σ″ = −2x/(1 + x²)² is
/// ≥ 0 on (−∞, 0] and ≤ 0 on [0, ∞).
/// </summary>
internal sealed class ArctanActivation : ScalarActivation<ArctanFunction>
{
    public static ArctanActivation Instance { get; } = new();

    public override ActivationSpec Spec { get; } = new("arctan");

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: 3 * Math.Sqrt(3) / 8, ValueAtZero: 0,
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: true, QuasiConcaveDerivative: true, DerivativePeak: 0);

    public override double SecondDerivative(double x)
    {
        var d = Derivative(x); // x² overflows to ∞ for |x| > 1e154, giving the correct limit 0
        return -2 * x * d * d;
    }
}

/// <summary>The scalar σ and σ′ of <see cref="ArctanActivation"/>.</summary>
internal readonly struct ArctanFunction : IScalarActivation
{
    public double Value(double x) => Math.Atan(x);

    public double Derivative(double x) => 1.0 / (1.0 + (x * x));
}

using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// σ(x) = tanh x, σ′ = 1/cosh² x (not 1 − tanh², which loses all relative accuracy for large |x|), σ″ = −2 tanh x · σ′.
/// Properties: σ′ ∈ (0, 1] with σ′(0) = 1 and σ′ → 0, so inf σ′ = 0, sup σ′ = 1; σ‴ = 2σ′(3 tanh² − 1) vanishes at
/// tanh² x = 1/3, where |σ″| = 2·(1/√3)·(2/3) = 4/(3√3); σ(0) = 0; C^∞; strictly increasing; |σ(x)| ≤ |x| since
/// σ(0) = 0 and 0 &lt; σ′ ≤ 1.
/// </summary>
internal sealed class TanhActivation : Activation
{
    public static TanhActivation Instance { get; } = new();

    public override ActivationSpec Spec => ActivationSpec.Tanh;

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: 4 / (3 * Math.Sqrt(3)), ValueAtZero: 0,
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: true);

    public override double Value(double x) => Math.Tanh(x);

    public override double Derivative(double x)
    {
        var c = Math.Cosh(x); // overflows to ∞ for |x| > 710, giving the correct limit 0
        return 1.0 / (c * c);
    }

    public override double SecondDerivative(double x) => -2 * Math.Tanh(x) * Derivative(x);
}

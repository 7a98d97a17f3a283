using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// The logistic sigmoid σ(x) = 1/(1 + e^{−x}), σ′ = σ(x)σ(−x), σ″ = σ′·(σ(−x) − σ(x)), all without overflow.
/// Properties: σ′ = s(1 − s) ∈ (0, 1/4] (maximum at x = 0), inf σ′ = 0; with s = σ(x), σ″ = s(1 − s)(1 − 2s) is
/// extremal where 6s² − 6s + 1 = 0, s = (3 ± √3)/6, giving |σ″| = (1/6)(1/√3) = √3/18; σ(0) = 1/2, so |σ(x)| ≤ |x|
/// fails at 0; C^∞; strictly increasing.
/// </summary>
internal sealed class SigmoidActivation : Activation
{
    public static SigmoidActivation Instance { get; } = new();

    public override ActivationSpec Spec { get; } = new("sigmoid");

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 0.25, SupAbsSecondDerivative: Math.Sqrt(3) / 18, ValueAtZero: 0.5,
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: false);

    public override double Value(double x) => Logistic.Value(x);

    public override double Derivative(double x) => Logistic.Slope(x);

    public override double SecondDerivative(double x) => Logistic.Slope(x) * (Logistic.Value(-x) - Logistic.Value(x));
}

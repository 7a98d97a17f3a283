using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// Softplus σ(x) = log(1 + e^x) = max(x, 0) + log1p(e^{−|x|}), σ′ = 1/(1 + e^{−x}) (the logistic s), σ″ = s(1 − s).
/// Properties: σ′ = s ∈ (0, 1), so inf σ′ = 0, sup σ′ = 1; σ″ = s(1 − s) ≤ 1/4 with equality at 0; σ(0) = log 2, so
/// |σ(x)| ≤ |x| fails at 0; C^∞; strictly increasing.
/// </summary>
internal sealed class SoftplusActivation : Activation
{
    public static SoftplusActivation Instance { get; } = new();

    public override ActivationSpec Spec { get; } = new("softplus");

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: 0.25, ValueAtZero: Math.Log(2),
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: false);

    public override double Value(double x) => Logistic.Softplus(x);

    public override double Derivative(double x) => Logistic.Value(x);

    public override double SecondDerivative(double x) => Logistic.Slope(x);
}

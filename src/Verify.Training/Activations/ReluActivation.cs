using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// ReLU σ(x) = max(x, 0), written x &lt; 0 ? 0 : x so that NaN passes through; σ′(x) = 1{x ≥ 0} (the convention of the
/// two-layer kernels: σ′(0) = 1), σ″ = 0 away from the kink. Properties: σ′ ∈ {0, 1}, so inf σ′ = 0 and sup σ′ = 1;
/// not C¹ at 0, so sup |σ″| = +∞ and not smooth; constant on x &lt; 0, so not strictly increasing; |σ(x)| ≤ |x|.
/// </summary>
internal sealed class ReluActivation : Activation
{
    public static ReluActivation Instance { get; } = new();

    public override ActivationSpec Spec => ActivationSpec.Relu;

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: double.PositiveInfinity, ValueAtZero: 0,
        Smooth: false, StrictlyIncreasing: false, BoundedByIdentity: true);

    public override double Value(double x) => x < 0 ? 0.0 : x;

    public override double Derivative(double x) => x >= 0 ? 1.0 : 0.0;

    public override double SecondDerivative(double x) => 0.0;
}

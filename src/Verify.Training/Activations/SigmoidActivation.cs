using System.Numerics;
using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// The logistic sigmoid σ(x) = 1/(1 + e^{−x}), σ′ = σ(x)σ(−x), σ″ = σ′·(σ(−x) − σ(x)), all without overflow.
/// Properties: σ′ = s(1 − s) ∈ (0, 1/4] (maximum at x = 0), inf σ′ = 0; with s = σ(x), σ″ = s(1 − s)(1 − 2s) is
/// extremal where 6s² − 6s + 1 = 0, s = (3 ± √3)/6, giving |σ″| = (1/6)(1/√3) = √3/18; σ(0) = 1/2, so |σ(x)| ≤ |x|
/// fails at 0; C^∞; strictly increasing. σ′ is quasi-concave with peak 0: σ″ = s(1 − s)(1 − 2s) has the sign of 1 − 2s,
/// and s = σ(x) ≤ 1/2 exactly for x ≤ 0.
/// </summary>
internal sealed class SigmoidActivation : ScalarActivation<SigmoidFunction>
{
    public static SigmoidActivation Instance { get; } = new();

    public override ActivationSpec Spec { get; } = new("sigmoid");

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 0.25, SupAbsSecondDerivative: Math.Sqrt(3) / 18, ValueAtZero: 0.5,
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: false, QuasiConcaveDerivative: true, DerivativePeak: 0);

    public override double SecondDerivative(double x) => Logistic.Slope(x) * (Logistic.Value(-x) - Logistic.Value(x));

    /// <summary>
    /// σ′ = F(1 − F) from F = σ(z) ∈ (0, 1) (within a few ulps). For F ≥ 1/2, 1 − F is exact (Sterbenz), so the absolute
    /// error is ≲ |δF| + ε = a few ε; for F &lt; 1/2 both factors carry a few ε relative error, so σ′ does too. The
    /// relative error is large only where σ′ &lt; ε (z &gt; 36.7, where 1 − F = 0); a gradient needs the absolute error
    /// only (see <see cref="TanhActivation"/>'s backward pass).
    /// </summary>
    internal override bool DerivativeFromValue => true;

    internal override void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream) =>
        BackpropagateFromValue<SigmoidFunction>(state, upstream);
}

/// <summary>The scalar σ and σ′ of <see cref="SigmoidActivation"/>, and σ′ from F = σ(z) for its backward pass.</summary>
internal readonly struct SigmoidFunction : IScalarActivation, IDerivativeFromValue
{
    public double Value(double x) => Logistic.Value(x);

    public double Derivative(double x) => Logistic.Slope(x);

    public Vector<double> DerivativeFromValue(Vector<double> value) =>
        value * (Vector<double>.One - value);

    public double DerivativeFromValue(double value) => value * (1 - value);
}

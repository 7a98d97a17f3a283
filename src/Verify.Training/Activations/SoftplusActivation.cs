using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// Softplus σ(x) = log(1 + e^x) = max(x, 0) + log1p(e^{−|x|}), σ′ = 1/(1 + e^{−x}) (the logistic s), σ″ = s(1 − s).
/// Properties: σ′ = s ∈ (0, 1), so inf σ′ = 0, sup σ′ = 1; σ″ = s(1 − s) ≤ 1/4 with equality at 0; σ(0) = log 2, so
/// |σ(x)| ≤ |x| fails at 0; C^∞; strictly increasing. σ′ = s is increasing, so quasi-concave with peak +∞.
/// </summary>
internal sealed class SoftplusActivation : ScalarActivation<SoftplusFunction>
{
    public static SoftplusActivation Instance { get; } = new();

    public override ActivationSpec Spec { get; } = new("softplus");

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: 0.25, ValueAtZero: Math.Log(2),
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: false, QuasiConcaveDerivative: true, DerivativePeak: double.PositiveInfinity);

    public override double SecondDerivative(double x) => Logistic.Slope(x);

    /// <summary>
    /// σ′ = 1 − e^{−F} from F = log(1 + e^z) ≥ 0, since e^{−F} = 1/(1 + e^z) = 1 − s(z). F carries a few ε relative
    /// error, δ(e^{−F}) ≈ e^{−F}·F·ε + ε ≤ 2ε (F·e^{−F} ≤ 1/e), so σ′ has an absolute error of a few ε. Its relative error
    /// grows as σ′ → 0 (z → −∞, where 1 − e^{−F} cancels): a gradient needs the absolute error only (see
    /// <see cref="TanhActivation"/>'s backward pass). Costs one exp per element, as σ′(z) = s(z) did.
    /// </summary>
    internal override bool DerivativeFromValue => true;

    internal override void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream)
    {
        RequireSameLength(upstream, state);
        upstream = upstream[..state.Length];
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = upstream[i] * (1 - Math.Exp(-state[i]));
        }
    }
}

/// <summary>The scalar σ and σ′ of <see cref="SoftplusActivation"/>.</summary>
internal readonly struct SoftplusFunction : IScalarActivation
{
    public double Value(double x) => Logistic.Softplus(x);

    public double Derivative(double x) => Logistic.Value(x);
}

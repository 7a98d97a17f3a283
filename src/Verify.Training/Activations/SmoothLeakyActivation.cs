using System.Globalization;
using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// The smooth leaky activation σ(x) = γx + (1 − γ)/b · (log(1 + e^{bx}) − log 2) with γ ∈ (0, 1), b &gt; 0: a softplus
/// of sharpness b blended with the identity, shifted so that σ(0) = 0. With s the logistic function,
/// σ′ = γ + (1 − γ)s(bx) and σ″ = (1 − γ)b·s(bx)(1 − s(bx)). The log term is evaluated as log((1 + e^t)/2) without
/// overflow or cancellation for any t = bx (see <c>Logistic.SoftplusMinusLog2</c>).
/// Properties: s ∈ (0, 1), so σ′ ∈ (γ, 1) with inf γ (x → −∞) and sup 1 (x → ∞); s(1 − s) ≤ 1/4 with equality at 0,
/// so sup |σ″| = (1 − γ)b/4; σ(0) = 0; C^∞; strictly increasing (σ′ ≥ γ &gt; 0); |σ(x)| ≤ |x| since σ(0) = 0 and
/// 0 &lt; σ′ ≤ 1. σ′ = γ + (1 − γ)s(bx) is increasing (1 − γ &gt; 0, b &gt; 0), so quasi-concave with peak +∞.
/// </summary>
internal sealed class SmoothLeakyActivation : ScalarActivation<SmoothLeakyFunction>
{
    private readonly double _gamma;
    private readonly double _b;

    public SmoothLeakyActivation(double gamma, double sharpness)
        : base(new SmoothLeakyFunction(gamma, sharpness))
    {
        if (!(gamma > 0 && gamma < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"smooth-leaky needs a slope γ in (0, 1), but γ = {gamma}."), nameof(gamma));
        }

        if (!(sharpness > 0 && double.IsFinite(sharpness)))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"smooth-leaky needs a finite sharpness b > 0, but b = {sharpness}."), nameof(sharpness));
        }

        _gamma = gamma;
        _b = sharpness;
        Spec = ActivationSpec.SmoothLeaky(gamma, sharpness);
        Properties = new(
            InfDerivative: gamma, SupDerivative: 1, SupAbsSecondDerivative: (1 - gamma) * sharpness / 4, ValueAtZero: 0,
            Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: true, QuasiConcaveDerivative: true,
            DerivativePeak: double.PositiveInfinity);
    }

    public override ActivationSpec Spec { get; }

    public override ActivationProperties Properties { get; }

    public override double SecondDerivative(double x) => (1 - _gamma) * _b * Logistic.Slope(_b * x);
}

/// <summary>The scalar σ and σ′ of <see cref="SmoothLeakyActivation"/> with slope γ and sharpness b.</summary>
internal readonly struct SmoothLeakyFunction(double gamma, double b) : IScalarActivation
{
    private readonly double _gamma = gamma;
    private readonly double _b = b;

    public double Value(double x) => (_gamma * x) + ((1 - _gamma) / _b * Logistic.SoftplusMinusLog2(_b * x));

    public double Derivative(double x) => _gamma + ((1 - _gamma) * Logistic.Value(_b * x));
}

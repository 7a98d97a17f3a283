using System.Numerics;
using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// σ(x) = tanh x, σ′ = 1/cosh² x (not 1 − tanh², which loses all relative accuracy for large |x|), σ″ = −2 tanh x · σ′.
/// Properties: σ′ ∈ (0, 1] with σ′(0) = 1 and σ′ → 0, so inf σ′ = 0, sup σ′ = 1; σ‴ = 2σ′(3 tanh² − 1) vanishes at
/// tanh² x = 1/3, where |σ″| = 2·(1/√3)·(2/3) = 4/(3√3); σ(0) = 0; C^∞; strictly increasing; |σ(x)| ≤ |x| since
/// σ(0) = 0 and 0 &lt; σ′ ≤ 1. σ′ = sech² is quasi-concave with peak 0: σ″ = −2 tanh x · sech² x is ≥ 0 on (−∞, 0] and
/// ≤ 0 on [0, ∞).
/// </summary>
internal sealed class TanhActivation : ScalarActivation<TanhFunction>
{
    public static TanhActivation Instance { get; } = new();

    public override ActivationSpec Spec => ActivationSpec.Tanh;

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: 4 / (3 * Math.Sqrt(3)), ValueAtZero: 0,
        Smooth: true, StrictlyIncreasing: true, BoundedByIdentity: true, QuasiConcaveDerivative: true, DerivativePeak: 0);

    public override double SecondDerivative(double x) => -2 * Math.Tanh(x) * Derivative(x);

    /// <summary>
    /// σ′ = 1 − F² computed as (1 − F)(1 + F) from F = tanh z (Math.Tanh, within about an ulp: |δF| ≲ ε|F|). For |F| ≥ 1/2
    /// both factors are exact (Sterbenz), so the absolute error is ≲ 2|δF| + ε ≈ 3ε; for |F| &lt; 1/2 each factor carries
    /// ≲ ε relative error and σ′ &gt; 3/4, so again a few ε. The relative error is not small where σ′ is (σ′ &lt; ε for
    /// |z| &gt; 18.7, where 1 − F² is exactly 0 instead of ≈ 4e^{−2|z|}), which a gradient does not need: D = (∂Φ/∂F)∘σ′
    /// only enters sums (the GEMMs F_{l−1}ᵀD and D·Wᵀ) whose own rounding is already of order k·ε·Σ|F||∂Φ/∂F| with
    /// σ′ ≤ 1, so an absolute error of a few ε per element is of the order of rounding the products already commit.
    /// </summary>
    internal override bool DerivativeFromValue => true;

    /// <summary>
    /// The descent's σ: tanh in SIMD lanes (<see cref="VectorTanh"/>, a few ulps from Math.Tanh, which
    /// <see cref="Activation.Value"/> and <see cref="Activation.Values(ReadOnlySpan{double}, Span{double})"/> keep).
    /// </summary>
    internal override void Features(ReadOnlySpan<double> input, Span<double> output)
    {
        RequireSameLength(input, output);
        VectorTanh.Apply(input, output);
    }

    internal override void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream) =>
        BackpropagateFromValue<TanhFunction>(state, upstream);
}

/// <summary>The scalar σ and σ′ of <see cref="TanhActivation"/>, and σ′ from F = σ(z) for its backward pass.</summary>
internal readonly struct TanhFunction : IScalarActivation, IDerivativeFromValue
{
    public double Value(double x) => Math.Tanh(x);

    public double Derivative(double x)
    {
        var c = Math.Cosh(x); // overflows to ∞ for |x| > 710, giving the correct limit 0
        return 1.0 / (c * c);
    }

    public Vector<double> DerivativeFromValue(Vector<double> value) =>
        (Vector<double>.One - value) * (Vector<double>.One + value);

    public double DerivativeFromValue(double value) => (1 - value) * (1 + value);
}

using System.Numerics;
using System.Runtime.CompilerServices;
using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// ReLU σ(x) = max(x, 0), written x &lt; 0 ? 0 : x so that NaN passes through; σ′(x) = 1{x ≥ 0} (the convention of the
/// two-layer kernels: σ′(0) = 1), σ″ = 0 away from the kink. Properties: σ′ ∈ {0, 1}, so inf σ′ = 0 and sup σ′ = 1;
/// not C¹ at 0, so sup |σ″| = +∞ and not smooth; constant on x &lt; 0, so not strictly increasing; |σ(x)| ≤ |x|.
/// σ′ is a non-decreasing step, so quasi-concave with peak +∞.
/// </summary>
internal sealed class ReluActivation : ScalarActivation<ReluFunction>
{
    public static ReluActivation Instance { get; } = new();

    public override ActivationSpec Spec => ActivationSpec.Relu;

    public override ActivationProperties Properties { get; } = new(
        InfDerivative: 0, SupDerivative: 1, SupAbsSecondDerivative: double.PositiveInfinity, ValueAtZero: 0,
        Smooth: false, StrictlyIncreasing: false, BoundedByIdentity: true, QuasiConcaveDerivative: true,
        DerivativePeak: double.PositiveInfinity);

    public override double SecondDerivative(double x) => 0.0;

    /// <summary>
    /// σ′ from F exactly, with the convention σ′(0) = 1 (σ′ = 1{z ≥ 0}): F = ReLU(z) alone cannot tell z = 0 (σ′ = 1) from
    /// z &lt; 0 (σ′ = 0), so the descent's features carry the sign in the zero: z &lt; 0 gives −0.0, z ≥ 0 gives z + 0.0
    /// (which turns z = −0.0 into +0.0 and leaves every other z as is). As numbers these are ReLU(z) (−0.0 = 0.0, and a
    /// product or sum with a signed zero is the same number), and σ′ = 0 exactly where F's sign bit is set.
    /// A NaN z passes through as NaN (the loss is then NaN and the run diverges).
    /// </summary>
    internal override bool DerivativeFromValue => true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // SIMD loops: optimised from the first call, never tier-0
    internal override void Features(ReadOnlySpan<double> input, Span<double> output)
    {
        RequireSameLength(input, output);
        output = output[..input.Length];
        var i = 0;
        var negativeZero = new Vector<double>(-0.0);
        for (; i <= input.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var z = new Vector<double>(input[i..]);
            Vector.ConditionalSelect(Vector.LessThan(z, Vector<double>.Zero), negativeZero, z + Vector<double>.Zero).CopyTo(output[i..]);
        }

        for (; i < input.Length; i++)
        {
            var z = input[i];
            output[i] = z < 0 ? -0.0 : z + 0.0;
        }
    }

    internal override void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream) =>
        BackpropagateFromValue<ReluFunction>(state, upstream);
}

/// <summary>The scalar σ and σ′ of <see cref="ReluActivation"/>, and σ′ from F = σ(z) for its backward pass.</summary>
internal readonly struct ReluFunction : IScalarActivation, IDerivativeFromValue
{
    public double Value(double x) => x < 0 ? 0.0 : x;

    public double Derivative(double x) => x >= 0 ? 1.0 : 0.0;

    public Vector<double> DerivativeFromValue(Vector<double> value) =>
        Vector.ConditionalSelect( // σ′ = 0 where the sign bit is set
            Vector.AsVectorDouble(Vector.LessThan(Vector.AsVectorInt64(value), Vector<long>.Zero)), Vector<double>.Zero, Vector<double>.One);

    public double DerivativeFromValue(double value) => double.IsNegative(value) ? 0.0 : 1.0;
}

using Verify.Core.Networks;

namespace Verify.Training;

/// <summary>
/// An activation σ: its value, first and second derivative (scalar, and elementwise over spans for the kernels), and
/// its proven global <see cref="Properties"/>. The span forms may write over their input (output and input the same
/// span): each output element depends on the input element at the same index only.
/// </summary>
public abstract class Activation
{
    private protected Activation()
    {
    }

    /// <summary>The spec this activation was built from (name and parameters).</summary>
    public abstract ActivationSpec Spec { get; }

    /// <summary>The proven global properties of σ.</summary>
    public abstract ActivationProperties Properties { get; }

    /// <summary>σ(x).</summary>
    public abstract double Value(double x);

    /// <summary>σ′(x).</summary>
    public abstract double Derivative(double x);

    /// <summary>σ″(x) (for a non-smooth σ, the classical second derivative where it exists, 0 for ReLU).</summary>
    public abstract double SecondDerivative(double x);

    /// <summary>The activation for <paramref name="spec"/>; a smooth-leaky spec must have γ ∈ (0, 1) and b &gt; 0 (finite).</summary>
    /// <exception cref="ArgumentException">An unknown name or invalid parameters.</exception>
    public static Activation Of(ActivationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Name switch
        {
            "relu" => ReluActivation.Instance,
            "tanh" => TanhActivation.Instance,
            "sigmoid" => SigmoidActivation.Instance,
            "softplus" => SoftplusActivation.Instance,
            "arctan" => ArctanActivation.Instance,
            ActivationSpec.SmoothLeakyName => new SmoothLeakyActivation(spec.Gamma, spec.Sharpness),
            _ => throw new ArgumentException(
                $"Unknown activation '{spec.Name}'; expected one of {string.Join(", ", ActivationSpec.Names)}.", nameof(spec)),
        };
    }

    /// <summary>output[i] = σ(input[i]); the spans have one length and may be the same span.</summary>
    public abstract void Values(ReadOnlySpan<double> input, Span<double> output);

    /// <summary>output[i] = σ′(input[i]); the spans have one length and may be the same span.</summary>
    public abstract void Derivatives(ReadOnlySpan<double> input, Span<double> output);

    /// <summary>
    /// Whether <see cref="Backpropagate"/> reads σ′ from the layer's output F = σ(Z) rather than from Z: then the descent
    /// keeps no Z at all (σ′ is a function of σ for tanh, sigmoid, softplus and, with the sign of zero, ReLU).
    /// </summary>
    internal virtual bool DerivativeFromValue => false;

    /// <summary>
    /// The descent's forward pass: output[i] = σ(input[i]), in the form <see cref="Backpropagate"/> reads when
    /// <see cref="DerivativeFromValue"/> (equal to <see cref="Values(ReadOnlySpan{double}, Span{double})"/> as numbers;
    /// ReLU encodes σ′ in the sign of its zeros). The spans have one length and may be the same span.
    /// </summary>
    internal virtual void Features(ReadOnlySpan<double> input, Span<double> output) => Values(input, output);

    /// <summary>
    /// The backward pass through σ, in place: state[i] ← upstream[i]·σ′, where σ′ is read from state[i], which holds F
    /// (from <see cref="Features"/>) when <see cref="DerivativeFromValue"/> and Z otherwise. The spans have one length.
    /// </summary>
    internal abstract void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream);

    /// <summary>output[i] = σ″(input[i]); the spans have one length and may be the same span.</summary>
    public void SecondDerivatives(ReadOnlySpan<double> input, Span<double> output)
    {
        RequireSameLength(input, output);
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = SecondDerivative(input[i]);
        }
    }

    /// <summary>The arrays forms of <see cref="Values(ReadOnlySpan{double}, Span{double})"/>: σ applied to a copy.</summary>
    public double[] Values(double[] input) => Map(input, Values);

    /// <summary>σ′ of every element, in a new array.</summary>
    public double[] Derivatives(double[] input) => Map(input, Derivatives);

    /// <summary>σ″ of every element, in a new array.</summary>
    public double[] SecondDerivatives(double[] input) => Map(input, SecondDerivatives);

    public override string ToString() => Spec.ToString();

    private static double[] Map(double[] input, SpanMap map)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = new double[input.Length];
        map(input, output);
        return output;
    }

    private protected static void RequireSameLength(ReadOnlySpan<double> input, Span<double> output)
    {
        if (input.Length != output.Length)
        {
            throw new ArgumentException($"The output has {output.Length} elements but the input {input.Length}.", nameof(output));
        }
    }

    private delegate void SpanMap(ReadOnlySpan<double> input, Span<double> output);
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Verify.Training;

/// <summary>
/// The scalar σ and σ′ of an activation, as a <see langword="struct"/> so that the generic span loops of
/// <see cref="ScalarActivation{TFunction}"/> are specialised per activation and call them directly (inlined), with no
/// virtual call per element.
/// </summary>
internal interface IScalarActivation
{
    /// <summary>σ(x).</summary>
    double Value(double x);

    /// <summary>σ′(x).</summary>
    double Derivative(double x);
}

/// <summary>
/// σ′ as a function of F = σ(z), for the activations whose <see cref="Activation.DerivativeFromValue"/>: in SIMD lanes,
/// and as a scalar that does the same operations in the same order as a lane (the same bits).
/// </summary>
internal interface IDerivativeFromValue
{
    /// <summary>σ′ from F, lane by lane.</summary>
    Vector<double> DerivativeFromValue(Vector<double> value);

    /// <summary>σ′ from F, as a lane computes it.</summary>
    double DerivativeFromValue(double value);
}

/// <summary>
/// An activation whose σ and σ′ are the <typeparamref name="TFunction"/> struct: the elementwise span forms are written
/// once here, and the JIT specialises them per struct type (a value-type argument gets its own code), so the scalar
/// call in each loop is devirtualised and inlined. Activations override only what they compute differently.
/// </summary>
internal abstract class ScalarActivation<TFunction> : Activation
    where TFunction : struct, IScalarActivation
{
    private readonly TFunction _function;

    private protected ScalarActivation()
    {
    }

    private protected ScalarActivation(TFunction function) => _function = function;

    public sealed override double Value(double x) => _function.Value(x);

    public sealed override double Derivative(double x) => _function.Derivative(x);

    public sealed override void Values(ReadOnlySpan<double> input, Span<double> output)
    {
        RequireSameLength(input, output);
        output = output[..input.Length];
        var function = _function;
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = function.Value(input[i]);
        }
    }

    public sealed override void Derivatives(ReadOnlySpan<double> input, Span<double> output)
    {
        RequireSameLength(input, output);
        output = output[..input.Length];
        var function = _function;
        for (var i = 0; i < input.Length; i++)
        {
            output[i] = function.Derivative(input[i]);
        }
    }

    /// <summary>state[i] ← upstream[i]·σ′(state[i]), for σ′ read from Z (activations reading it from F override this).</summary>
    internal override void Backpropagate(Span<double> state, ReadOnlySpan<double> upstream)
    {
        RequireSameLength(upstream, state);
        upstream = upstream[..state.Length];
        var function = _function;
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = upstream[i] * function.Derivative(state[i]);
        }
    }

    /// <summary>
    /// The backward pass with σ′ read from F (<typeparamref name="TDerivative"/>): state[i] ← upstream[i]·σ′(F = state[i]),
    /// in SIMD lanes and a scalar tail of the same bits; specialised per struct, so σ′ inlines into the loops.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // SIMD loops: optimised from the first call, never tier-0
    private protected static void BackpropagateFromValue<TDerivative>(Span<double> state, ReadOnlySpan<double> upstream)
        where TDerivative : struct, IDerivativeFromValue
    {
        RequireSameLength(upstream, state);
        upstream = upstream[..state.Length];
        var derivative = default(TDerivative);
        var i = 0;
        for (; i <= state.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            (new Vector<double>(upstream[i..]) * derivative.DerivativeFromValue(new Vector<double>(state[i..]))).CopyTo(state[i..]);
        }

        for (; i < state.Length; i++) // the same operations in the same order as a lane: the same bits
        {
            state[i] = upstream[i] * derivative.DerivativeFromValue(state[i]);
        }
    }
}

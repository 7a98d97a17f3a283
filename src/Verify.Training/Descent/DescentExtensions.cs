namespace Verify.Training;

/// <summary>Views of a descent's current iterate as a network, for probes and checks.</summary>
public static class DescentExtensions
{
    /// <summary>
    /// The network at the current iterate W(k) over the matrices <see cref="IDescent.Weights"/> returns (live buffers or
    /// snapshots refreshed by this call, not copied again): valid until the next step, and not to be modified.
    /// </summary>
    public static FeedForwardNetwork CurrentNetwork(this IDescent descent)
    {
        ArgumentNullException.ThrowIfNull(descent);
        return FeedForwardNetwork.Wrap(descent.Spec, [.. Enumerable.Range(1, descent.Depth).Select(descent.Weights)]);
    }

    /// <summary>∂Φ/∂W_l at the current iterate for every layer (frozen ones too), in new matrices.</summary>
    public static IReadOnlyList<MathNet.Numerics.LinearAlgebra.Matrix<double>> Gradients(this IDescent descent)
    {
        ArgumentNullException.ThrowIfNull(descent);
        return Backpropagation.Gradients(descent.Backend, descent.CurrentNetwork(), descent.Inputs, descent.Targets);
    }
}

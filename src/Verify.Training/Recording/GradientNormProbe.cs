namespace Verify.Training;

/// <summary>‖∂Φ/∂W_l‖_F at the current iterate, on the schedule (one allocating backward pass per point; frozen layers too).</summary>
public sealed class GradientNormProbe(int layer) : LayerProbe(layer)
{
    /// <inheritdoc/>
    public override string Name => $"‖∂Φ/∂W{Layer}‖_F";

    /// <inheritdoc/>
    public override ProbeCadence Cadence => ProbeCadence.Scheduled;

    private protected override Func<ProbeValue> Measurement(IDescent descent) =>
        () => new ProbeValue(descent.Gradients()[Layer - 1].FrobeniusNorm());
}

namespace Verify.Training;

/// <summary>
/// max over neurons r of ‖W_l[:, r](k) − W_l[:, r](0)‖ — how far any neuron of layer l has moved from its initial
/// incoming weights — at every step, allocation-free (for layer 1 of a two-layer network this is max_r ‖w_r(k) − w_r(0)‖).
/// </summary>
public sealed class MaxNeuronDistanceProbe(int layer) : LayerProbe(layer)
{
    /// <inheritdoc/>
    public override string Name => $"max_r ‖W{Layer}[:, r](k) − W{Layer}[:, r](0)‖";

    /// <inheritdoc/>
    public override ProbeCadence Cadence => ProbeCadence.EveryStep;

    private protected override Func<ProbeValue> Measurement(IDescent descent)
    {
        var initial = descent.InitialWeights(Layer);
        return () => new ProbeValue(NeuronDistances.MaxColumnDistance(descent.Weights(Layer), initial));
    }
}

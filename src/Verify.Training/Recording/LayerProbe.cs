namespace Verify.Training;

/// <summary>A probe of one layer l (1-based) of any descent; <see cref="Bind"/> checks that the descent has that layer.</summary>
public abstract class LayerProbe : IProbe
{
    private protected LayerProbe(int layer, int lowestLayer = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, lowestLayer);
        Layer = layer;
    }

    /// <summary>The layer l.</summary>
    public int Layer { get; }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract ProbeCadence Cadence { get; }

    /// <inheritdoc/>
    public virtual bool HasErrorBounds => false;

    /// <inheritdoc/>
    public IProbeSampler Bind(IDescent descent)
    {
        ArgumentNullException.ThrowIfNull(descent);
        if (Layer > descent.Depth)
        {
            throw new ArgumentException($"The probe '{Name}' reads layer {Layer}, but the network has {descent.Depth} layers.", nameof(descent));
        }

        return new DelegateSampler(Measurement(descent));
    }

    /// <summary>The function that measures the probe on <paramref name="descent"/>'s current iterate.</summary>
    private protected abstract Func<ProbeValue> Measurement(IDescent descent);
}

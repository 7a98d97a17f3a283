using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// λ_min of the Jacobian Gram J Jᵀ over the weights of the given layers (<see cref="JacobianGram"/>) at the current
/// iterate, on the schedule, with the error bound of <see cref="Spectral.SmallestEigenvalueWithErrorBound"/> (about the
/// matrix as computed).
/// </summary>
public sealed class JacobianGramProbe : IProbe
{
    private readonly int[] _layers;

    /// <summary>A probe over the 1-based <paramref name="layers"/> (distinct, at least one).</summary>
    public JacobianGramProbe(IReadOnlyCollection<int> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0 || layers.Any(l => l < 1) || layers.Distinct().Count() != layers.Count)
        {
            throw new ArgumentException($"The layers must be distinct and ≥ 1, but are [{string.Join(", ", layers)}].", nameof(layers));
        }

        _layers = [.. layers.Order()];
    }

    /// <summary>The layers whose weights the Jacobian is taken over, ascending.</summary>
    public IReadOnlyList<int> Layers => _layers;

    /// <inheritdoc/>
    public string Name => $"λ_min(J Jᵀ) over layers {{{string.Join(", ", _layers)}}}";

    /// <inheritdoc/>
    public ProbeCadence Cadence => ProbeCadence.Scheduled;

    /// <inheritdoc/>
    public bool HasErrorBounds => true;

    /// <inheritdoc/>
    public IProbeSampler Bind(IDescent descent)
    {
        ArgumentNullException.ThrowIfNull(descent);
        if (_layers[^1] > descent.Depth)
        {
            throw new ArgumentException($"The probe '{Name}' reads layer {_layers[^1]}, but the network has {descent.Depth} layers.", nameof(descent));
        }

        return new DelegateSampler(() =>
        {
            var gram = JacobianGram.Compute(descent.Backend, descent.CurrentNetwork(), descent.Inputs, _layers);
            var smallest = Spectral.SmallestEigenvalueWithErrorBound(descent.Backend, gram);
            return new ProbeValue(smallest.Value, smallest.ErrorBound);
        });
    }
}

using Verify.Core;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>ReLU decided by an activation's proven properties, never by its name, and those properties as text for a note.</summary>
public static class ReluModel
{
    /// <summary>
    /// ReLU by its proven properties: σ′ ∈ [0, 1] with inf σ′ = 0 and sup σ′ = 1, σ(0) = 0, |σ(x)| ≤ |x|, not C² and not
    /// strictly increasing (constant on a half-line). tanh, sigmoid, softplus, arctan and the smooth-leaky family each
    /// fail one of these.
    /// </summary>
    public static bool IsRelu(ActivationProperties p) =>
        p is { InfDerivative: 0, SupDerivative: 1, ValueAtZero: 0, BoundedByIdentity: true, Smooth: false, StrictlyIncreasing: false };

    /// <summary>The activation with the properties <see cref="IsRelu"/> reads.</summary>
    public static string Describe(Activation activation)
    {
        var p = activation.Properties;
        return $"{activation}: σ′ ∈ [{NumberFormat.Text(p.InfDerivative)}, {NumberFormat.Text(p.SupDerivative)}], σ(0) = {NumberFormat.Text(p.ValueAtZero)}, "
            + $"|σ(x)| ≤ |x| {(p.BoundedByIdentity ? "holds" : "fails")}, {(p.Smooth ? "C²" : "not C²")}, {(p.StrictlyIncreasing ? "strictly increasing" : "constant on a half-line")}";
    }
}

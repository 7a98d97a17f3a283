using Verify.Numerics;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// What <see cref="BackpropIntervals.Enclose"/> certifies over the ball Σ_l ‖W_l − W_l⁰‖²_F ≤ r² (r = <see cref="Radius"/>),
/// per sample i: the output ŷ_i(θ) ∈ <see cref="Outputs"/>[i], and |δ_i(θ)|² ≥ <see cref="DeltaSquaredLower"/>[i], where
/// δ_i = ∂ŷ_i/∂z_{1,i} is the backprop vector at the layer-1 pre-activations.
/// </summary>
internal sealed record BallEnclosure(double Radius, IReadOnlyList<Interval> Outputs, IReadOnlyList<double> DeltaSquaredLower)
{
    /// <summary>D = min_i of the lower bounds on |δ_i(θ)|² over the ball.</summary>
    public double D => DeltaSquaredLower.Min();
}

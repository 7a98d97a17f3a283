using Verify.Core;
using Verify.Core.Networks;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// The paper's model (spec §1): a deep ReLU network without biases, F_L = F_{L−1}W_L, every layer trained with one step
/// size. Decided from the structure and the activation's proven properties, never from a name.
/// </summary>
internal static class N21Model
{
    /// <summary>
    /// ReLU by its proven properties: σ′ ∈ [0, 1] with inf σ′ = 0 and sup σ′ = 1, σ(0) = 0, |σ(x)| ≤ |x|, not C² and not
    /// strictly increasing (constant on a half-line). tanh, sigmoid, softplus, arctan and the smooth-leaky family each
    /// fail one of these.
    /// </summary>
    public static bool IsRelu(ActivationProperties p) =>
        p is { InfDerivative: 0, SupDerivative: 1, ValueAtZero: 0, BoundedByIdentity: true, Smooth: false, StrictlyIncreasing: false };

    public static string Describe(Activation activation)
    {
        var p = activation.Properties;
        return $"{activation}: σ′ ∈ [{NumberFormat.Text(p.InfDerivative)}, {NumberFormat.Text(p.SupDerivative)}], σ(0) = {NumberFormat.Text(p.ValueAtZero)}, "
            + $"|σ(x)| ≤ |x| {(p.BoundedByIdentity ? "holds" : "fails")}, {(p.Smooth ? "C²" : "not C²")}, {(p.StrictlyIncreasing ? "strictly increasing" : "constant on a half-line")}";
    }

    /// <summary>Null when the theorem covers the structure; otherwise the reasons (the width n_{L−1} ≥ N is a hypothesis, checked on the instance).</summary>
    public static string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth < 2)
        {
            reasons.Add($"it has {network.Depth} weight layer, the theorem at least two (a hidden layer F_{{L−1}} to be wide)");
        }
        var activation = Activation.Of(network.Activation);
        if (!IsRelu(activation.Properties))
        {
            reasons.Add($"its activation is not ReLU (the paper's model; spec §1 [V]): {Describe(activation)}");
        }
        reasons.AddRange(DeepNetworkMatch.OutputAndTraining(network, training));
        return reasons.Count == 0
            ? null
            : "Nguyen 2021 covers deep ReLU networks without biases, output scale 1, every layer trained with one step size; " + string.Join("; ", reasons);
    }
}

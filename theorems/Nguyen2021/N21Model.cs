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
    /// <summary>Null when the theorem covers the structure; otherwise the reasons (the width n_{L−1} ≥ N is a hypothesis, checked on the instance).</summary>
    public static string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth < 2)
        {
            reasons.Add($"it has {network.Depth} weight layer, the theorem at least two (a hidden layer F_{{L−1}} to be wide)");
        }
        var activation = Activation.Of(network.Activation);
        if (!ReluModel.IsRelu(activation.Properties))
        {
            reasons.Add($"its activation is not ReLU (the paper's model; spec §1 [V]): {ReluModel.Describe(activation)}");
        }
        reasons.AddRange(DeepNetworkMatch.OutputAndTraining(network, training));
        return reasons.Count == 0
            ? null
            : "Nguyen 2021 covers deep ReLU networks without biases, output scale 1, every layer trained with one step size; " + string.Join("; ", reasons);
    }
}

using Verify.Core;
using Verify.Core.Networks;

namespace Verify.Theorems.Common;

/// <summary>
/// What the deep-network theorems (F_L = F_{L−1}W_L, every layer trained by one GD step size) require of an mlp setup's
/// output layer and training, as the reasons a setup does not match (empty when it matches): shared by the modules'
/// <c>Mismatch</c>.
/// </summary>
public static class DeepNetworkMatch
{
    /// <summary>Output scale 1; every layer trained (no step size 0), with one step size for all.</summary>
    public static IEnumerable<string> OutputAndTraining(NetworkSpec network, TrainingSpec training)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(training);
        if (network.OutputScale != 1)
        {
            yield return $"its output scale is {NumberFormat.Text(network.OutputScale)}, the theorem's output layer is F_L = F_{{L−1}}W_L (scale 1)";
        }
        if (training.StepSizes.Any(eta => eta <= 0))
        {
            yield return "some layer is frozen (step size 0), the theorem trains every layer";
        }
        else if (training.StepSizes.Distinct().Count() > 1)
        {
            yield return "its layers have different step sizes, the theorem one η for all";
        }
    }
}

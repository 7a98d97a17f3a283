using System.Globalization;

namespace Verify.Core.Networks;

/// <summary>
/// Full-batch gradient descent with a constant step size per layer (<see cref="StepSizes"/>[l − 1] for W_l;
/// 0 freezes the layer) for <see cref="Steps"/> steps.
/// </summary>
public sealed record TrainingSpec(IReadOnlyList<double> StepSizes, int Steps)
{
    /// <summary>Whether layer <paramref name="layer"/> (1-based) is trained.</summary>
    public bool Trains(int layer) => StepSizes[layer - 1] > 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"η = [{string.Join(", ", StepSizes.Select(r => NumberFormat.Text(r)))}], {Steps} steps");
}

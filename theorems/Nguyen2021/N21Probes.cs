using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// What the outcome checks read along a trajectory: ‖W_l^k − W_l⁰‖_F per layer at every step and σ_min(F_{L−1}^k) on the
/// log-spaced schedule (the residual is recorded by the runner).
/// </summary>
internal sealed class N21Probes
{
    public N21Probes(int depth)
    {
        Distances = [.. Enumerable.Range(1, depth).Select(l => new WeightDistanceProbe(l, WeightNorm.Frobenius))];
        LastHiddenSmallest = SmallestSingularValueProbe.OfFeatures(Math.Max(0, depth - 1));
    }

    public IReadOnlyList<WeightDistanceProbe> Distances { get; }

    public SmallestSingularValueProbe LastHiddenSmallest { get; }

    public IReadOnlyList<IProbe> All => [.. Distances, LastHiddenSmallest];
}

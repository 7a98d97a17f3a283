using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// What the outcome checks read along a trajectory besides the loss: ‖∇Φ(θ_k)‖ (all layers) at every step, for the
/// path length and the descent inequality; ‖W_l^k − W_l⁰‖_F per layer at every step; σ_N(F₁^k) and σ_min(W_l^k)
/// (l ≥ 3) and the PL ratio on the log-spaced schedule. Built per instance.
/// </summary>
internal sealed class NmProbes
{
    public NmProbes(int depth, double gamma)
    {
        Depth = depth;
        PlRatio = new ScheduledProbe("PL ratio", descent => PlRatioAt(descent, gamma));
        Distances = [.. Enumerable.Range(1, depth).Select(l => new WeightDistanceProbe(l, WeightNorm.Frobenius))];
        FeaturesSmallest = SmallestSingularValueProbe.OfFeatures(1);
        WeightsSmallest = [.. Enumerable.Range(3, Math.Max(0, depth - 2)).Select(SmallestSingularValueProbe.OfWeights)];
    }

    public int Depth { get; }

    /// <summary>‖∇Φ(θ_k)‖ = (Σ_l ‖∂Φ/∂W_l‖²_F)^½ at every step (one allocating backward pass per step).</summary>
    public IProbe GradientNorm { get; } = new EveryStepProbe("‖∇Φ‖", descent =>
        Math.Sqrt(descent.Gradients().Sum(g => Math.Pow(g.FrobeniusNorm(), 2))));

    public IReadOnlyList<WeightDistanceProbe> Distances { get; }

    public SmallestSingularValueProbe FeaturesSmallest { get; }

    public IReadOnlyList<SmallestSingularValueProbe> WeightsSmallest { get; }

    /// <summary>
    /// ‖∇_{W₂}Φ‖_F / (γ^{L−2} σ_N(F₁) Π_{l≥3} σ_min(W_l) ‖F_L − Y‖_F) on the schedule, from one backward pass and
    /// SVDs of the computed matrices (+∞ when the right side is 0).
    /// </summary>
    public IProbe PlRatio { get; }

    public IReadOnlyList<IProbe> All => [GradientNorm, .. Distances, FeaturesSmallest, .. WeightsSmallest, PlRatio];

    internal static double PlRatioAt(IDescent descent, double gamma)
    {
        var network = descent.CurrentNetwork();
        var gradients = Backpropagation.Gradients(descent.Backend, network, descent.Inputs, descent.Targets);
        var features = network.Features(descent.Backend, descent.Inputs);
        double right = Math.Pow(gamma, descent.Depth - 2) * SmallestSingular(descent.Backend, features[1], descent.Inputs.RowCount)
            * Math.Sqrt(descent.SquaredResidualNorm);
        for (int l = 3; l <= descent.Depth; l++)
        {
            var w = network.Weight(l);
            right *= SmallestSingular(descent.Backend, w, w.ColumnCount);
        }
        double left = gradients[1].FrobeniusNorm();
        // a right side of 0 makes the lemma hold trivially: recorded as the largest finite ratio, not ∞ (which would read as a failure)
        return right == 0 ? double.MaxValue : left / right;
    }

    /// <summary>σ_k(M), the k-th largest singular value (0 when M has fewer than k).</summary>
    internal static double SmallestSingular(ILinearAlgebraBackend backend, Matrix<double> m, int k)
    {
        var values = backend.SingularValues(m);
        return k <= values.Length ? values[k - 1] : 0;
    }

    private sealed class EveryStepProbe(string name, Func<IDescent, double> measure) : IProbe
    {
        public string Name => name;

        public ProbeCadence Cadence => ProbeCadence.EveryStep;

        public bool HasErrorBounds => false;

        public IProbeSampler Bind(IDescent descent) => new Sampler(() => new ProbeValue(measure(descent)));
    }

    private sealed class ScheduledProbe(string name, Func<IDescent, double> measure) : IProbe
    {
        public string Name => name;

        public ProbeCadence Cadence => ProbeCadence.Scheduled;

        public bool HasErrorBounds => false;

        public IProbeSampler Bind(IDescent descent) => new Sampler(() => new ProbeValue(measure(descent)));
    }

    private sealed class Sampler(Func<ProbeValue> measure) : IProbeSampler
    {
        public ProbeValue Measure() => measure();
    }
}

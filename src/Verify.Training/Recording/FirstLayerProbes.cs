using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// Probes of a <see cref="FirstLayerGradientDescent"/> computed by its fast kernels from its own buffers (no m×d or
/// n×m copy): the largest neuron distance max_r ‖w_r(k) − w_r(0)‖ and the activation-pattern change fraction at every
/// step, and λ_min(H(k)) of the finite-width ReLU NTK H(k) = (X Xᵀ) ∘ (P(k) P(k)ᵀ)/m with its error bound on the
/// schedule (H(k) from Z(k) into one n×n buffer allocated once, with no n×m pattern buffer).
/// </summary>
public static class FirstLayerProbes
{
    /// <summary>max_r ‖w_r(k) − w_r(0)‖ (NaN if W(k) holds NaN), every step.</summary>
    public static IProbe MaxNeuronDistance { get; } = new Probe(
        "first-layer max neuron distance", ProbeCadence.EveryStep, false, d => new DelegateSampler(() => new(d.MaxWeightDistance())));

    /// <summary>(1/(mn)) Σᵢᵣ 1{1{Zᵢᵣ(k) ≥ 0} ≠ 1{Zᵢᵣ(0) ≥ 0}}, every step.</summary>
    public static IProbe PatternChangeFraction { get; } = new Probe(
        "relu pattern change fraction", ProbeCadence.EveryStep, false, d => new DelegateSampler(() => new(d.PatternChangeFraction())));

    /// <summary>
    /// λ_min(H(k)) on the schedule, certified (<see cref="ProbeValue.Certified"/>): an enclosure of λ_min of the exact
    /// H(W(k)) (<see cref="VerifiedBounds.SmallestEigenvalueEnclosure"/> of the computed matrix, widened by
    /// <see cref="NtkRounding.FiniteWidthFrobeniusBound"/> for its assembly from X). Each point costs an n×m×n
    /// rank-k update, a symmetric eigensolve of order n (the shift) and an O(n³/3) Cholesky factorisation.
    /// </summary>
    public static IProbe SmallestNtkEigenvalue { get; } = new Probe("relu ntk smallest eigenvalue", ProbeCadence.Scheduled, true, BindEigenvalue);

    private static DelegateSampler BindEigenvalue(FirstLayerGradientDescent descent)
    {
        var inputGram = Gram.InputGram(descent.Backend, descent.Inputs);
        var assembly = NtkRounding.FiniteWidthFrobeniusBound(inputGram, descent.Inputs.ColumnCount);
        var ntk = Matrix<double>.Build.Dense(descent.SampleCount, descent.SampleCount);
        return new DelegateSampler(() =>
        {
            Gram.FiniteWidthReluNtk(descent.Backend, inputGram, descent.PreActivations, ntk);
            var smallest = VerifiedBounds.SmallestEigenvalueEnclosure(descent.Backend, ntk).Widen(assembly, "assembly of H(k) from X");
            return ProbeValue.Certified(smallest);
        });
    }

    private sealed class Probe(string name, ProbeCadence cadence, bool hasErrorBounds, Func<FirstLayerGradientDescent, DelegateSampler> bind) : IProbe
    {
        public string Name => name;

        public ProbeCadence Cadence => cadence;

        public bool HasErrorBounds => hasErrorBounds;

        public IProbeSampler Bind(IDescent descent) => descent is FirstLayerGradientDescent fast
            ? bind(fast)
            : throw new ArgumentException($"The probe '{name}' reads the buffers of a {nameof(FirstLayerGradientDescent)}, not of a {descent.GetType().Name}.", nameof(descent));
    }
}

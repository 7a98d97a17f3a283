using System.Globalization;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// W5: one full-batch gradient-descent step of a deep network (N = 1000, d = 500, widths [2000, 1000, 500, 1], every
/// layer trained with one step size), for tanh and for ReLU: the engine's <see cref="GradientDescent.Step"/> on every
/// backend, PyTorch with autograd (scripts/bench/deep_step_torch.py), and per backend the step's GEMMs alone
/// (<see cref="StepGemms"/>), the floor. Both sides take the same number of steps from the same W(0) and report
/// ‖W_l(k) − W_l(0)‖_F for every layer and the loss Φ(W(k)).
/// </summary>
internal static class DeepStepSection
{
    /// <summary>
    /// η for every layer; the time does not depend on it. Small enough that both sides stay on a stable trajectory over
    /// the up to 3 × (1 + reps) steps of a comparison, so that the agreement check compares numbers of a converging run:
    /// from this W(0) (Φ(0) ≈ N/2) η = 1e-4 makes the ReLU network diverge within 8 steps (Φ → ∞, then NaN: measured
    /// with the PyTorch peer's code), while 1e-5 lowers Φ at every step for tanh and after the second for ReLU.
    /// </summary>
    public const double StepSize = 1e-5;

    /// <summary>The activations W5 measures, one row each.</summary>
    public static IReadOnlyList<ActivationSpec> Activations { get; } = [ActivationSpec.Tanh, ActivationSpec.Relu];

    public static IEnumerable<Comparison> Run(BenchContext context)
    {
        foreach (var activation in Activations)
        {
            yield return Measure(context, Draw(context.Sizes, activation));
        }
    }

    /// <summary>W5's instance for <paramref name="activation"/>: the same X, Y and W(0) for every activation.</summary>
    public static DeepNetworkData Draw(Sizes sizes, ActivationSpec activation) =>
        DeepNetworkData.Draw(sizes.DeepSamples, sizes.DeepInputs, sizes.DeepWidths, activation, Seeds.DeepStep);

    /// <summary>A descent from the instance's W(0) with <see cref="StepSize"/> on every layer.</summary>
    public static GradientDescent Descent(ILinearAlgebraBackend backend, DeepNetworkData data) =>
        new(backend, data.Network, data.X, data.Y, [.. Enumerable.Repeat(StepSize, data.Network.Depth)]);

    /// <summary>"N=1000, d=500, [2000,1000,500,1]".</summary>
    public static string Shape(DeepNetworkData data) => $"N={data.N}, d={data.D}, [{string.Join(",", data.Spec.Widths)}]";

    private static Comparison Measure(BenchContext context, DeepNetworkData data)
    {
        var activation = data.Spec.Activation.Name;
        var backends = context.Backends.Measured;
        var invariant = CultureInfo.InvariantCulture;
        return SideBySide.Run(
            context,
            context.Runner,
            $"deep-step-{activation}",
            $"W5 GD step {activation}",
            Shape(data),
            StepGemms.Flops(data),
            data.WriteTo,
            ("deep-step-torch", "PyTorch", [
                ("depth", data.Network.Depth.ToString(invariant)),
                ("eta", StepSize.ToString("R", invariant)),
                ("scale", data.Spec.OutputScale.ToString("R", invariant)),
                ("activation", activation),
            ]),
            () => [.. backends.Select(backend => Step(backend, data))],
            () => [.. backends.Select(backend => Floor(backend, data))]);
    }

    private static Contender Step(ILinearAlgebraBackend backend, DeepNetworkData data)
    {
        var descent = Descent(backend, data);
        return Contender.InProcess(
            VerifyBackends.Label(backend), VerifyBackends.Library(backend), Role.Verify, descent.Step,
            () => [.. Enumerable.Range(1, descent.Depth)
                .Select(l => WeightDistance.FromStart(descent.Weights(l), descent.InitialWeights(l))), descent.Loss]);
    }

    private static Contender Floor(ILinearAlgebraBackend backend, DeepNetworkData data)
    {
        var gemms = new StepGemms(backend, data, StepSize);
        var library = VerifyBackends.Library(backend);
        return Contender.InProcess($"its {gemms.Count} GEMMs alone ({library})", library, Role.GemmsAlone, gemms.Run, () => []);
    }
}

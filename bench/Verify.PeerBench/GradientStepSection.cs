using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// W1: one full-batch gradient-descent step of the Du et al. two-layer ReLU network (first layer only), n = d, at
/// each width m: Verify's <see cref="FirstLayerGradientDescent.Step"/> on every backend, the PyTorch step
/// (scripts/bench/gradient_step_torch.py), and, per backend, the step's two GEMMs alone (Z = X Wᵀ and EᵀX, same
/// shapes and transposes), the floor the step's time is measured against. Both sides take the same number of
/// steps from the same W(0), so the check compares ‖W(k) − W(0)‖_F.
/// </summary>
internal static class GradientStepSection
{
    /// <summary>The step size of the theorem module's Fig. 1 scenarios; the time does not depend on it.</summary>
    public const double StepSize = 0.5;

    public static IEnumerable<Comparison> Run(BenchContext context)
    {
        foreach (var m in context.Sizes.StepWidths)
        {
            var n = context.Sizes.StepInputs;
            yield return Measure(context, DuData.Draw(n, n, m, Seeds.GradientStep), "W1 GD step", context.Runner, withGemmFloor: true);
        }
    }

    /// <summary>One comparison at the data's shape on every backend; the sweeps leave out the GEMM floor.</summary>
    public static Comparison Measure(
        BenchContext context, DuData data, string workload, InterleavedRunner runner, bool withGemmFloor)
    {
        int n = data.N, d = data.D, m = data.M;
        var backends = context.Backends.Measured;
        var descents = new List<FirstLayerGradientDescent>();
        return SideBySide.Run(
            context,
            runner,
            $"step-{n}-{d}-{m}",
            workload,
            n == d ? $"n=d={n}, m={m}" : $"n={n}, d={d}, m={m}",
            4.0 * n * d * m,
            data.WriteTo,
            ("step-torch", "PyTorch", [("eta", StepSize.ToString("R", CultureInfo.InvariantCulture))]),
            () => [.. backends.Select(backend =>
            {
                var descent = new FirstLayerGradientDescent(backend, data.X, data.Y, data.Network, StepSize);
                descents.Add(descent);
                return Contender.InProcess(
                    VerifyBackends.Label(backend), VerifyBackends.Library(backend), Role.Verify,
                    descent.Step, () => [WeightDistance.FromStart(descent.W, data.Network.W)]);
            })],
            () => withGemmFloor ? [.. backends.Select((b, i) => GemmsAlone(b, data, descents[i].PreActivations))] : []);
    }

    /// <summary>Z = X Wᵀ (n×d·d×m) and ∇ = EᵀX/√m (m×n·n×d), the step's shapes and transposes, into their own buffers, E a copy of Z(0).</summary>
    private static Contender GemmsAlone(ILinearAlgebraBackend backend, DuData data, Matrix<double> preActivations)
    {
        var x = data.X;
        var w = data.Network.W;
        var z = Matrix<double>.Build.Dense(data.N, data.M);
        var e = Matrix<double>.Build.DenseOfMatrix(preActivations);
        var gradient = Matrix<double>.Build.Dense(data.M, data.D);
        var scale = 1.0 / Math.Sqrt(data.M);
        var library = VerifyBackends.Library(backend);
        return Contender.InProcess($"its 2 GEMMs alone ({library})", library, Role.GemmsAlone, () =>
        {
            backend.Gemm(false, true, 1.0, x, w, 0.0, z);
            backend.Gemm(true, false, scale, e, x, 0.0, gradient);
        }, () => []);
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// Where W5's step spends the time beyond its GEMMs (which the table's floor times): the elementwise passes of
/// <see cref="GradientDescent.Step"/> over every hidden layer's N×n_l pre-activations Z_l, each alone, on W5's own Z
/// (the same values as the step's first forward pass), as the engine runs them — in column blocks on all cores: the
/// forward F = σ(Z) (<c>Activation.Features</c>; tanh in SIMD lanes) and the backward D = ∂Φ/∂F ∘ σ′ written over F
/// (<c>Activation.Backpropagate</c>, σ′ read from F for tanh and ReLU), repeated in place (a timing, not a value).
/// </summary>
internal static class StepBreakdown
{
    public static IEnumerable<Comparison> Run(BenchContext context)
    {
        foreach (var spec in DeepStepSection.Activations)
        {
            var data = DeepStepSection.Draw(context.Sizes, spec);
            var shape = DeepStepSection.Shape(data);
            var preActivations = PreActivations(context, data);
            var activation = data.Network.Activation;
            var features = preActivations.Select(z => new double[z.Length]).ToArray();
            var signal = preActivations.Select(z => Enumerable.Repeat(1.0, z.Length).ToArray()).ToArray(); // ones: repeated products stay normal
            var blocks = new ColumnBlocks();
            var name = spec.Name;
            yield return Piece(context, $"W5 {name}: F = sigma(Z), forward", shape, () =>
            {
                for (var l = 0; l < preActivations.Length; l++)
                {
                    var (z, f) = (preActivations[l], features[l]);
                    blocks.Run(new Pass(start => activation.Features(z.AsSpan(start.Start, start.Length), f.AsSpan(start.Start, start.Length))), data.N, z.Length / data.N);
                }
            });
            yield return Piece(context, $"W5 {name}: D = sigma'(F) * upstream, backward", shape, () =>
            {
                for (var l = 0; l < preActivations.Length; l++)
                {
                    var (state, u) = (activation.DerivativeFromValue ? features[l] : preActivations[l], signal[l]);
                    blocks.Run(new Pass(start => activation.Backpropagate(state.AsSpan(start.Start, start.Length), u.AsSpan(start.Start, start.Length))), data.N, state.Length / data.N);
                }
            });
        }
    }

    private sealed class Pass(Action<(int Start, int Length)> body) : IColumnBlockPass
    {
        public void Apply(int start, int length) => body((start, length));
    }

    /// <summary>Z_l = F_{l−1} W_l of every hidden layer at W(0), as raw column-major arrays.</summary>
    private static double[][] PreActivations(BenchContext context, DeepNetworkData data)
    {
        var (network, backend) = (data.Network, context.Backends.Auto);
        var features = network.Features(backend, data.X);
        return [.. Enumerable.Range(1, network.Depth - 1).Select(l =>
        {
            var z = Matrix<double>.Build.Dense(data.N, network.Weight(l).ColumnCount);
            backend.Gemm(false, false, 1.0, features[l - 1], network.Weight(l), 0.0, z);
            return z.AsColumnMajorArray();
        })];
    }

    private static Comparison Piece(BenchContext context, string workload, string shape, Action run) =>
        context.Runner.Run(workload, shape, null,
        [
            Contender.InProcess("Verify (managed, all cores)", "managed", Role.Verify, run, () => []),
        ]);
}

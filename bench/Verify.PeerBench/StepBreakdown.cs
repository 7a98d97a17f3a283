using MathNet.Numerics.LinearAlgebra;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// Where W5's step spends the time beyond its GEMMs (which the table's floor times): the managed elementwise passes of
/// <see cref="GradientDescent.Step"/> over every hidden layer's N×n_l pre-activations Z_l, each alone, on W5's own Z
/// (the same values as the step's first forward pass): the forward σ(Z) (<see cref="Activation.Values(ReadOnlySpan{double}, Span{double})"/>),
/// the backward σ′(Z) written over Z (<see cref="Activation.Derivatives(ReadOnlySpan{double}, Span{double})"/>), and
/// the product with the propagated signal. These passes run on one thread; the GEMMs on all.
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
            var scratch = preActivations.Select(z => new double[z.Length]).ToArray();
            var signal = preActivations.Select(z => Enumerable.Repeat(1.0, z.Length).ToArray()).ToArray(); // ones: repeated products stay normal
            var name = spec.Name;
            yield return Piece(context, $"W5 {name}: sigma(Z), forward", shape, () =>
            {
                for (var l = 0; l < preActivations.Length; l++)
                {
                    activation.Values(preActivations[l], scratch[l]);
                }
            });
            yield return Piece(context, $"W5 {name}: sigma'(Z), backward", shape, () =>
            {
                for (var l = 0; l < preActivations.Length; l++)
                {
                    activation.Derivatives(preActivations[l], scratch[l]);
                }
            });
            yield return Piece(context, $"W5 {name}: D = sigma' * upstream", shape, () =>
            {
                for (var l = 0; l < preActivations.Length; l++)
                {
                    var (d, u) = (scratch[l], signal[l]);
                    for (var i = 0; i < d.Length; i++)
                    {
                        d[i] *= u[i];
                    }
                }
            });
        }
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
            Contender.InProcess("Verify (managed, 1 thread)", "managed", Role.Verify, run, () => []),
        ]);
}

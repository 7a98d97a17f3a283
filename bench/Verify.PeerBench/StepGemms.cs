using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Training;

namespace Verify.PeerBench;

/// <summary>
/// The GEMMs one <see cref="GradientDescent.Step"/> performs when every layer trains, with the same shapes, transposes,
/// α and β, into buffers of their own: the floor a step's time is measured against. Backward, for l = L … 1: the
/// propagation U_{l−1} = s_l D_l W_lᵀ (N×n_l · (n_{l−1}×n_l)ᵀ, for l ≥ 2 only: nothing is propagated into X) and the
/// update W_l ← W_l − η s_l F_{l−1}ᵀ D_l (β = 1, no gradient buffer); then the forward pass Z_l = F_{l−1} W_l and the
/// output s F_{L−1} W_L. The operands are the initial network's features (values of order one, no denormals); the
/// copies of W drift by the repeated updates, which changes no GEMM's cost.
/// </summary>
internal sealed class StepGemms
{
    private readonly List<Action> _gemms = [];

    public StepGemms(ILinearAlgebraBackend backend, DeepNetworkData data, double stepSize)
    {
        var network = data.Network;
        int depth = network.Depth, n = data.N;
        var scale = data.Spec.OutputScale;
        var features = network.Features(backend, data.X); // F₀ = X, F₁ … F_L
        var w = network.Weights.Select(Matrix<double>.Build.DenseOfMatrix).ToArray();
        for (var l = depth; l >= 1; l--)
        {
            var (layer, s) = (l - 1, l == depth ? scale : 1.0);
            var signal = Matrix<double>.Build.DenseOfMatrix(features[l]); // stands for D_l, N×n_l
            if (l >= 2)
            {
                var upstream = Matrix<double>.Build.Dense(n, w[layer].RowCount);
                _gemms.Add(() => backend.Gemm(false, true, s, signal, w[layer], 0.0, upstream));
            }

            var input = features[l - 1];
            _gemms.Add(() => backend.Gemm(true, false, -stepSize * s, input, signal, 1.0, w[layer]));
        }

        for (var l = 1; l <= depth; l++)
        {
            var (layer, s) = (l - 1, l == depth ? scale : 1.0);
            var (input, output) = (features[l - 1], Matrix<double>.Build.Dense(n, w[layer].ColumnCount));
            _gemms.Add(() => backend.Gemm(false, false, s, input, w[layer], 0.0, output));
        }
    }

    /// <summary>How many GEMMs one step performs: 2L − 1 backward, L forward.</summary>
    public int Count => _gemms.Count;

    /// <summary>
    /// The floating-point operations of one step's GEMMs (2·rows·columns·inner each): the forward pass and the weight
    /// gradients 2N·Σ n_{l−1}n_l each, the propagation 2N·Σ_{l≥2} n_{l−1}n_l.
    /// </summary>
    public static double Flops(DeepNetworkData data)
    {
        var spec = data.Spec;
        var layers = Enumerable.Range(1, spec.Depth).Select(l => (double)spec.WeightShape(l, data.D).Rows * spec.WeightShape(l, data.D).Columns).ToList();
        return 2.0 * data.N * ((2 * layers.Sum()) + layers.Skip(1).Sum());
    }

    /// <summary>Runs every GEMM once, in the step's order.</summary>
    public void Run()
    {
        foreach (var gemm in _gemms)
        {
            gemm();
        }
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The gradient of Φ = ½‖F_L − Y‖²_F by a hand-written backward pass, allocating (for checks and probes; the descent
/// has its own in-place pass). With R = F_L − Y: ∂Φ/∂W_L = s F_{L−1}ᵀ R and ∂Φ/∂F_{L−1} = s R W_Lᵀ; for a hidden layer,
/// D_l = ∂Φ/∂F_l ∘ σ′(Z_l), ∂Φ/∂W_l = F_{l−1}ᵀ D_l and ∂Φ/∂F_{l−1} = D_l W_lᵀ.
/// </summary>
public static class Backpropagation
{
    /// <summary>∂Φ/∂W_l for l = 1 … L (index l − 1) at <paramref name="network"/> on (X, Y); Y is N × n_L.</summary>
    public static IReadOnlyList<Matrix<double>> Gradients(
        ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(network);
        var pass = Pass.Forward(backend, network, x);
        var residual = pass.Features[network.Depth] - RequireTargets(network, x, y);
        var gradients = new Matrix<double>[network.Depth];
        var signal = residual; // D_l, with the output scale folded in for l = L below
        var scale = network.Spec.OutputScale;
        for (var l = network.Depth; l >= 1; l--)
        {
            gradients[l - 1] = Matrix<double>.Build.Dense(pass.Features[l - 1].ColumnCount, signal.ColumnCount);
            backend.Gemm(true, false, scale, pass.Features[l - 1], signal, 0.0, gradients[l - 1]);
            if (l > 1)
            {
                var upstream = Matrix<double>.Build.Dense(x.RowCount, pass.Features[l - 1].ColumnCount);
                backend.Gemm(false, true, scale, signal, network.Weight(l), 0.0, upstream);
                signal = upstream.PointwiseMultiply(pass.Derivatives(l - 1));
            }

            scale = 1.0;
        }

        return gradients;
    }

    /// <summary>Y after checking that it is N × n_L for the given X.</summary>
    internal static Matrix<double> RequireTargets(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.RowCount != x.RowCount || y.ColumnCount != network.Spec.OutputWidth)
        {
            throw new ArgumentException(
                $"Y must be N × n_L = {x.RowCount}×{network.Spec.OutputWidth}, but is {y.RowCount}×{y.ColumnCount}.", nameof(y));
        }

        return y;
    }

    /// <summary>A forward pass that keeps every layer's pre-activations Z_l and features F_l (allocating).</summary>
    internal sealed class Pass
    {
        private Pass(FeedForwardNetwork network, Matrix<double>[] preActivations, Matrix<double>[] features)
        {
            Network = network;
            PreActivations = preActivations;
            Features = features;
        }

        public FeedForwardNetwork Network { get; }

        /// <summary>Z_l at index l (index 0 unused; Z_L = F_{L−1} W_L, unscaled).</summary>
        public Matrix<double>[] PreActivations { get; }

        /// <summary>F_l at index l, F₀ = X.</summary>
        public Matrix<double>[] Features { get; }

        public static Pass Forward(ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x)
        {
            network.RequireInputs(x);
            var depth = network.Depth;
            var z = new Matrix<double>[depth + 1];
            var f = new Matrix<double>[depth + 1];
            f[0] = x;
            z[0] = x;
            for (var l = 1; l <= depth; l++)
            {
                z[l] = Matrix<double>.Build.Dense(x.RowCount, network.Spec.Widths[l - 1]);
                backend.Gemm(false, false, 1.0, f[l - 1], network.Weight(l), 0.0, z[l]);
                f[l] = l < depth ? z[l].Map(network.Activation.Value) : network.Spec.OutputScale * z[l];
            }

            return new Pass(network, z, f);
        }

        /// <summary>σ′(Z_l) for a hidden layer l.</summary>
        public Matrix<double> Derivatives(int layer) => PreActivations[layer].Map(Network.Activation.Derivative);

        /// <summary>σ″(Z_l) for a hidden layer l.</summary>
        public Matrix<double> SecondDerivatives(int layer) => PreActivations[layer].Map(Network.Activation.SecondDerivative);
    }
}

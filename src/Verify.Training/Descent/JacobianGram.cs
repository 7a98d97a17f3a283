using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The Jacobian Gram matrix J Jᵀ of the outputs with respect to the weights of a set of layers S (the finite-width
/// neural tangent kernel): for outputs F_L[i, c] and F_L[j, c′],
/// (J Jᵀ)[(i, c), (j, c′)] = Σ_{l ∈ S} (F_{l−1} F_{l−1}ᵀ)ᵢⱼ · (B_l^c B_l^{c′ᵀ})ᵢⱼ, where B_l^c[i, q] = ∂F_L[i, c]/∂Z_l[i, q]
/// is the back-propagated signal: B_L^c = s·1e_cᵀ and B_l^c = (B_{l+1}^c W_{l+1}ᵀ) ∘ σ′(Z_l). This holds because
/// ∂F_L[i, c]/∂W_l[p, q] = F_{l−1}[i, p]·B_l^c[i, q]. For a scalar output it is Σ_l (F_{l−1}F_{l−1}ᵀ) ∘ (B_l B_lᵀ).
/// Rows and columns are ordered (i, c) ↦ c·N + i (F_L's column-major order).
/// </summary>
public static class JacobianGram
{
    /// <summary>J Jᵀ (N·n_L square, exactly symmetric) at <paramref name="network"/> on <paramref name="x"/>, over the 1-based <paramref name="layers"/>.</summary>
    public static Matrix<double> Compute(
        ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, IReadOnlyCollection<int> layers)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0 || layers.Any(l => l < 1 || l > network.Depth) || layers.Distinct().Count() != layers.Count)
        {
            throw new ArgumentException($"The layers must be distinct and in 1 … {network.Depth}, but are [{string.Join(", ", layers)}].", nameof(layers));
        }

        var pass = Backpropagation.Pass.Forward(backend, network, x);
        int n = x.RowCount, outputs = network.Spec.OutputWidth, depth = network.Depth, lowest = layers.Min();
        var kernel = Matrix<double>.Build.Dense(n * outputs, n * outputs);
        var signals = new Matrix<double>[outputs][];
        for (var c = 0; c < outputs; c++)
        {
            signals[c] = new Matrix<double>[depth + 1];
            var b = Matrix<double>.Build.Dense(n, outputs);
            b.SetColumn(c, Vector<double>.Build.Dense(n, network.Spec.OutputScale));
            signals[c][depth] = b;
            for (var l = depth - 1; l >= lowest; l--)
            {
                signals[c][l] = Products.Multiply(backend, signals[c][l + 1], false, network.Weight(l + 1), true)
                    .PointwiseMultiply(pass.Derivatives(l));
            }
        }

        foreach (var l in layers)
        {
            var featureGram = Products.Multiply(backend, pass.Features[l - 1], false, pass.Features[l - 1], true);
            for (var c = 0; c < outputs; c++)
            {
                for (var c2 = 0; c2 < outputs; c2++)
                {
                    var block = Products.Multiply(backend, signals[c][l], false, signals[c2][l], true).PointwiseMultiply(featureGram);
                    kernel.SetSubMatrix(c * n, c2 * n, kernel.SubMatrix(c * n, n, c2 * n, n) + block);
                }
            }
        }

        return (kernel + kernel.Transpose()) / 2;
    }
}

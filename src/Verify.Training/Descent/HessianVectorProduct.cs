using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Training;

/// <summary>
/// The exact Hessian-vector product ∇²Φ(W)·V of Φ = ½‖F_L − Y‖²_F by Pearlmutter's R-operator R{·} = d/dt(·)(W + tV)|₀
/// applied to the forward and backward passes (allocating). Forward: R{Z_l} = R{F_{l−1}} W_l + F_{l−1} V_l (R{F₀} = 0),
/// R{F_l} = σ′(Z_l) ∘ R{Z_l}, R{F_L} = s·R{Z_L}. Backward, with signals D_L = R = F_L − Y and R{D_L} = R{F_L}:
/// R{∂Φ/∂W_l} = s_l (R{F_{l−1}}ᵀ D_l + F_{l−1}ᵀ R{D_l}); U = s_l D_l W_lᵀ, R{U} = s_l (R{D_l} W_lᵀ + D_l V_lᵀ);
/// D_{l−1} = U ∘ σ′(Z_{l−1}), R{D_{l−1}} = R{U} ∘ σ′(Z_{l−1}) + U ∘ σ″(Z_{l−1}) ∘ R{Z_{l−1}}; s_L = s, s_l = 1 below.
/// For ReLU σ″ = 0: the product of the piecewise-quadratic Φ away from kinks.
/// </summary>
public static class HessianVectorProduct
{
    /// <summary>(∇²Φ·V)_l for l = 1 … L (index l − 1) at <paramref name="network"/> on (X, Y), V one matrix per layer shaped as W_l.</summary>
    public static IReadOnlyList<Matrix<double>> Compute(
        ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, IReadOnlyList<Matrix<double>> direction)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(direction);
        var pass = Backpropagation.Pass.Forward(backend, network, x);
        Backpropagation.RequireTargets(network, x, y);
        var depth = network.Depth;
        if (direction.Count != depth || Enumerable.Range(1, depth).Any(l =>
            direction[l - 1].RowCount != network.Weight(l).RowCount || direction[l - 1].ColumnCount != network.Weight(l).ColumnCount))
        {
            throw new ArgumentException("The direction must have one matrix per layer, each shaped as W_l.", nameof(direction));
        }

        var f = pass.Features;
        var rz = new Matrix<double>[depth + 1];
        var rf = new Matrix<double>[depth + 1];
        for (var l = 1; l <= depth; l++)
        {
            rz[l] = Products.Multiply(backend, f[l - 1], false, direction[l - 1], false);
            if (l > 1)
            {
                Products.AddProduct(backend, rf[l - 1], false, network.Weight(l), false, 1.0, rz[l]);
            }

            rf[l] = l < depth ? rz[l].PointwiseMultiply(pass.Derivatives(l)) : network.Spec.OutputScale * rz[l];
        }

        var products = new Matrix<double>[depth];
        var signal = f[depth] - y;
        var rSignal = rf[depth];
        var scale = network.Spec.OutputScale;
        for (var l = depth; l >= 1; l--)
        {
            products[l - 1] = Products.Multiply(backend, f[l - 1], true, rSignal, false, scale);
            if (l > 1)
            {
                Products.AddProduct(backend, rf[l - 1], true, signal, false, scale, products[l - 1]);
                var upstream = Products.Multiply(backend, signal, false, network.Weight(l), true, scale);
                var rUpstream = Products.Multiply(backend, rSignal, false, network.Weight(l), true, scale);
                Products.AddProduct(backend, signal, false, direction[l - 1], true, scale, rUpstream);
                var derivative = pass.Derivatives(l - 1);
                signal = upstream.PointwiseMultiply(derivative);
                rSignal = rUpstream.PointwiseMultiply(derivative)
                    + upstream.PointwiseMultiply(pass.SecondDerivatives(l - 1)).PointwiseMultiply(rz[l - 1]);
            }

            scale = 1.0;
        }

        return products;
    }
}

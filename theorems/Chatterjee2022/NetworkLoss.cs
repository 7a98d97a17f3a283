using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The network's training loss Φ(θ) = ½‖F_L − Y‖²_F as a function of the flattened weights θ = (W₁, …, W_L) (each W_l
/// column-major), with the gradient by backpropagation and exact Hessian-vector products (Pearlmutter's R-operator). The
/// criterion is scale-invariant (README), so Φ = ½Σe² serves as f; the paper's (1/n)Σe² changes α, β and the steps by
/// constant factors only.
/// </summary>
internal sealed class NetworkLoss(ILinearAlgebraBackend backend, NetworkSpec spec, Matrix<double> x, Matrix<double> y) : ISmoothLoss
{
    private readonly (int Rows, int Columns)[] _shapes = [.. Enumerable.Range(1, spec.Depth).Select(l => spec.WeightShape(l, x.ColumnCount))];

    public int Dimension => _shapes.Sum(s => s.Rows * s.Columns);

    public string Name => "Φ(θ) = ½‖F_L(θ) − Y‖²_F";

    public FeedForwardNetwork Network(double[] theta) => new(spec, Unflatten(theta));

    public static double[] Flatten(IReadOnlyList<Matrix<double>> weights) => [.. weights.SelectMany(w => w.ToColumnMajorArray())];

    public double Value(double[] theta)
    {
        var residual = Network(theta).Outputs(backend, x) - y;
        return 0.5 * residual.Enumerate().Sum(e => e * e);
    }

    public double[] Gradient(double[] theta) => Flatten(Backpropagation.Gradients(backend, Network(theta), x, y));

    public double[] HessianVector(double[] theta, double[] v) =>
        Flatten(HessianVectorProduct.Compute(backend, Network(theta), x, y, Unflatten(v)));

    /// <summary>
    /// An assumed allowance, not a proof: each output is a chain of L dot products of length ≤ n_max = max(d, n_l) and L − 1
    /// activations (library rounding assumed, as elsewhere), so ‖F_L − Y‖_F is taken within 8(L + 1)γ_{n_max}(‖F_L‖_F + ‖Y‖_F),
    /// and √Φ = ‖F_L − Y‖_F/√2 within that over √2.
    /// </summary>
    public double RootAllowance(double[] theta)
    {
        int widest = Math.Max(x.ColumnCount, spec.Widths.Max());
        var outputs = Network(theta).Outputs(backend, x);
        return 8.0 * (spec.Depth + 1) * DirectedRounding.GammaUp(widest) * (outputs.FrobeniusNorm() + y.FrobeniusNorm()) / Math.Sqrt(2);
    }

    private Matrix<double>[] Unflatten(double[] theta)
    {
        var weights = new Matrix<double>[_shapes.Length];
        int offset = 0;
        for (int l = 0; l < _shapes.Length; l++)
        {
            var (rows, columns) = _shapes[l];
            weights[l] = Matrix<double>.Build.Dense(rows, columns, theta.AsSpan(offset, rows * columns).ToArray());
            offset += rows * columns;
        }
        return weights;
    }
}

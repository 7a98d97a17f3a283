using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;
using Verify.Numerics;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Training.Tests;

/// <summary>Small seeded deep networks and data for the general engine's tests.</summary>
internal static class TestNetworks
{
    public static readonly ActivationSpec[] Activations =
    [
        ActivationSpec.Relu, ActivationSpec.Tanh, new("sigmoid"), new("softplus"), new("arctan"), ActivationSpec.SmoothLeaky(0.2, 3.0),
    ];

    public static readonly ActivationSpec[] SmoothActivations = [.. Activations.Skip(1)];

    /// <summary>Widths [4, 3, 5, …] truncated to <paramref name="depth"/> − 1 hidden layers plus <paramref name="outputs"/> outputs.</summary>
    public static NetworkSpec Spec(ActivationSpec activation, int depth, int outputs = 1, double outputScale = 0.9)
    {
        int[] hidden = [4, 3, 5];
        return new NetworkSpec([.. hidden.Take(depth - 1), outputs], activation, outputScale);
    }

    /// <summary>X (n×d, unit rows), Y (n × outputs, Gaussian) and xavier weights.</summary>
    public static (FeedForwardNetwork Network, Matrix<double> X, Matrix<double> Y) Problem(NetworkSpec spec, int n, int d, ulong seed)
    {
        var rng = new Xoshiro(seed);
        var x = UnitSphere.Sample(n, d, rng);
        var y = Gaussian.Sample(n, spec.OutputWidth, rng);
        return (FeedForwardNetwork.Initialize(spec, d, new SchemeInit("xavier", seed + 1)), x, y);
    }

    /// <summary>Φ = ½‖F_L − Y‖²_F by plain loops (no GEMM): the independent reference for finite differences.</summary>
    public static double Loss(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y)
    {
        var f = x;
        for (var l = 1; l <= network.Depth; l++)
        {
            var w = network.Weight(l);
            var next = Matrix<double>.Build.Dense(f.RowCount, w.ColumnCount);
            for (var i = 0; i < f.RowCount; i++)
            {
                for (var q = 0; q < w.ColumnCount; q++)
                {
                    var z = 0.0;
                    for (var p = 0; p < w.RowCount; p++)
                    {
                        z += f[i, p] * w[p, q];
                    }

                    next[i, q] = l < network.Depth ? network.Activation.Value(z) : network.Spec.OutputScale * z;
                }
            }

            f = next;
        }

        return 0.5 * (f - y).Enumerate().Sum(r => r * r);
    }

    /// <summary>The network with W_l[p, q] moved by <paramref name="delta"/>.</summary>
    public static FeedForwardNetwork Perturbed(FeedForwardNetwork network, int layer, int p, int q, double delta)
    {
        var weights = network.Weights.Select(w => w.Clone()).ToArray();
        weights[layer - 1][p, q] += delta;
        return new FeedForwardNetwork(network.Spec, weights);
    }

    /// <summary>The network with every W_l moved by t·V_l.</summary>
    public static FeedForwardNetwork Moved(FeedForwardNetwork network, IReadOnlyList<Matrix<double>> direction, double t) =>
        new(network.Spec, [.. network.Weights.Select((w, l) => w + (t * direction[l]))]);
}

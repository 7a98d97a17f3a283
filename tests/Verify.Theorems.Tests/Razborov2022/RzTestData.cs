using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>Shared data for the Razborov 2022 tests: the backend, Gaussian inputs, outputs of an mlp network.</summary>
internal static class RzTestData
{
    public static ILinearAlgebraBackend Backend { get; } = Backends.Load(BackendChoice.Auto);

    public static Matrix<double> Inputs(int n, int d, ulong seed) => Gaussian.Sample(n, d, new Xoshiro256StarStar(seed));

    public static Matrix<double> Labels(int n, ulong seed) => Gaussian.Sample(n, 1, new Xoshiro256StarStar(seed));

    /// <summary>u = f(x_i) for every row, from the network's forward pass.</summary>
    public static Vector<double> Outputs(FeedForwardNetwork network, Matrix<double> x) => network.Outputs(Backend, x).Column(0);

    /// <summary>The network with the given first layer (d×m) and output weights, widths [m, 1], ReLU, output scale κ.</summary>
    public static FeedForwardNetwork Network(Matrix<double> w1, Matrix<double> a, double kappa) =>
        new(new NetworkSpec([w1.ColumnCount, 1], ActivationSpec.Relu, kappa), [w1, a]);

    /// <summary>max |x − y| over the entries, relative to max(1, max |y|).</summary>
    public static double RelativeDifference(Matrix<double> x, Matrix<double> y) =>
        (x - y).Enumerate().Select(Math.Abs).Max() / Math.Max(1, y.Enumerate().Select(Math.Abs).Max());
}

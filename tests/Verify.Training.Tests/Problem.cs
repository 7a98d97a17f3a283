using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Training.Tests;

/// <summary>A seeded training problem: unit inputs X (n×d), Gaussian labels y and Du et al.'s random initial network.</summary>
internal sealed record Problem(Matrix<double> X, double[] Y, TwoLayerReluNetwork Network)
{
    public static Problem Random(int n, int d, int m, ulong seed)
    {
        var rng = new Xoshiro(seed);
        var x = UnitSphere.Sample(n, d, rng);
        var y = Labels.Gaussian(n, rng);
        return new Problem(x, y, TwoLayerReluNetwork.Initialize(m, d, rng));
    }

    public FirstLayerGradientDescent Descent(ILinearAlgebraBackend backend, double stepSize) =>
        new(backend, X, Y, Network, stepSize);
}

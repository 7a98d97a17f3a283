using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>A drawn Du et al. 2019 instance with its measured premises, for the chain tests.</summary>
internal sealed record ChainInstance(Matrix<double> X, double[] Y, TwoLayerReluNetwork Network, DataAnalysis Data, InitialAnalysis Initial);

/// <summary>Small instances drawn as the du2019 scenarios draw them (inputs, labels on [−½, ½], network, in that order).</summary>
internal static class ChainInstances
{
    public static readonly ILinearAlgebraBackend Backend = Backends.Load(BackendChoice.Managed);

    /// <summary>
    /// n inputs in d dimensions — rows of I + 0.05·N(0, I) normalised (nearly orthogonal, as the in-scope scenario) or
    /// uniform on the sphere — labels uniform on [−½, ½], a width-m network at Du et al.'s initialisation, and the
    /// analyses at step size <paramref name="stepSize"/> and δ = 0.1.
    /// </summary>
    public static ChainInstance Draw(ulong seed, int n, int d, int m, double stepSize, bool nearlyOrthogonal = true)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = nearlyOrthogonal ? Du2019Theorem.NearlyOrthogonal(n, d, random) : UnitSphere.Sample(n, d, random);
        var y = Labels.Uniform(n, 0.5, random);
        var network = TwoLayerReluNetwork.Initialize(m, d, random);
        var data = new DataAnalysis(Backend, x, Vector<double>.Build.DenseOfArray(y));
        var initial = new InitialAnalysis(Backend, data, network.W, network.A, stepSize, delta: 0.1);
        return new ChainInstance(x, y, network, data, initial);
    }
}

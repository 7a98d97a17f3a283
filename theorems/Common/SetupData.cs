using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>The inputs and targets of a user's setup: read from its files, or drawn from its generator.</summary>
internal static class SetupData
{
    /// <summary>
    /// The setup's (X, Y), X N×d and Y N × n_L. A generator draws X first and then y from xoshiro256** seeded with the
    /// generator's seed, so a setup always means the same data.
    /// </summary>
    public static (Matrix<double> Inputs, Matrix<double> Targets) Materialize(UserSetup setup)
    {
        switch (setup.Data)
        {
            case FileData:
                return (setup.Inputs ?? throw new InvalidOperationException("the setup's inputs were not loaded"),
                    setup.Targets ?? throw new InvalidOperationException("the setup's targets were not loaded"));
            case GeneratedData generated:
                var random = new Xoshiro256StarStar(generated.Seed);
                var x = generated.Generator switch
                {
                    "unit-sphere" => UnitSphere.Sample(generated.N, generated.D, random),
                    "gaussian" => Gaussian.Sample(generated.N, generated.D, random),
                    _ => throw new InvalidOperationException($"unknown generator '{generated.Generator}'"),
                };
                var y = generated.Labels switch
                {
                    "gaussian" => Labels.Gaussian(generated.N, random),
                    "uniform" => Labels.Uniform(generated.N, generated.LabelBound, random),
                    _ => throw new InvalidOperationException($"unknown label distribution '{generated.Labels}'"),
                };
                return (x, Matrix<double>.Build.Dense(y.Length, 1, y));
            default:
                throw new InvalidOperationException($"unknown data source {setup.Data}");
        }
    }

    /// <summary>The setup's initial network for input dimension <paramref name="d"/>: drawn by its scheme, or its weight files (copied).</summary>
    public static FeedForwardNetwork InitialNetwork(UserSetup setup, int d) => setup.Init switch
    {
        SchemeInit scheme => FeedForwardNetwork.Initialize(setup.Network, d, scheme),
        GivenWeights => new FeedForwardNetwork(setup.Network, setup.InitialWeights ?? throw new InvalidOperationException("the setup's weights were not loaded")),
        _ => throw new InvalidOperationException($"unknown initialisation {setup.Init}"),
    };
}

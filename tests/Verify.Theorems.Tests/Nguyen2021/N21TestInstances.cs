using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Nguyen2021;
using Verify.Training;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>Instances and helpers for the Nguyen 2021 tests: small networks built directly, one check evaluated by id.</summary>
internal static class N21TestInstances
{
    public static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    public static ILinearAlgebraBackend Backend { get; } = Backends.Load(BackendChoice.Auto);

    public static InstanceContext Context(ulong seed = 17) => new(seed, 0, Quick, CancellationToken.None);

    /// <summary>N inputs in d dimensions (‖x‖ = √d), Gaussian targets and LeCun weights for <paramref name="widths"/>, from one seed.</summary>
    public static N21Instance Instance(int n, int d, int[] widths, ActivationSpec activation, ulong seed = 5, double? stepSize = 0.001)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = N21Draws.Inputs(n, d, random);
        var y = Gaussian.Sample(n, widths[^1], random);
        var network = N21Draws.Network(new NetworkSpec(widths, activation), d, "lecun", random);
        return new N21Instance(Backend, new N21Setup(x, y, network, stepSize, 5), Context(seed));
    }

    /// <summary>The evidence of the hypothesis <paramref name="id"/> alone.</summary>
    public static Evidence Hypothesis(ITheoremInstance instance, string id) =>
        instance.Hypotheses().Single(c => c.Spec.Id == id).Evaluate();

    /// <summary>A scenario's instance 0, drawn as the runner draws it.</summary>
    public static (ITheoremInstance Instance, Scenario Scenario, InstanceContext Context) Draw(string scenarioId)
    {
        var theorem = new Nguyen2021Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == scenarioId);
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0), 0, Quick, CancellationToken.None);
        return (scenario.Draw(context), scenario, context);
    }

    /// <summary>F_{L−1} entry by entry (plain loops, independent of the backend's GEMM).</summary>
    public static Matrix<double> LastHidden(FeedForwardNetwork network, Matrix<double> x)
    {
        var f = x;
        for (int l = 1; l < network.Depth; l++)
        {
            var w = network.Weight(l);
            var next = Matrix<double>.Build.Dense(f.RowCount, w.ColumnCount);
            for (int i = 0; i < f.RowCount; i++)
            {
                for (int j = 0; j < w.ColumnCount; j++)
                {
                    double z = 0;
                    for (int k = 0; k < f.ColumnCount; k++)
                    {
                        z += f[i, k] * w[k, j];
                    }
                    next[i, j] = Math.Max(0, z);
                }
            }
            f = next;
        }
        return f;
    }
}

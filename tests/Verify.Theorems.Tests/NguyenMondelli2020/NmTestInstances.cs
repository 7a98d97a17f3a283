using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>Instances and helpers for the module's tests: small networks built directly, one check evaluated by id.</summary>
internal static class NmTestInstances
{
    public static readonly RunOptions Quick = new(RunOptions.DefaultMasterSeed, Quick: true, OnlyInstance: 0);

    public static ILinearAlgebraBackend Backend { get; } = Backends.Load(BackendChoice.Auto);

    public static ActivationSpec SmoothLeaky { get; } = ActivationSpec.SmoothLeaky(0.2, 4);

    public static InstanceContext Context(ulong seed = 17) => new(seed, 0, Quick, CancellationToken.None);

    /// <summary>N inputs in d dimensions, Gaussian targets and LeCun weights for <paramref name="widths"/>, from one seed.</summary>
    public static NmInstance Instance(int n, int d, int[] widths, ActivationSpec activation, ulong seed = 5, double? stepSize = 0.001)
    {
        var random = new Xoshiro256StarStar(seed);
        var x = Initialisations.Inputs(n, d, random);
        var y = Gaussian.Sample(n, widths[^1], random);
        var spec = new NetworkSpec(widths, activation);
        var weights = Enumerable.Range(1, widths.Length).Select(l => spec.WeightShape(l, d)).Select(s => Initialisations.LeCun(s.Rows, s.Columns, random)).ToList();
        return new NmInstance(Backend, new NmSetup(x, y, new FeedForwardNetwork(spec, weights), stepSize, 5), Context(seed));
    }

    /// <summary>The evidence of the hypothesis <paramref name="id"/> alone (the others, e.g. the step size, are not evaluated).</summary>
    public static Evidence Hypothesis(ITheoremInstance instance, string id) =>
        instance.Hypotheses().Single(c => c.Spec.Id == id).Evaluate();

    /// <summary>A scenario's instance 0, drawn as the runner draws it.</summary>
    public static (ITheoremInstance Instance, Scenario Scenario, InstanceContext Context) Draw(string scenarioId)
    {
        var theorem = new NguyenMondelli2020Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == scenarioId);
        var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", 0), 0, Quick, CancellationToken.None);
        return (scenario.Draw(context), scenario, context);
    }

    public static Matrix<double> Features1(FeedForwardNetwork network, Matrix<double> x)
    {
        // F₁ = σ(XW₁) entry by entry, independently of the backend's GEMM.
        var w = network.Weight(1);
        var f = Matrix<double>.Build.Dense(x.RowCount, w.ColumnCount);
        for (int i = 0; i < x.RowCount; i++)
        {
            for (int j = 0; j < w.ColumnCount; j++)
            {
                double z = 0;
                for (int k = 0; k < x.ColumnCount; k++)
                {
                    z += x[i, k] * w[k, j];
                }
                f[i, j] = network.Activation.Value(z);
            }
        }
        return f;
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>A network instance of the criterion: its loss at θ₀ with its bounds, and the setting's checks.</summary>
internal static class NetworkProblems
{
    public static ChInstance Instance(ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, double? eta, int steps,
        InstanceContext context, IReadOnlyList<Parameter>? extra = null, IReadOnlyList<Check>? extraHypotheses = null)
    {
        var loss = new NetworkLoss(backend, network.Spec, x, y);
        var theta0 = NetworkLoss.Flatten(network.Weights);
        var gram = new Lazy<Enclosure>(() => NetworkChecks.Gram(backend, x));
        var problem = new CriterionProblem(loss, theta0, () => new NetworkBounds(network, x, y, gram.Value.Lower), eta, steps);
        var parameters = new List<Parameter>
        {
            Parameter.Number("n", x.RowCount),
            Parameter.Number("d", x.ColumnCount),
            Parameter.TextOnly("widths", $"[{string.Join(", ", network.Spec.Widths)}]"),
            Parameter.TextOnly("σ", network.Activation.ToString()),
            Parameter.Number("λ (output scale)", network.Spec.OutputScale),
        };
        parameters.AddRange(extra ?? []);
        return new ChInstance(problem, context,
            [
                new(ChChecks.FullRank, () => NetworkChecks.FullRank(gram.Value, x.RowCount, x.ColumnCount)),
                new(ChChecks.SmoothIncreasing, () => NetworkChecks.SmoothIncreasing(network.Activation)),
                new(ChChecks.PositiveInit, () => NetworkChecks.PositiveInit(network)),
                .. extraHypotheses ?? [],
            ],
            parameters);
    }

    /// <summary>X (n × d) and y (n) Gaussian, and the network of <paramref name="spec"/> drawn by <paramref name="scheme"/> from the context's seed.</summary>
    public static (Matrix<double> X, Matrix<double> Y, FeedForwardNetwork Network) Draw(NetworkSpec spec, int n, int d, string scheme, InstanceContext context)
    {
        var random = context.CreateRandom();
        var x = Gaussian.Sample(n, d, random);
        var y = Gaussian.Sample(n, 1, random);
        var network = FeedForwardNetwork.Initialize(spec, d, new SchemeInit(scheme, Seeds.Derive(context.Seed, "weights", 0) >> 11));
        return (x, y, network);
    }

    /// <summary>The same weights under another output scale.</summary>
    public static FeedForwardNetwork WithScale(FeedForwardNetwork network, double scale) =>
        new(network.Spec with { OutputScale = scale }, network.Weights);

    /// <summary>Whether Z3 proves (⋆) at the scanned radius admitting the largest step, with η = ½ × that step.</summary>
    public static bool Certifiable(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, double gramLower) =>
        CriterionScan.Run(new NetworkBounds(network, x, y, gramLower)).BestForStar(null) is { StepBound: > 0 } row
        && CriterionDecision.Star(row, row.StepBound / 2).Verdict == Verdict.Pass;
}

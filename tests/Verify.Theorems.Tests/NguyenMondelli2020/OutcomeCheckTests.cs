using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;
using static Verify.Theorems.Tests.NguyenMondelli2020.NmTestInstances;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>The outcome checks on synthetic trajectories whose answers are known by hand: they pass and fail where they must.</summary>
public sealed class OutcomeCheckTests
{
    private static InitialAnalysis Analysis()
    {
        var random = new Xoshiro256StarStar(4);
        var x = Initialisations.Inputs(5, 3, random);
        var y = Gaussian.Sample(5, 1, random);
        var spec = new NetworkSpec([8, 4, 1], SmoothLeaky);
        var weights = Enumerable.Range(1, 3).Select(l => spec.WeightShape(l, 3)).Select(s => Initialisations.LeCun(s.Rows, s.Columns, random)).ToList();
        return new InitialAnalysis(Backend, new NmSetup(x, y, new FeedForwardNetwork(spec, weights), 0.01, 2));
    }

    /// <summary>A trajectory with the given ‖F_L − Y‖²_F per step, ‖∇Φ‖ per step, and zero weight distances.</summary>
    private static Trajectory Synthetic(NmProbes probes, double[] squaredResiduals, double[] gradientNorms)
    {
        var every = Enumerable.Range(0, squaredResiduals.Length).ToList();
        var series = new List<ProbeSeries> { new(probes.GradientNorm.Name, every, gradientNorms) };
        series.AddRange(probes.Distances.Select(p => new ProbeSeries(p.Name, every, new double[every.Count])));
        return new Trajectory(squaredResiduals.Length - 1, [0.1, 0.1, 0.1], squaredResiduals, null, series);
    }

    [Test]
    public void PathLength_SumsEtaTimesTheGradientNormAndComparesWithR()
    {
        var analysis = Analysis();
        var probes = new NmProbes(3, 0.2);
        double r = analysis.Optimistic.Radius;
        Assume.That(double.IsFinite(r) && r > 0);

        // η = 1: path after k steps = Σ_{j<k} g_j.
        var below = OutcomeChecks.PathLength(Synthetic(probes, [2, 1.5, 1], [r / 4, r / 4, 0]), probes, analysis, 1.0);
        Assert.That(below.Verdict, Is.EqualTo(Verdict.Pass), below.Note);
        Assert.That(below.Value, Is.EqualTo(r / 2).Within(1e-12 * r), "the path length at the last step");

        var beyond = OutcomeChecks.PathLength(Synthetic(probes, [2, 1.5, 1], [analysis.Pessimistic.Radius, analysis.Pessimistic.Radius, 0]), probes, analysis, 1.0);
        Assert.That(beyond.Verdict, Is.EqualTo(Verdict.Fail), beyond.Note);
    }

    [Test]
    public void DescentInequality_HoldsOrFailsByHand()
    {
        var probes = new NmProbes(3, 0.2);
        // Φ = [1, 0.9], ‖∇Φ₀‖ = 1: Φ₁ − Φ₀ + (η/2)·1 = −0.1 + η/2.
        var trajectory = Synthetic(probes, [2.0, 1.8], [1.0, 0.5]);

        var holds = OutcomeChecks.Descent(trajectory, probes, 0.1, widest: 8);
        Assert.That(holds.Verdict, Is.EqualTo(Verdict.Pass), holds.Note);
        Assert.That(holds.Value, Is.EqualTo(-0.05).Within(1e-12));

        var fails = OutcomeChecks.Descent(trajectory, probes, 0.3, widest: 8);
        Assert.That(fails.Verdict, Is.EqualTo(Verdict.Fail), fails.Note);
        Assert.That(fails.Value, Is.EqualTo(0.05).Within(1e-12));
    }

    [Test]
    public void LinearRate_FailsALossAboveTheEnvelope()
    {
        var analysis = Analysis();
        var probes = new NmProbes(3, 0.2);
        double mu = analysis.Optimistic.Mu;
        double eta = 0.5 / analysis.Pessimistic.Mu; // ημ ≈ ½ at the pessimistic end
        Assume.That(eta * mu < 1);
        double rho = 1 - eta * analysis.Pessimistic.Mu;

        var flat = OutcomeChecks.LinearRate(Synthetic(probes, [2, 2, 2], [0, 0, 0]), analysis, eta);
        Assert.That(flat.Verdict, Is.EqualTo(Verdict.Fail), "a loss that does not decrease breaks (1 − ημ)ᵏ with ημ ≈ ½");

        var fast = OutcomeChecks.LinearRate(Synthetic(probes, [2, 2 * rho * rho * 0.5, 2 * Math.Pow(rho, 4) * 0.25], [0, 0, 0]), analysis, eta);
        Assert.That(fast.Verdict, Is.EqualTo(Verdict.Pass), fast.Note);
    }

    [Test]
    public void SpecialInit_ChainHoldsLinkByLink()
    {
        var (instance, _, _) = Draw("special-init");

        var chain = ((IExplainsChain)instance).Chain();
        Assert.That(chain.Select(s => s.Symbol), Does.Contain("λ_F").And.Contain("R"));
        Assert.That(chain.Where(s => s.Holds is not null).Select(s => s.Holds), Is.All.True, string.Join("; ", chain.Select(s => $"{s.Symbol} = {s.Value} {s.Requirement}")));
    }
}

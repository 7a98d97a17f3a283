using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Chatterjee2022;
using Verify.Training;
using static Verify.Theorems.Tests.Chatterjee2022.ToyNodeTests;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// Node (d), the network theorem (spec §5, T4): the in-scope scenarios pass with (⋆) proved by Z3, the negative cases
/// fail the hypothesis they should, and the certified bounds F, A(r), B(r) are checked against independent estimates at
/// random points of the ball: B against a power-iteration estimate of ‖∇²Φ‖, A against sampled PL ratios |∇Φ|²/Φ.
/// </summary>
public sealed class NetworkNodeTests
{
    private static readonly string[] OutcomeIds = ["conclusion-rate", "conclusion-limit", "invariant-pl-ratio", "invariant-descent", "invariant-path"];

    private static string Describe(InstanceReport report) => string.Join("\n",
        report.Hypotheses.Concat(report.Conclusions).Concat(report.Invariants).Select(c => $"{c.Id}: {c.Verdict} ({c.Note})"));

    private static IEnumerable<(InstanceReport Report, int Index)> RunScenario(string scenarioId)
    {
        var theorem = new Chatterjee2022Theorem(Backend);
        var scenario = theorem.Scenarios(Quick).Single(s => s.Id == scenarioId);
        for (int i = 0; i < scenario.DefaultInstances; i++)
        {
            var context = new InstanceContext(Seeds.Derive(Quick.MasterSeed, $"{theorem.Info.Id}/{scenario.Id}", i), i, Quick, CancellationToken.None);
            yield return (TheoremRunner.RunInstance(scenario, context), i);
        }
    }

    [TestCase("tanh-l2")]
    [TestCase("tanh-l3")]
    public void TanhScenario_HasAnInScopePassingInstance(string scenarioId)
    {
        var reports = RunScenario(scenarioId).ToList();
        var passing = reports.Where(r => r.Report.InScope == true && r.Report.Verdict == Verdict.Pass).ToList();
        TestContext.Out.WriteLine($"{passing.Count} of {reports.Count} instances in scope and Pass");

        Assert.That(passing, Is.Not.Empty, string.Join("\n\n", reports.Select(r => $"instance {r.Index}: {r.Report.Verdict}\n{Describe(r.Report)}")));
        foreach (var (report, index) in passing)
        {
            var star = report.Hypotheses.Single(h => h.Id == "instance-star");
            Assert.That(star.Verdict, Is.EqualTo(Verdict.Pass), star.Note);
            Assert.That(star.Note, Does.Contain("proved by Z3"), $"instance {index}");
            var outcomes = report.Conclusions.Concat(report.Invariants).ToList();
            foreach (string id in OutcomeIds)
            {
                var check = outcomes.Single(c => c.Id == id);
                Assert.That(check.Verdict, Is.EqualTo(Verdict.Pass), $"instance {index}, {id}: {check.Note}");
            }
        }
    }

    [Test]
    public void SoftplusWithoutBias_IsBeyondScopeWithTheCriterionFailing()
    {
        foreach (var (report, index) in RunScenario("softplus-no-bias"))
        {
            Assert.That(report.Verdict, Is.EqualTo(Verdict.BeyondScope), $"instance {index}\n{Describe(report)}");
            Assert.That(report.Hypotheses.Single(h => h.Id == "instance-criterion").Verdict, Is.EqualTo(Verdict.Fail), Describe(report));
        }
    }

    private static ChInstance Instance(ActivationSpec activation, int n, int d, string scheme, double scale = 32, int[]? widths = null)
    {
        var context = Context(41);
        var (x, y, network) = NetworkProblems.Draw(new NetworkSpec(widths ?? [8, 1], activation, scale), n, d, scheme, context);
        return NetworkProblems.Instance(Backend, network, x, y, null, 100, context);
    }

    [Test]
    public void FewerDimensionsThanSamples_FailsDataRankNamingTheRank()
    {
        var evidence = Hypothesis(Instance(ActivationSpec.Tanh, n: 6, d: 4, "positive"), "data-rank");

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail), evidence.Note);
        Assert.That(evidence.Note, Does.Contain("rank X ≤ 4").And.Contain("n = 6"));
        var full = Hypothesis(Instance(ActivationSpec.Tanh, n: 4, d: 16, "positive"), "data-rank");
        Assert.That(full.Verdict, Is.EqualTo(Verdict.Pass), full.Note);
    }

    [Test]
    public void Relu_FailsSmoothIncreasing()
    {
        var relu = Hypothesis(Instance(ActivationSpec.Relu, 4, 16, "lecun"), "activation-smooth-increasing");
        Assert.That(relu.Verdict, Is.EqualTo(Verdict.Fail), relu.Note);
        Assert.That(relu.Note, Does.Contain("not smooth (C²)"));

        var tanh = Hypothesis(Instance(ActivationSpec.Tanh, 4, 16, "lecun"), "activation-smooth-increasing");
        Assert.That(tanh.Verdict, Is.EqualTo(Verdict.Pass), tanh.Note);
    }

    [Test]
    public void PositiveInit_FailsForLeCunAndPassesForPositive()
    {
        foreach (var widths in new[] { new[] { 8, 1 }, new[] { 8, 8, 1 } })
        {
            var lecun = Hypothesis(Instance(ActivationSpec.Tanh, 4, 16, "lecun", widths: widths), "asymptotic-positive-init");
            Assert.That(lecun.Verdict, Is.EqualTo(Verdict.Fail), lecun.Note);
            var positive = Hypothesis(Instance(ActivationSpec.Tanh, 4, 16, "positive", widths: widths), "asymptotic-positive-init");
            Assert.That(positive.Verdict, Is.EqualTo(Verdict.Pass), positive.Note);
        }
    }

    // ---- the certified bounds against independent estimates ----

    private sealed record Case(NetworkLoss Loss, NetworkBounds Bounds, double[] Theta0, FeedForwardNetwork Network);

    private static Case Build(int depth, string scheme, double scale, ulong seed)
    {
        int[] widths = depth == 2 ? [8, 1] : [8, 8, 1];
        var context = Context(seed);
        var (x, y, network) = NetworkProblems.Draw(new NetworkSpec(widths, ActivationSpec.Tanh, scale), 4, 16, scheme, context);
        var loss = new NetworkLoss(Backend, network.Spec, x, y);
        var bounds = new NetworkBounds(network, x, y, NetworkChecks.Gram(Backend, x).Lower);
        return new Case(loss, bounds, NetworkLoss.Flatten(network.Weights), network);
    }

    /// <summary>θ₀ + t·u with u a uniform random direction and |θ − θ₀| = <paramref name="distance"/> (shrunk by 10⁻¹² to stay inside after rounding).</summary>
    private static double[] At(double[] theta0, double distance, Xoshiro256StarStar random)
    {
        var u = Gaussian.Sample(1, theta0.Length, random).Row(0).ToArray();
        double norm = Math.Sqrt(u.Sum(t => t * t));
        double scale = distance * (1 - 1e-12) / norm;
        return [.. theta0.Select((v, i) => v + scale * u[i])];
    }

    /// <summary>
    /// max over 50 power iterations of |vᵀHv| and |Hv| with |v| = 1: both are ≤ ‖H‖₂ for symmetric H in exact arithmetic,
    /// so the estimate never exceeds the true norm (beyond the rounding of the Hessian-vector product).
    /// </summary>
    private static double PowerEstimate(NetworkLoss loss, double[] theta, Xoshiro256StarStar random)
    {
        var v = Gaussian.Sample(1, theta.Length, random).Row(0).ToArray();
        double estimate = 0;
        for (int i = 0; i < 50; i++)
        {
            double norm = Math.Sqrt(v.Sum(t => t * t));
            var unit = v.Select(t => t / norm).ToArray();
            var hv = loss.HessianVector(theta, unit);
            double rayleigh = Math.Abs(unit.Zip(hv, (a, b) => a * b).Sum());
            double hvNorm = Math.Sqrt(hv.Sum(t => t * t));
            estimate = Math.Max(estimate, Math.Max(rayleigh, hvNorm));
            if (!(hvNorm > 0))
            {
                break;
            }
            v = hv;
        }
        return estimate;
    }

    /// <summary>
    /// B(r) ≥ sup ‖∇²Φ‖ on B(θ₀, r) ∩ {Φ ≤ Φ(θ₀)} (README C4: the bound uses |F_L − Y| ≤ √(2F), so it covers the sublevel
    /// set only; points above it are drawn but not compared, and counted). Distances are uniform in [0, r] (every 5th on
    /// the sphere), so points near θ₀, which are mostly in the sublevel set, are well represented. The estimate's own
    /// rounding is ~10⁻¹³ relative (dot products of length ≤ 200); the comparison allows 10⁻⁹.
    /// </summary>
    [Test]
    public void HessianBound_NeverBelowAPowerIterationEstimate(
        [Values(2, 3)] int depth, [Values("positive", "lecun")] string scheme, [Values(1.0, 32.0)] double scale)
    {
        var c = Build(depth, scheme, scale, 61);
        var random = new Xoshiro256StarStar(7 + (ulong)depth);
        double f0 = c.Loss.Value(c.Theta0);
        var radii = new[] { c.Bounds.Radii[0], c.Bounds.Radii[12], c.Bounds.Radii[24] };
        int compared = 0;
        double worst = 0;
        foreach (double r in radii)
        {
            double b = c.Bounds.HessianUpper(r).Value;
            Assert.That(double.IsFinite(b) && b > 0, $"r = {r}: B = {b}");
            int kept = 0;
            for (int p = 0; p < 120 && kept < 30; p++)
            {
                double distance = p % 5 == 0 ? r : r * random.NextDouble();
                var theta = At(c.Theta0, distance, random);
                if (c.Loss.Value(theta) > f0)
                {
                    continue;
                }
                kept++;
                double estimate = PowerEstimate(c.Loss, theta, random);
                worst = Math.Max(worst, estimate / b);
                Assert.That(estimate, Is.LessThanOrEqualTo(b * (1 + 1e-9)), $"L = {depth}, {scheme}, λ = {scale}, r = {r}, |θ − θ₀| = {distance}");
            }
            compared += kept;
        }
        TestContext.Out.WriteLine($"compared {compared} points; max estimate/B = {worst}");
        Assert.That(compared, Is.GreaterThanOrEqualTo(30), "enough points of the sublevel set were compared");
        // θ₀ itself, the tightest place for a bound built from norms at θ₀.
        Assert.That(PowerEstimate(c.Loss, c.Theta0, random), Is.LessThanOrEqualTo(c.Bounds.HessianUpper(radii[0]).Value * (1 + 1e-9)));
    }

    /// <summary>
    /// A(r) ≤ α(θ₀, r) = inf over the closed ball of |∇Φ|²/Φ: every sampled ratio, boundary included (every 4th point),
    /// is at least A(r). The sampled ratio carries ~10⁻¹³ relative rounding (Φ and ∇Φ by dot products of length ≤ 16
    /// through two layers); the comparison allows 10⁻¹⁰. Radii: the first, 5th and 9th of the scan, where A(r) &gt; 0
    /// for the positive initialisation (asserted, so the test is not vacuous).
    /// </summary>
    [Test]
    public void AlphaBound_NeverAboveASampledPlRatio([Values(32.0, 4.0)] double scale, [Values(2, 3)] int depth)
    {
        var c = Build(depth, "positive", scale, 73);
        var random = new Xoshiro256StarStar(11 + (ulong)depth);
        int positive = 0, points = 0;
        double tightest = double.PositiveInfinity;
        foreach (int index in new[] { 0, 4, 8 })
        {
            double r = c.Bounds.Radii[index];
            double a = c.Bounds.AlphaLower(r).Value;
            positive += a > 0 ? 1 : 0;
            for (int p = 0; p < 100; p++)
            {
                double distance = p % 4 == 0 ? r : r * Math.Pow(random.NextDouble(), 1.0 / 4);
                var theta = At(c.Theta0, distance, random);
                double phi = c.Loss.Value(theta);
                var g = c.Loss.Gradient(theta);
                double ratio = g.Sum(t => t * t) / phi;
                Assert.That(ratio * (1 + 1e-10), Is.GreaterThanOrEqualTo(a), $"λ = {scale}, L = {depth}, r = {r}, |θ − θ₀| = {distance}: Φ = {phi}");
                points++;
                tightest = a > 0 ? Math.Min(tightest, ratio / a) : tightest;
            }
        }
        TestContext.Out.WriteLine($"A > 0 at {positive} of 3 radii; min sampled ratio/A = {tightest}");
        Assert.That(points, Is.EqualTo(300));
        Assert.That(positive, Is.GreaterThanOrEqualTo(1), "A(r) > 0 at some tested radius");
    }

    /// <summary>F ≥ Φ(θ₀) and F is tight: the enclosure at radius 0 widens only by outward rounding (≤ 10⁻¹⁰ relative).</summary>
    [Test]
    public void ValueUpper_IsAboveAndTight([Values(2, 3)] int depth, [Values("positive", "lecun")] string scheme, [Values(1.0, 32.0)] double scale)
    {
        var c = Build(depth, scheme, scale, 89);
        double f0 = c.Loss.Value(c.Theta0);

        Assert.That(c.Bounds.ValueUpper, Is.GreaterThanOrEqualTo(f0));
        Assert.That(c.Bounds.ValueUpper / f0 - 1, Is.LessThanOrEqualTo(1e-10));
    }
}

using NUnit.Framework;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// Every link of the chain checked at every step of real GD runs, under its own premise (ChainTrace), on instances built
/// to make it tight (AdversarialInstances). A bound that holds with a ratio of 0.01 on a random draw would also hold if it
/// were 100× too small; so each construction must also reach a stated floor on its links' largest ratio — a test set-up
/// that drifts loose fails. Floors: the ratios these seeds reach (printed), rounded down by about 0.02–0.05 so that a
/// change of backend or summation order (relative effects ≤ 10⁻¹⁰) cannot cross them; each is derived in its comment.
/// </summary>
public sealed class AdversarialChainTests
{
    private const int Draws = 24;

    [Test]
    public void FlipConstruction_MakesTheFlipLinksTight()
    {
        var trace = new ChainTrace();
        for (ulong seed = 1; seed <= Draws; seed++)
        {
            var instance = AdversarialInstances.Flips(seed);
            var initial = trace.Run(instance.X, instance.Y, instance.Network, instance.StepSize, instance.Steps, $"flips seed {seed}");
            // Known answer: S_i⊥ is exactly the m − 4 kink neurons and the two straddlers inside the threshold.
            Assert.That(initial.FlippableFraction, Is.EqualTo(instance.PlannedFlippable * (double)initial.N / ((double)initial.M * initial.N)), $"seed {seed}: |S_i⊥|");
        }
        TestContext.Out.WriteLine($"flip construction, {Draws} draws:{Environment.NewLine}{trace.Summary()}");

        // Reached (largest m = 128; the draws include it): all m − 4 kink neurons flip, the two straddlers inside S_i⊥ cannot,
        // so flips/|S_i⊥| = (m − 4)/(m − 2) = 0.984; after the last flip H(0) − H(k) ≈ G·(m − 4)/m, rank one up to the
        // |cos| ≈ 1 − 10⁻³ spread, against F = ‖|G|(m − 2)/m‖_F: the same 0.984.
        Assert.That(trace.Max(ChainTerm.FlipCount), Is.GreaterThanOrEqualTo(0.95));
        Assert.That(trace.Max(ChainTerm.Perturbation), Is.GreaterThanOrEqualTo(0.95));
        // Step 0: all of S_i⊥ but the inactive inner straddler is active and moves a full step along e ∝ (1, …, 1):
        // ‖H⊥‖₂/h⊥ and ‖I₂‖/(ητ‖e‖) reach (m − 3)/(m − 2) = 0.992; all but the two negative straddlers are active, so
        // ‖Δu‖²/(η²n²ν⁴‖e‖²) reaches ((m − 2)/m)² = 0.969.
        Assert.That(trace.Max(ChainTerm.Perpendicular), Is.GreaterThanOrEqualTo(0.95));
        Assert.That(trace.Max(ChainTerm.FlippablePart), Is.GreaterThanOrEqualTo(0.95));
        Assert.That(trace.Max(ChainTerm.OutputStep), Is.GreaterThanOrEqualTo(0.93));
        // No floor for R′ here (0.002: nearly parallel inputs make λ₀ ≈ 10⁻³ and R′ large; DistanceConstruction makes it
        // tight), nor for the per-step factor: measured and bound are both ≈ 1 − O(η), so their ratio says nothing.
    }

    [Test]
    public void DistanceConstruction_ReachesTheRadius()
    {
        // 8 draws (runs of 75–315 steps each, ≈ 0.1 s per draw): η = ¼, ½ and 1 all occur.
        const int draws = 8;
        var trace = new ChainTrace();
        for (ulong seed = 1; seed <= draws; seed++)
        {
            var instance = AdversarialInstances.Distance(seed);
            var initial = trace.Run(instance.X, instance.Y, instance.Network, instance.StepSize, instance.Steps, $"distance seed {seed}");
            // Known answer, computed as the analysis computes it (Σ_i|S_i⊥|/(mn), one exact-integer division): bit for bit.
            Assert.That(initial.FlippableFraction, Is.EqualTo(instance.PlannedFlippable / (double)initial.M), $"seed {seed}: |S⊥| is the inner straddlers");
        }
        TestContext.Out.WriteLine($"distance construction, {draws} draws:{Environment.NewLine}{trace.Summary()}");

        // λ₀/(4h) with h 0.2% above its least value, times 1 − (1 − ηh)^K with K = ⌈10/(ηh)⌉ (≥ 1 − e⁻¹⁰): 0.93 for
        // η = 1 and 0.98 for η = ¼ (reached: 0.981); the premise (the linear rate) holds at every step by construction.
        Assert.That(trace.Max(ChainTerm.Distance), Is.GreaterThanOrEqualTo(0.95));
        Assert.That(trace.Checked(ChainTerm.Distance), Is.GreaterThan(draws * 70), "the rate premise must hold on the whole run");
        // The outer straddlers at R′ν(1 + 10⁻³) travel the same ≈ 0.98 R′ν towards the kink: ratio 0.98/(1 + 10⁻³).
        Assert.That(trace.Max(ChainTerm.ThresholdApproach), Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void FrozenConstruction_MakesMuTight()
    {
        var trace = new ChainTrace();
        for (ulong seed = 1; seed <= Draws; seed++)
        {
            var instance = AdversarialInstances.Frozen(seed);
            var initial = trace.Run(instance.X, instance.Y, instance.Network, instance.StepSize, instance.Steps, $"frozen seed {seed}");
            Assert.That(initial.FlippableFraction, Is.Zero, $"seed {seed}: the construction leaves S_i⊥ empty");
        }
        TestContext.Out.WriteLine($"frozen construction, {Draws} draws:{Environment.NewLine}{trace.Summary()}");

        // With no flips F = h⊥ = 0, so μ = λ_min(H(0)) − its rounding bound (≈ 10⁻¹⁴ against λ_min ≈ 0.1–0.5) and H(k) = H(0):
        // μ/λ_min(H(k)) ≈ 1; and ⟨e, I₁⟩ = ηλ_min‖e‖² while e stays on the bottom eigenvector.
        Assert.That(trace.Max(ChainTerm.LambdaMin), Is.GreaterThanOrEqualTo(0.999));
        Assert.That(trace.Max(ChainTerm.FrozenPart), Is.GreaterThanOrEqualTo(0.99));
    }

    [Test]
    public void RandomDraws_ForComparison()
    {
        // Du et al.'s initialisation as the scenarios draw it (ChainInstances), n = d = 3, m = 4000, η = 0.05, 20 steps:
        // every link must hold where its premise does; the printed ratios show how loose a random draw leaves them.
        var trace = new ChainTrace();
        for (ulong seed = 1; seed <= 6; seed++)
        {
            var instance = ChainInstances.Draw(seed, n: 3, d: 3, m: 4000, stepSize: 0.05);
            trace.Run(instance.X, instance.Y, instance.Network, 0.05, steps: 20, $"random seed {seed}");
        }
        TestContext.Out.WriteLine($"random draws (6):{Environment.NewLine}{trace.Summary()}");
        Assert.That(trace.Checked(ChainTerm.OutputStep), Is.EqualTo(6 * 20));
    }
}

using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// The conclusion and invariant checks on hand-made trajectories (bounds from a real InitialAnalysis): where exactly
/// the envelope and the float64 floor put the line, and that NaN never passes.
/// </summary>
public sealed class OutcomeChecksSyntheticTests
{
    private static readonly Lazy<(InitialAnalysis Initial, TwoLayerReluNetwork Network)> Fixture = new(() =>
    {
        // A small real instance (n = d = 3, m = 2000). The step is chosen so that the contraction 1 − ηλ₀/2 ≈ ½: the
        // envelope then falls below the float64 floor within ~60 steps, and the trajectories stay short.
        var drawn = ChainInstances.Draw(seed: 1, n: 3, d: 3, m: 2_000, stepSize: 0.01);
        var initial = new InitialAnalysis(ChainInstances.Backend, drawn.Data, drawn.Network.W, drawn.Network.A, 1 / drawn.Data.Lambda0, delta: 0.1);
        return (initial, drawn.Network);
    });

    private static InitialAnalysis Initial => Fixture.Value.Initial;

    /// <summary>
    /// As LinearRate computes it for a Pass: the contraction with λ₀'s upper end (the steeper envelope), and
    /// the logarithm of the envelope at step k. A Fail is decided with the lower end, a relative ~10⁻¹⁵ flatter.
    /// </summary>
    private static double Contraction => 1 - Initial.StepSize * Initial.Lambda0Upper / 2;

    private static double LogEnvelope(double initialLoss, int k) => Math.Log(initialLoss) + k * Math.Log(Contraction);

    /// <summary>The float64 floor of ‖y − u‖² that LinearRate uses: ResidualResolution².</summary>
    private static double Floor => Initial.ResidualResolution * Initial.ResidualResolution;

    private const double InitialLoss = 0.3;

    [Test]
    public void LossOnTheEnvelope_IsUndecided_WellBelowPasses_AndWellAboveFails()
    {
        const int steps = 40;
        // 0.3 · 2⁻⁴⁰ ≈ 3·10⁻¹³ stays far above the floor, so only the envelope decides here.
        Assert.That(InitialLoss * Math.Pow(Contraction, steps), Is.GreaterThan(1e6 * Floor));
        var losses = OnEnvelope(steps);
        // "On the envelope" at float64 resolution: the largest double whose logarithm does not exceed the check's
        // log-envelope. It agrees with the figure's envelope L₀·cᵏ (Math.Pow) to a relative 10⁻¹³: both are within
        // a few |log envelope|·ε ≤ 40·ε ≈ 10⁻¹⁴ of the exact value.
        for (int k = 0; k <= steps; k++)
        {
            Assert.That(losses[k], Is.EqualTo(InitialLoss * Math.Pow(Contraction, k)).Within(1e-13 * losses[k]), $"step {k}");
        }

        // On the envelope, within the check's allowance for its own rounding: the exact loss may lie on either side.
        var onEnvelope = OutcomeChecks.LinearRate(Synthetic(losses), Initial);
        Assert.That(onEnvelope.Verdict, Is.EqualTo(Verdict.Inconclusive), onEnvelope.Note);
        // The worst ratio is 1 up to the resolution of the logarithm (an ulp of |log envelope| ≤ 30 is ≤ 4·10⁻¹⁵).
        Assert.That(onEnvelope.Value, Is.LessThanOrEqualTo(1.0).And.GreaterThan(1 - 1e-14));

        // A relative 10⁻¹⁰ below every envelope value is far outside that allowance (4ε·(|log L₀| + k(|log c| + 1/c) +
        // |log L_k|) ≈ 10⁻¹³ here): a Pass.
        var below = OutcomeChecks.LinearRate(Synthetic([losses[0], .. losses.Skip(1).Select(l => l * (1 - 1e-10))]), Initial);
        Assert.That(below.Verdict, Is.EqualTo(Verdict.Pass), below.Note);

        // One ulp higher is within the allowance: not a counterexample (Inconclusive), though the value shows the excess.
        int at = steps / 2;
        Assert.That(LogEnvelope(InitialLoss, at), Is.LessThan(-1.0));
        losses[at] = Math.BitIncrement(losses[at]);
        var ulpAbove = OutcomeChecks.LinearRate(Synthetic(losses), Initial);
        Assert.That(ulpAbove.Verdict, Is.EqualTo(Verdict.Inconclusive), ulpAbove.Note);
        Assert.That(ulpAbove.Value, Is.GreaterThan(1.0).And.LessThan(1 + 1e-14), "the value shows the one-ulp excess");

        // A relative 10⁻¹⁰ above is far beyond that allowance: a violation.
        losses[at] *= 1 + 1e-10;
        var above = OutcomeChecks.LinearRate(Synthetic(losses), Initial);
        Assert.That(above.Verdict, Is.EqualTo(Verdict.Fail), above.Note);
        Assert.That(above.Value, Is.GreaterThan(1 + 5e-11).And.LessThan(1 + 2e-10));
    }

    [Test]
    public void NaNLossAtTheDivergedStep_FailsNamingTheStep()
    {
        var losses = OnEnvelope(5);
        losses[5] = double.NaN;

        var evidence = OutcomeChecks.LinearRate(Synthetic(losses, divergedAt: 5), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
        Assert.That(evidence.Note, Does.Contain("diverged at step 5"));
    }

    [Test]
    public void InfiniteLossAtTheDivergedStep_Fails()
    {
        var losses = OnEnvelope(3);
        losses[3] = double.PositiveInfinity;

        var evidence = OutcomeChecks.LinearRate(Synthetic(losses, divergedAt: 3), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Note, Does.Contain("diverged at step 3"));
    }

    [Test]
    public void NaNLossBeforeTheLastStep_StillFails()
    {
        // Math.Max propagates NaN, so a NaN in the middle is not overwritten by later finite ratios.
        var losses = OnEnvelope(6);
        losses[2] = double.NaN;

        Assert.That(OutcomeChecks.LinearRate(Synthetic(losses), Initial).Verdict, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void LossPlateauBelowTheFloat64Floor_Passes_WhileTheEnvelopeKeepsFalling()
    {
        // Regression (spurious counterexample): once GD steps are below an ulp of w, the loss stops moving. The loss
        // follows half the envelope, then plateaus at 10⁻²⁸, below the floor ResidualResolution² but far above the
        // envelope's 0.3·2⁻¹²⁰ ≈ 2·10⁻³⁷ at the end.
        const int steps = 120;
        const double plateau = 1e-28;
        Assert.That(plateau, Is.LessThan(Floor / 100), "the plateau must be under the floor");
        var losses = HalfEnvelopeThenPlateau(steps, plateau);
        int plateauFrom = Array.IndexOf(losses, plateau);
        Assert.That(plateauFrom, Is.InRange(1, steps - 10), "the loss plateaus for a while");
        Assert.That(InitialLoss * Math.Pow(Contraction, plateauFrom), Is.LessThan(Floor / 100), "the envelope is under the floor when the plateau starts");
        Assert.That(losses[steps], Is.GreaterThan(1e6 * InitialLoss * Math.Pow(Contraction, steps)), "against the envelope alone, this would fail");

        var evidence = OutcomeChecks.LinearRate(Synthetic(losses), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Pass), evidence.Note);
        // The worst ratio is the ½ of the early steps (exp∘log rounding: a relative 10⁻¹² is ≥ 100 × |log| · ε).
        Assert.That(evidence.Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void LossPlateauAboveTheFloor_AfterTheEnvelopeWentUnder_Fails()
    {
        const int steps = 120;
        double plateau = 4 * Floor;
        var losses = HalfEnvelopeThenPlateau(steps, plateau);
        Assert.That(InitialLoss * Math.Pow(Contraction, steps), Is.LessThan(Floor / 1e6), "the envelope ends far under the floor");

        var evidence = OutcomeChecks.LinearRate(Synthetic(losses), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail), evidence.Note);
        // Once the envelope is under the floor, the loss is compared with the floor itself: the ratio is exactly the
        // plateau's 4 (up to exp∘log rounding, a relative ≤ |log floor|·ε·few ≈ 10⁻¹⁴; 10⁻¹² allowed). Pins floor = R²
        // with R = ResidualResolution.
        Assert.That(evidence.Value, Is.EqualTo(4.0).Within(4e-12));
    }

    [Test]
    public void NaNWeightDistance_FailsTheDistanceInvariant()
    {
        // Regression: Enumerable.Max skips NaN, so max_r ‖w_r(k) − w_r(0)‖ with a NaN step used to pass.
        double r = Initial.RadiusPrime;
        double[] distances = [0, 0.1 * r, double.NaN, 0.2 * r];
        Assert.That(distances.Max(), Is.LessThanOrEqualTo(r), "the NaN-skipping maximum would have passed");

        var evidence = OutcomeChecks.DistanceBounded(Synthetic(OnEnvelope(3), distances: distances), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
    }

    [Test]
    public void DistanceAtTheSmallestRadius_Passes_BetweenIsUndecided_BeyondTheLargestFails()
    {
        // R′ is known within [optimistic, pessimistic] (λ₀, ‖y − u(0)‖ and ν are enclosed): a distance up to the smallest
        // passes, one ulp beyond the largest fails, and in between the invariant is undecided.
        double low = Initial.Optimistic.RadiusPrime, high = Initial.RadiusPrime;
        // Its width comes from ‖y − u(0)‖'s worst-case rounding, (m + d + 4)ε‖(Σ_r |a_r|σ(z_ir)/√m)_i‖ ≈ 1.4·10⁻¹¹ on a
        // residual of 0.12 here (m = 2000): a relative 2·10⁻¹⁰.
        Assert.That(low, Is.LessThan(high).And.GreaterThan(high * (1 - 1e-9)), "the enclosure of R′ is rounding-sized");
        Verdict At(double distance) => OutcomeChecks.DistanceBounded(Synthetic(OnEnvelope(2), distances: [0, low / 2, distance]), Initial).Verdict;
        Assert.That(At(low), Is.EqualTo(Verdict.Pass));
        Assert.That(At(Math.BitIncrement(low)), Is.EqualTo(Verdict.Inconclusive));
        Assert.That(At(high), Is.EqualTo(Verdict.Inconclusive));
        Assert.That(At(Math.BitIncrement(high)), Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void NaNPatternFraction_FailsThePatternInvariant()
    {
        double bound = Initial.FlippableFraction;
        double[] fractions = [0, double.NaN, 0.5 * bound];

        var evidence = OutcomeChecks.PatternChanges(Synthetic(OnEnvelope(2), fractions: fractions), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(evidence.Value, Is.NaN);
    }

    [Test]
    public void LambdaMinInvariant_DecidedOutsideTheEnclosures()
    {
        // λ_min(H(k)) ≥ λ₀/2 with both sides enclosed: Pass when every enclosure lies above λ₀'s upper end / 2, Fail when
        // one lies below its lower end / 2, Inconclusive when one straddles the threshold.
        double half = Initial.Lambda0Upper / 2, width = 1e-9;
        Verdict At(double centre) => OutcomeChecks.LambdaMinStays(
            Synthetic(OnEnvelope(2), eigenvalues: [new(0, 2 * half, width), new(1, centre, width)]), Initial).Verdict;

        Assert.That(At(half + 2 * width), Is.EqualTo(Verdict.Pass));
        Assert.That(At(half), Is.EqualTo(Verdict.Inconclusive));
        Assert.That(At(Initial.Lambda0 / 2 - 2 * width), Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void NaNSmallestEigenvalue_FailsTheLambdaMinInvariant()
    {
        // Enumerable.Min, unlike Max, returns NaN when any element is NaN.
        EigenvalueSample[] samples = [new(0, Initial.Lambda0, 1e-15), new(1, double.NaN, 1e-15), new(2, Initial.Lambda0, 1e-15)];

        var evidence = OutcomeChecks.LambdaMinStays(Synthetic(OnEnvelope(2), eigenvalues: samples), Initial);

        Assert.That(evidence.Verdict, Is.EqualTo(Verdict.Fail));
    }

    /// <summary>
    /// ‖y − u(k)‖² on the envelope at float64 resolution: L₀ at k = 0, then for each k the largest double ℓ with
    /// Math.Log(ℓ) ≤ log L₀ + k log(1 − ηλ₀/2), the check's own log-envelope (so Log of the next double exceeds it).
    /// </summary>
    private static double[] OnEnvelope(int steps)
    {
        var losses = new double[steps + 1];
        losses[0] = InitialLoss; // the check takes its envelope from losses[0]
        for (int k = 1; k <= steps; k++)
        {
            double target = LogEnvelope(InitialLoss, k);
            double loss = Math.Exp(target);
            while (Math.Log(loss) > target)
            {
                loss = Math.BitDecrement(loss);
            }
            while (Math.Log(Math.BitIncrement(loss)) <= target)
            {
                loss = Math.BitIncrement(loss);
            }
            losses[k] = loss;
        }
        return losses;
    }

    /// <summary>L₀ at k = 0, then max(½·L₀cᵏ, plateau).</summary>
    private static double[] HalfEnvelopeThenPlateau(int steps, double plateau)
    {
        var losses = new double[steps + 1];
        losses[0] = InitialLoss;
        for (int k = 1; k <= steps; k++)
        {
            losses[k] = Math.Max(0.5 * InitialLoss * Math.Pow(Contraction, k), plateau);
        }
        return losses;
    }

    private static Trajectory Synthetic(
        double[] losses, double[]? distances = null, double[]? fractions = null, EigenvalueSample[]? eigenvalues = null, int? divergedAt = null)
    {
        int[] everyStep = [.. Enumerable.Range(0, losses.Length)];
        eigenvalues ??= [];
        return new(
            RequestedSteps: divergedAt is null ? losses.Length - 1 : losses.Length + 10,
            StepSizes: [Initial.StepSize, 0.0],
            SquaredResidualNorms: losses,
            DivergedAtStep: divergedAt,
            Probes:
            [
                new ProbeSeries(FirstLayerProbes.MaxNeuronDistance.Name, everyStep, distances ?? new double[losses.Length]),
                new ProbeSeries(FirstLayerProbes.PatternChangeFraction.Name, everyStep, fractions ?? new double[losses.Length]),
                new ProbeSeries(FirstLayerProbes.SmallestNtkEigenvalue.Name,
                    [.. eigenvalues.Select(e => e.Step)], [.. eigenvalues.Select(e => e.Value)], [.. eigenvalues.Select(e => e.ErrorBound)])
                {
                    Enclosures = [.. eigenvalues.Select(e => new Enclosure(e.Value - e.ErrorBound, e.Value + e.ErrorBound, "synthetic"))],
                },
            ]);
    }

    /// <summary>A λ_min(H(k)) sample of the synthetic trajectories: step, value, error bound.</summary>
    private sealed record EigenvalueSample(int Step, double Value, double ErrorBound);
}

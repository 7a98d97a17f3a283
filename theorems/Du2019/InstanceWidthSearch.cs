using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The smallest width at which the Instance tier holds (with <see cref="Du2019Advice.AdvisedMargin"/>) for a small
/// enough step, drawing the network from the setup's seed at each trial width: doubling from 16, then bisection. Scope
/// is random in the draw, not monotone in m, so this is the smallest width found, not a guarantee for all smaller
/// draws. When the search reaches its cap without success, the width is extrapolated from the last trial.
/// </summary>
internal static class InstanceWidthSearch
{
    private const string Statement = "smallest width found for the Instance tier (same data, network drawn from the setup's seed)";

    public static Recommendation Run(ILinearAlgebraBackend backend, Du2019Setup setup, DataAnalysis data, InitialAnalysis given, ulong seed, InstanceContext context)
    {
        // Each trial holds n×m activations and m×d weights: cap the larger of the two, or take the user's --max-width.
        long memoryCap = Math.Max(1, Du2019Advice.SearchCap / Math.Max(data.N, data.D));
        long cap = context.Options.MaxSearchWidth ?? memoryCap;
        string capText = context.Options.MaxSearchWidth is null
            ? $"the search stops at max(n, d)·m = {DataChecks.Format(Du2019Advice.SearchCap)} entries; raise it with --max-width"
            : $"--max-width {DataChecks.Format(cap)}";
        int trials = 0;
        int expectedTrials = (int)Math.Ceiling(Math.Log2(Math.Max(cap, 16) / 16.0)) + 7;
        InitialAnalysis? last = null;
        InitialAnalysis? Trial(long m)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            context.Progress?.Report(new ProgressUpdate("width search", ++trials, Math.Max(trials, expectedTrials), $"m = {DataChecks.Format(m)}"));
            var network = TwoLayerReluNetwork.Initialize((int)m, data.D, new Xoshiro256StarStar(seed));
            last = new InitialAnalysis(backend, data, network.W, network.A, stepSize: 0, setup.Delta);
            return last.InstanceTierHoldsNumerically(0, Du2019Advice.AdvisedMargin) ? last : null;
        }

        long low = 0;
        long high = 16;
        InitialAnalysis? found = null;
        while (high <= cap && (found = Trial(high)) is null)
        {
            low = high;
            high *= 2;
        }
        if (found is null)
        {
            return Extrapolated(last ?? given, low > 0 ? low : given.M, capText);
        }
        while (low > 0 && high - low > Math.Max(1, low / 64))
        {
            long middle = low + (high - low) / 2;
            if (Trial(middle) is InitialAnalysis holding)
            {
                (high, found) = (middle, holding);
            }
            else
            {
                low = middle;
            }
        }
        var step = Du2019Advice.InstanceStepSize(found, $"at m = {DataChecks.Format(high)}");
        string below = low > 0 ? $"not at {DataChecks.Format(low)}; doubling, then bisection to 1/64" : "the first width tried";
        return new Recommendation("instance-width", Statement, high, $"holds at m = {DataChecks.Format(high)} ({below}); there, {step.Note}")
        {
            AlreadyHolds = given.M >= high,
        };
    }

    /// <summary>
    /// The width the measured scaling predicts: ‖H(0) − H∞‖₂, F(R′), h⊥ and τ all shrink like 1/√m (R′ ∝ 1/√m, so the
    /// flip sets' share shrinks like R′, and the fluctuation of H(0) about H∞ like 1/√m), and so does the shortfall
    /// λ₀ − λ_min(H(0)). Each link needs its term below a fixed share of λ₀ (with the advised margin), so the width must
    /// grow by the square of the worst ratio measured at the last width tried. Labelled as an extrapolation, not a search result.
    /// </summary>
    internal static Recommendation Extrapolated(InitialAnalysis last, long triedWidth, string capText)
    {
        double margin = 1 - Du2019Advice.AdvisedMargin;
        double quarter = last.Lambda0 / 4 * margin;
        double shortfall = Math.Max(0, last.Lambda0Upper - last.LambdaMinH0) + last.FlipPerturbation + last.PerpendicularNorm + last.FlipTerm;
        double ratio = Math.Max(Math.Max(last.H0DeviationNorm / quarter, last.FlipPerturbation / quarter), shortfall / (3 * last.Lambda0 / 4 * margin));
        if (!(last.Lambda0 > 0) || !double.IsFinite(ratio))
        {
            return new Recommendation("instance-width", Statement, null, $"not reached up to m = {DataChecks.Format(triedWidth)} ({capText}); no extrapolation (λ₀ not certified positive)");
        }
        double width = Math.Ceiling(last.M * Math.Max(1, ratio * ratio));
        return new Recommendation("instance-width", $"{Statement}: extrapolated", width,
            $"not reached up to m = {DataChecks.Format(triedWidth)} ({capText}); EXTRAPOLATED, not searched: m ≈ {DataChecks.Format(width)} from the 1/√m "
            + $"scaling of ‖H(0) − H∞‖, F(R′), h⊥ and τ measured at m = {DataChecks.Format(last.M)} (worst link {DataChecks.Format(ratio)}× its bound)");
    }
}

using MathNet.Numerics.LinearAlgebra;
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
            ? $"the search stops at max(n, d)·m = {NumberFormat.Text(Du2019Advice.SearchCap)} entries; raise it with --max-width"
            : $"--max-width {NumberFormat.Text(cap)}";
        int trials = 0;
        int expectedTrials = (int)Math.Ceiling(Math.Log2(Math.Max(cap, 16) / 16.0)) + 7;
        (InitialAnalysis Analysis, Matrix<double> Z)? last = null;
        InitialAnalysis? Trial(long m)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            context.Progress?.Report(new ProgressUpdate("width search", ++trials, Math.Max(trials, expectedTrials), $"m = {NumberFormat.Text(m)}"));
            var network = TwoLayerReluNetwork.Initialize((int)m, data.D, new Xoshiro256StarStar(seed));
            var z = Gram.PreActivations(backend, data.Inputs, network.W);
            var analysis = new InitialAnalysis(backend, data, z, network.W, network.A, stepSize: 0, setup.Delta);
            last = (analysis, z);
            return analysis.InstanceTierHoldsNumerically(0, Du2019Advice.AdvisedMargin) ? analysis : null;
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
            return last is var (analysis, z) ? Extrapolated(data, analysis, z, capText) : Extrapolated(data, given, Gram.PreActivations(backend, data.Inputs, setup.Initial.W), capText);
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
        var step = Du2019Advice.InstanceStepSize(found, $"at m = {NumberFormat.Text(high)}");
        string below = low > 0 ? $"not at {NumberFormat.Text(low)}; doubling, then bisection to 1/64" : "the first width tried";
        return new Recommendation("instance-width", Statement, high, $"holds at m = {NumberFormat.Text(high)} ({below}); there, {step.Note}")
        {
            AlreadyHolds = given.M >= high,
        };
    }

    /// <summary>
    /// The width the measured initialisation predicts, searched on log m beyond the last width tried: the network's
    /// pre-activations z_ir = w_rᵀx_i have a distribution that does not depend on m, and ‖y − u(0)‖ does not grow with m,
    /// so at width M the flip threshold is R′ν·√(m/M) and the share of neurons within it is read off the empirical
    /// distribution of |z_i·| at the last width (the flip sets' unions bounded by their sums, which can only overstate
    /// F); ‖H(0) − H∞‖₂ and λ₀ − λ_min(H(0)) shrink like 1/√M. The smallest M at which every Instance-tier link holds
    /// with the advised margin is reported — labelled as a prediction, not a search result.
    /// </summary>
    internal static Recommendation Extrapolated(DataAnalysis data, InitialAnalysis last, Matrix<double> z, string capText)
    {
        if (!(last.Lambda0 > 0))
        {
            return new Recommendation("instance-width", Statement, null, $"not reached up to m = {NumberFormat.Text(last.M)} ({capText}); no prediction (λ₀ not established positive)");
        }
        var model = new WidthModel(data, last, z);
        double low = last.M, high = last.M;
        while (!model.Holds(high) && high < 1e18)
        {
            (low, high) = (high, high * 4);
        }
        if (!model.Holds(high))
        {
            return new Recommendation("instance-width", Statement, null,
                $"not reached up to m = {NumberFormat.Text(last.M)} ({capText}); the measured scaling predicts no width below 10¹⁸");
        }
        while (high / low > 1.01)
        {
            double middle = Math.Sqrt(low * high);
            (low, high) = model.Holds(middle) ? (low, middle) : (middle, high);
        }
        double width = Math.Ceiling(high);
        return new Recommendation("instance-width", $"{Statement}: predicted", width,
            $"not reached up to m = {NumberFormat.Text(last.M)} ({capText}); PREDICTED, not searched: m ≈ {NumberFormat.Text(width)} from the "
            + $"distribution of the pre-activations and the 1/√m scaling of ‖H(0) − H∞‖ measured at m = {NumberFormat.Text(last.M)}");
    }
}

using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>The conclusion and the proof's invariants of Du et al. 2019, checked along a trained trajectory.</summary>
internal static class OutcomeChecks
{
    public static Evidence LinearRate(Trajectory trajectory, InitialAnalysis initial)
    {
        var losses = trajectory.SquaredResidualNorms;
        double contraction = 1 - initial.StepSize * initial.Lambda0 / 2;
        double initialLoss = losses[0];
        var steps = Steps(losses.Count);
        var envelope = steps.Select(k => initialLoss * Math.Pow(contraction, k)).ToList();
        // The worst ratio ‖y − u(k)‖² / max(envelope(k), floor) over k ≥ 1 (it is 1 at k = 0 by definition), in
        // logarithms so that long runs do not underflow. Once the envelope falls below float64's resolution of
        // the residual, the loss can only be asked to stay below that floor: GD steps smaller than an ulp of w
        // no longer change u.
        // The verdict allows for the rounding of this very computation (c = 1 − ηλ₀/2 rounded, then k·log c and
        // the logarithms): a loss within that allowance of the envelope is not a counterexample.
        double logFloor = 2 * Math.Log(initial.ResidualResolution);
        double worstLogRatio = losses.Count > 1 ? double.NegativeInfinity : 0;
        bool exceeds = false;
        for (int k = 1; k < losses.Count; k++)
        {
            double logEnvelope = Math.Max(Math.Log(initialLoss) + k * Math.Log(contraction), logFloor);
            double logRatio = losses[k] == 0 ? double.NegativeInfinity : Math.Log(losses[k]) - logEnvelope;
            double allowance = 4 * Spectral.MachineEpsilon * (Math.Abs(Math.Log(initialLoss)) + k * (Math.Abs(Math.Log(contraction)) + 1 / contraction) + Math.Abs(Math.Log(losses[k])));
            exceeds |= !(logRatio <= allowance);
            worstLogRatio = double.IsNaN(logRatio) ? double.NaN : Math.Max(worstLogRatio, logRatio);
        }
        var figure = new Figure("Training loss and the theorem's envelope", "step k", "‖y − u(k)‖²", LogY: true,
        [
            Series.Of("‖y − u(k)‖²", steps, losses),
            Series.Of("(1 − ηλ₀/2)ᵏ ‖y − u(0)‖²", steps, envelope),
        ]);
        return Evidence.Decided(Math.Exp(worstLogRatio), Relation.LessOrEqual, 1.0, exceeds ? Verdict.Fail : Verdict.Pass,
            $"value = max over k ≥ 1 of loss / max(envelope, {DataChecks.Format(Math.Exp(logFloor))}) (float64 resolution of ‖y − u‖²); {Ending(trajectory)}", figure);
    }

    public static Evidence LambdaMinStays(Trajectory trajectory, InitialAnalysis initial)
    {
        var series = trajectory.Series(FirstLayerProbes.SmallestNtkEigenvalue);
        var bounds = series.ErrorBounds ?? throw new InvalidOperationException("Internal: λ_min(H(k)) is recorded with its error bounds.");
        var steps = series.Steps.Select(k => (double)k).ToList();
        var values = series.Values.ToList();
        // Benefit of the doubt for rounding: a computed λ_min(H(k)) may be low by its error bound.
        double worst = values.Select((v, i) => v + bounds[i] + initial.GramRounding).DefaultIfEmpty(double.NaN).Min();
        double last = Math.Max(1, steps.LastOrDefault());
        var figure = new Figure("Smallest eigenvalue of H(k)", "step k", "λ_min(H(k))", LogY: false,
        [
            Series.Of("λ_min(H(k))", steps, values),
            Series.Constant("¾λ₀", 0.75 * initial.Lambda0, 0, last),
            Series.Constant("λ₀/2", initial.Lambda0 / 2, 0, last),
        ]);
        return Evidence.Compare(worst, Relation.GreaterOrEqual, initial.Lambda0 / 2,
            $"{values.Count} log-spaced steps; {Ending(trajectory)}", figure);
    }

    public static Evidence DistanceBounded(Trajectory trajectory, InitialAnalysis initial)
    {
        var distances = trajectory.Series(FirstLayerProbes.MaxNeuronDistance).Values;
        var steps = Steps(distances.Count);
        double last = Math.Max(1, distances.Count - 1);
        var figure = new Figure("Largest distance of a neuron from its initialisation", "step k", "max_r ‖w_r(k) − w_r(0)‖", LogY: true,
        [
            Series.Of("max_r ‖w_r(k) − w_r(0)‖", steps, distances),
            Series.Constant("R′ (Corollary 4.1)", initial.RadiusPrime, 0, last),
            Series.Constant("R (Lemma 3.2, paper's radius)", initial.PaperRadius, 0, last),
        ]);
        return Evidence.Compare(MaxOrNaN(distances), Relation.LessOrEqual, initial.RadiusPrime, Ending(trajectory), figure);
    }

    public static Evidence PatternChanges(Trajectory trajectory, InitialAnalysis initial)
    {
        var fractions = trajectory.Series(FirstLayerProbes.PatternChangeFraction).Values;
        var steps = Steps(fractions.Count);
        double last = Math.Max(1, fractions.Count - 1);
        var figure = new Figure("Fraction of activation patterns changed since initialisation", "step k", "fraction of (i, r)", LogY: false,
        [
            Series.Of("changed", steps, fractions),
            Series.Constant("Σ|S_i⊥(R′)|/(mn)", initial.FlippableFraction, 0, last),
        ]);
        return Evidence.Compare(MaxOrNaN(fractions), Relation.LessOrEqual, initial.FlippableFraction, Ending(trajectory), figure);
    }

    /// <summary>The largest value, or NaN if any is NaN (<see cref="Enumerable.Max(IEnumerable{double})"/> skips NaN).</summary>
    private static double MaxOrNaN(IReadOnlyList<double> values) => values.Aggregate(double.NegativeInfinity, Math.Max);

    private static List<double> Steps(int count) => Enumerable.Range(0, count).Select(k => (double)k).ToList();

    private static string Ending(Trajectory trajectory) =>
        trajectory.DivergedAtStep is int k ? $"diverged at step {k}" : $"{trajectory.CompletedSteps} steps";
}

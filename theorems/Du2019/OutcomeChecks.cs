using Verify.Core;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>The conclusion and the proof's invariants of Du et al. 2019, checked along a trained trajectory.</summary>
internal static class OutcomeChecks
{
    /// <summary>
    /// ‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ‖y − u(0)‖² at every step, down to float64's resolution of ‖y − u‖² (<see cref="LinearRateEnvelope"/>):
    /// with λ₀'s upper end (the steeper envelope) for a Pass, its lower end for a Fail. The figure also draws the kernel
    /// regime's loss over the same steps when <paramref name="kernel"/> is given (<see cref="KernelRegime"/>); it decides nothing.
    /// </summary>
    public static Evidence LinearRate(Trajectory trajectory, InitialAnalysis initial, KernelRegime? kernel = null)
    {
        var evidence = Evidence.Between(LinearRate(trajectory, initial, initial.Lambda0Upper), () => LinearRate(trajectory, initial, initial.Lambda0), "λ₀'s enclosure");
        return evidence.Figure is { } figure && kernel is not null
            ? evidence with
            {
                Figure = figure with
                {
                    Series = [.. figure.Series, kernel.LossSeries(trajectory.SquaredResidualNorms.Count - 1)],
                    Note = figure.Note is null ? KernelRegime.LossNote : $"{figure.Note} {KernelRegime.LossNote}",
                },
            }
            : evidence;
    }

    private static Evidence LinearRate(Trajectory trajectory, InitialAnalysis initial, double lambda0) =>
        LinearRateEnvelope.Check(
            trajectory.SquaredResidualNorms,
            1 - initial.StepSize * lambda0 / 2,
            LinearRateEnvelope.LogFloorOfSquare(initial.ResidualResolution),
            new EnvelopePlot("Training loss and the theorem's envelope", "step k", "‖y − u(k)‖²", "‖y − u(k)‖²", "(1 − ηλ₀/2)ᵏ ‖y − u(0)‖²"),
            Ending(trajectory));

    public static Evidence LambdaMinStays(Trajectory trajectory, InitialAnalysis initial)
    {
        var series = trajectory.Series(FirstLayerProbes.SmallestNtkEigenvalue);
        var enclosures = series.Enclosures ?? throw new InvalidOperationException("Internal: λ_min(H(k)) is recorded with certified enclosures.");
        var steps = series.Steps.Select(k => (double)k).ToList();
        var values = series.Values.ToList();
        double lowest = enclosures.Select(e => e.Lower).DefaultIfEmpty(double.NaN).Min();
        double highest = enclosures.Select(e => e.Upper).DefaultIfEmpty(double.NaN).Min();
        double last = Math.Max(1, steps.LastOrDefault());
        var figure = new Figure("Smallest eigenvalue of H(k)", "step k", "λ_min(H(k))", LogY: false,
        [
            Series.Of("λ_min(H(k))", steps, values),
            Series.Constant("¾λ₀", 0.75 * initial.Lambda0, 0, last),
            Series.Constant("λ₀/2", initial.Lambda0 / 2, 0, last),
        ]);
        return Evidence.Between(
            Evidence.Compare(lowest, Relation.GreaterOrEqual, initial.Lambda0Upper / 2, $"{values.Count} log-spaced steps; {Ending(trajectory)}", figure),
            () => Evidence.Compare(highest, Relation.GreaterOrEqual, initial.Lambda0 / 2, figure: figure),
            "the enclosures of λ_min(H(k)) (certified) and λ₀");
    }

    /// <summary>
    /// max_r ‖w_r(k) − w_r(0)‖ ≤ R′ at every step: a Pass needs it below the smallest R′ the allowances permit (the
    /// optimistic chain's), a Fail above the largest (the pessimistic chain's).
    /// </summary>
    public static Evidence DistanceBounded(Trajectory trajectory, InitialAnalysis initial) =>
        Evidence.Between(DistanceBounded(trajectory, initial, initial.Optimistic.RadiusPrime), () => DistanceBounded(trajectory, initial, initial.RadiusPrime), RadiusAllowances);

    private static Evidence DistanceBounded(Trajectory trajectory, InitialAnalysis initial, double radius)
    {
        var distances = trajectory.Series(FirstLayerProbes.MaxNeuronDistance).Values;
        var steps = SeriesChecks.EveryStep(distances.Count);
        double last = Math.Max(1, distances.Count - 1);
        return SeriesChecks.StaysBelow(steps, distances, radius,
            new SeriesPlot("Largest distance of a neuron from its initialisation", "step k", "max_r ‖w_r(k) − w_r(0)‖", LogY: true,
                "max_r ‖w_r(k) − w_r(0)‖", "R′ (Corollary 4.1)",
                [Series.Constant("R (Lemma 3.2, paper's radius)", initial.PaperRadius, 0, last)]),
            note: Ending(trajectory));
    }

    /// <summary>The fraction of changed patterns ≤ Σ|S_i⊥|/(mn): Pass below the optimistic (smallest) sets, Fail above the pessimistic.</summary>
    public static Evidence PatternChanges(Trajectory trajectory, InitialAnalysis initial) =>
        Evidence.Between(PatternChanges(trajectory, initial.Optimistic.FlippableFraction), () => PatternChanges(trajectory, initial.FlippableFraction), RadiusAllowances);

    private static Evidence PatternChanges(Trajectory trajectory, double flippable)
    {
        var fractions = trajectory.Series(FirstLayerProbes.PatternChangeFraction).Values;
        return SeriesChecks.StaysBelow(SeriesChecks.EveryStep(fractions.Count), fractions, flippable,
            new SeriesPlot("Fraction of activation patterns changed since initialisation", "step k", "fraction of (i, r) with a changed pattern", LogY: false,
                "changed", "Σ|S_i⊥(R′)|/(mn)"),
            note: Ending(trajectory));
    }

    private const string RadiusAllowances = "the enclosures of λ₀, ‖y − u(0)‖ and ν in R′";

    private static string Ending(Trajectory trajectory) =>
        trajectory.DivergedAtStep is int k ? $"diverged at step {k}" : $"{trajectory.CompletedSteps} steps";
}

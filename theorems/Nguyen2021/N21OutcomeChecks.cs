using Verify.Core;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// The conclusions of spec §5 along a trained trajectory, each bound taken at the end that makes the check hardest for a
/// Pass and easiest for a Fail (<see cref="Evidence.Between"/>): a Pass holds for the exact values, a Fail is a
/// counterexample for them.
/// </summary>
internal static class N21OutcomeChecks
{
    private const string Enclosures = "the enclosures of λ_F, ‖W_l⁰‖₂, ‖X‖_F and √(2Φ₀)";

    /// <summary>‖F_L^k − Y‖²_F ≤ q^{2k} ‖F_L⁰ − Y‖²_F, q = 1 − ηλ_F²/8: λ_F's upper end for a Pass (q smallest), lower for a Fail.</summary>
    public static Evidence Rate(Trajectory trajectory, N21Analysis analysis, double stepSize) =>
        Evidence.Between(
            Rate(trajectory, analysis, stepSize, analysis.Optimistic.Factor(stepSize)),
            () => Rate(trajectory, analysis, stepSize, analysis.Pessimistic.Factor(stepSize)),
            "λ_F's enclosure");

    private static Evidence Rate(Trajectory trajectory, N21Analysis analysis, double stepSize, double factor) =>
        LinearRateEnvelope.Check(
            trajectory.SquaredResidualNorms,
            factor * factor,
            LinearRateEnvelope.LogFloorOfSquare(analysis.ResidualResolution),
            new EnvelopePlot("Residual and the envelope of §5", "step k", "‖F_L − Y‖²_F", "‖F_L(k) − Y‖²_F", "(1 − ηλ_F²/8)^{2k} ‖F_L(0) − Y‖²_F"),
            $"factor per step on ‖F_L − Y‖_F: 1 − ηλ_F²/8 = {NumberFormat.Text(factor)} (η = {NumberFormat.Text(stepSize)}); "
            + $"measured {EmpiricalFactor(trajectory.SquaredResidualNorms)}" + Ending(trajectory));

    /// <summary>The empirical factor per step on ‖F_L − Y‖_F, (‖r_K‖/‖r_0‖)^{1/K} over the K steps taken, as text.</summary>
    internal static string EmpiricalFactor(IReadOnlyList<double> squaredResiduals)
    {
        int k = squaredResiduals.Count - 1;
        if (k < 1 || !(squaredResiduals[0] > 0) || !double.IsFinite(squaredResiduals[k]))
        {
            return "factor: none (fewer than one finite step)";
        }
        double factor = Math.Exp((Math.Log(squaredResiduals[k]) - Math.Log(squaredResiduals[0])) / (2.0 * k));
        return $"(‖r_K‖/‖r_0‖)^(1/K) = {NumberFormat.Text(factor)} over K = {k} steps";
    }

    /// <summary>max_l ‖W_l^k − W_l⁰‖_F / R_l ≤ 1 at every step: the optimistic (smaller) R_l for a Pass, the pessimistic for a Fail.</summary>
    public static Evidence WeightDistance(Trajectory trajectory, N21Probes probes, N21Analysis analysis)
    {
        if (!analysis.Pessimistic.Movements.All(double.IsFinite) || !(analysis.LambdaF.Lower > 0))
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, 1,
                "not applicable: R_l is not finite (λ_F not established positive), so the theorem bounds nothing here");
        }
        return Evidence.Between(Distances(trajectory, probes, analysis.Optimistic), () => Distances(trajectory, probes, analysis.Pessimistic), Enclosures);
    }

    private static Evidence Distances(Trajectory trajectory, N21Probes probes, SectionFiveQuantities q)
    {
        var series = probes.Distances.Select(p => trajectory.Series(p)).ToList();
        var steps = series[0].Steps.Select(s => (double)s).ToList();
        var values = Enumerable.Range(0, series[0].Count).Select(k => series.Select((s, l) => s.Values[k] / q.Movements[l]).Max()).ToList();
        var plot = new SeriesPlot("Distance from initialisation against R_l", "step k", "max_l ‖W_l(k) − W_l(0)‖_F / R_l", false, "max_l ‖W_l(k) − W_l(0)‖_F / R_l", "1");
        string radii = string.Join(", ", q.Movements.Select((r, l) => $"R_{l + 1} = {NumberFormat.Text(r)}"));
        return SeriesChecks.StaysBelow(steps, values, 1.0, plot, note: radii);
    }

    /// <summary>σ_N(F_{L−1}^k) ≥ λ_F/2 on the schedule, with each SVD's error bound as its allowance.</summary>
    public static Evidence LastHiddenWellConditioned(Trajectory trajectory, N21Probes probes, N21Analysis analysis, int width)
    {
        if (width < analysis.N)
        {
            return Evidence.Inconclusive(0, Relation.GreaterOrEqual, 0,
                $"not applicable: n_{{L−1}} = {width} < N = {analysis.N}, so σ_N(F_{{L−1}}^k) = 0 at every step and λ_F = 0");
        }
        var plot = new SeriesPlot("σ_N(F_{L−1}(k)) against λ_F/2", "step k", "σ_N(F_{L−1}(k))", false, "σ_N(F_{L−1}(k))", "λ_F/2");
        return ConditioningChecks.StaysAboveFraction(trajectory.Series(probes.LastHiddenSmallest), 1 - SectionFiveQuantities.ConditioningFraction,
            analysis.LambdaF, plot, "λ_F's enclosure");
    }

    private static string Ending(Trajectory trajectory) =>
        trajectory.Diverged ? $"; the run diverged at step {trajectory.DivergedAtStep}" : $"; {trajectory.CompletedSteps} steps";
}

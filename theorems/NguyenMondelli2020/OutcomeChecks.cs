using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// The conclusions of §3a and the invariants of its proof along a trained trajectory. Each bound built from the measured
/// quantities is taken at the end that makes the check hardest for a Pass and easiest for a Fail
/// (<see cref="Evidence.Between"/>): a Pass holds for the exact values, a Fail is a counterexample for them.
/// </summary>
internal static class OutcomeChecks
{
    /// <summary>Relative nudge on μ and R, computed in round-to-nearest from the enclosure ends (a few operations).</summary>
    private const double Nudge = 1e-13;

    private const string Enclosures = "the enclosures of λ_F, λ_l and √(2Φ₀)";

    /// <summary>Φ_k ≤ (1 − ημ)ᵏ Φ₀ (checked on ‖F_L − Y‖²_F = 2Φ, the same ratio): μ's upper end for a Pass, lower for a Fail.</summary>
    public static Evidence LinearRate(Trajectory trajectory, InitialAnalysis initial, double stepSize) =>
        Evidence.Between(
            Rate(trajectory, initial, stepSize, initial.Optimistic.Mu * (1 + Nudge)),
            () => Rate(trajectory, initial, stepSize, initial.Pessimistic.Mu * (1 - Nudge)),
            Enclosures);

    private static Evidence Rate(Trajectory trajectory, InitialAnalysis initial, double stepSize, double mu) =>
        LinearRateEnvelope.Check(
            trajectory.SquaredResidualNorms,
            1 - stepSize * mu,
            LinearRateEnvelope.LogFloorOfSquare(initial.ResidualResolution),
            new EnvelopePlot("Training loss and the envelope of §3a", "step k", "2Φ(θ_k) = ‖F_L − Y‖²_F", "‖F_L(k) − Y‖²_F", "(1 − ημ)ᵏ ‖F_L(0) − Y‖²_F"),
            $"μ = {F(mu)}, ημ = {F(stepSize * mu)}{(stepSize * mu < VacuousRate ? $" (below {F(VacuousRate)}: the guaranteed decrease per step is negligible at this step size, so the rate holds but says little)" : "")}{Ending(trajectory)}");

    /// <summary>A guaranteed per-step decrease ημ below this is worth saying: the envelope is then flat to the eye.</summary>
    private const double VacuousRate = 1e-6;

    /// <summary>
    /// Σ_{j&lt;k} η‖∇Φ(θ_j)‖ ≤ R at every k, allowing for the summation's own rounding: k + 1 additions and products of
    /// positive numbers, within γ_{k+2} of the exact sum of the recorded norms.
    /// </summary>
    public static Evidence PathLength(Trajectory trajectory, NmProbes probes, InitialAnalysis initial, double stepSize)
    {
        var gradients = trajectory.Series(probes.GradientNorm);
        var path = new List<double>(gradients.Count);
        double sum = 0;
        for (int k = 0; k < gradients.Count; k++)
        {
            path.Add(sum);
            sum += stepSize * gradients.Values[k];
        }
        var steps = gradients.Steps.Select(s => (double)s).ToList();
        var allowances = path.Select((p, k) => DirectedRounding.MulUp(DirectedRounding.GammaUp(k + 2), p)).ToList();
        return WithinRadius(steps, path, allowances, initial, "Path length against R", "Σ_{j<k} η‖∇Φ(θ_j)‖");
    }

    /// <summary>
    /// max_l ‖W_l^k − W_l⁰‖_F ≤ R at every k, allowing γ_n relative for the norm's sum of squares (n the widest layer or
    /// input, as in <see cref="Descent"/>: documented, not proven).
    /// </summary>
    public static Evidence WeightDistance(Trajectory trajectory, NmProbes probes, InitialAnalysis initial, int widest)
    {
        var series = probes.Distances.Select(p => trajectory.Series(p)).ToList();
        var steps = series[0].Steps.Select(s => (double)s).ToList();
        var values = Enumerable.Range(0, series[0].Count).Select(k => series.Max(s => s.Values[k])).ToList();
        double gamma = DirectedRounding.GammaUp(Math.Max(1, widest * widest));
        var allowances = values.Select(v => DirectedRounding.MulUp(gamma, v)).ToList();
        return WithinRadius(steps, values, allowances, initial, "Distance from initialisation against R", "max_l ‖W_l(k) − W_l(0)‖_F");
    }

    private static Evidence WithinRadius(List<double> steps, List<double> values, List<double> allowances, InitialAnalysis initial, string title, string name)
    {
        double low = initial.Optimistic.Radius * (1 - Nudge), high = initial.Pessimistic.Radius * (1 + Nudge);
        if (!double.IsFinite(high))
        {
            return Evidence.Inconclusive(values.DefaultIfEmpty(0).Max(), Relation.LessOrEqual, high,
                "not applicable: R is not finite (λ_F or λ_{3→L} not established positive), so the theorem bounds nothing here");
        }
        var plot = new SeriesPlot(title, "step k", name, false, name, "R");
        return Evidence.Between(SeriesChecks.StaysBelow(steps, values, low, plot, allowances), () => SeriesChecks.StaysBelow(steps, values, high, plot, allowances), Enclosures);
    }

    /// <summary>σ_N(F₁^k) ≥ λ_F/2 on the schedule, with each SVD's error bound as its allowance.</summary>
    public static Evidence FeaturesStayWellConditioned(Trajectory trajectory, NmProbes probes, InitialAnalysis initial)
    {
        var plot = new SeriesPlot("σ_N(F₁(k)) against λ_F/2", "step k", "σ_N(F₁(k))", false, "σ_N(F₁(k))", "λ_F/2");
        return ConditioningChecks.StaysAboveFraction(trajectory.Series(probes.FeaturesSmallest), 0.5, initial.LambdaF, plot, "λ_F's enclosure");
    }

    /// <summary>σ_min(W_l^k)/λ_l ≥ ½ for every l ≥ 3 on the schedule: value = the smallest ratio over l.</summary>
    public static Evidence WeightsStayWellConditioned(Trajectory trajectory, NmProbes probes, InitialAnalysis initial)
    {
        if (probes.WeightsSmallest.Count == 0)
        {
            return Evidence.Decided(1, Relation.GreaterOrEqual, 0.5, Verdict.Pass, "L = 2: no layer l ≥ 3");
        }
        return Evidence.Between(Ratios(trajectory, probes, initial, upper: true), () => Ratios(trajectory, probes, initial, upper: false), "the enclosures of λ_l");
    }

    private static Evidence Ratios(Trajectory trajectory, NmProbes probes, InitialAnalysis initial, bool upper)
    {
        var series = probes.WeightsSmallest.Select(p => trajectory.Series(p)).ToList();
        var steps = series[0].Steps.Select(s => (double)s).ToList();
        var values = new List<double>();
        var allowances = new List<double>();
        for (int k = 0; k < series[0].Count; k++)
        {
            int worst = 0;
            double best = double.PositiveInfinity;
            for (int i = 0; i < series.Count; i++)
            {
                var lambda = upper ? initial.LayerSmallest[i].Upper : initial.LayerSmallest[i].Lower;
                double ratio = series[i].Values[k] / lambda;
                if (ratio < best || double.IsNaN(ratio))
                {
                    (best, worst) = (ratio, i);
                }
            }
            values.Add(best);
            var lambdaWorst = upper ? initial.LayerSmallest[worst].Upper : initial.LayerSmallest[worst].Lower;
            allowances.Add((series[worst].ErrorBounds?[k] ?? 0) / lambdaWorst);
        }
        var plot = new SeriesPlot("min over l ≥ 3 of σ_min(W_l(k))/λ_l against ½", "step k", "σ_min(W_l(k))/λ_l", false, "min_l σ_min(W_l(k))/λ_l", "½");
        return SeriesChecks.StaysAbove(steps, values, 0.5, plot, allowances);
    }

    /// <summary>
    /// The PL ratio ≥ 1 on the schedule, with a relative allowance of 10⁻⁸ (the SVDs and backward pass of the computed
    /// iterate; documented, not proven): a ratio within it of 1 is undecided, never failed.
    /// </summary>
    public static Evidence PolyakLojasiewicz(Trajectory trajectory, NmProbes probes)
    {
        var series = trajectory.Series(probes.PlRatio);
        var steps = series.Steps.Select(s => (double)s).ToList();
        var allowances = series.Values.Select(v => double.IsFinite(v) ? 1e-8 * Math.Abs(v) : 0).ToList();
        var plot = new SeriesPlot("The PL lemma along the trajectory", "step k", "‖∇_{W₂}Φ‖_F / (γ^{L−2} σ_N(F₁) Π σ_min(W_l) ‖F_L − Y‖_F)", true, "PL ratio", "1");
        return SeriesChecks.StaysAbove(steps, series.Values, 1.0, plot, allowances);
    }

    /// <summary>
    /// Φ_{k+1} − Φ_k + (η/2)‖∇Φ_k‖² ≤ 0 for every completed step, with the allowance 4γ_n(Φ_k + Φ_{k+1}) + 4ε·η‖∇Φ_k‖²,
    /// n the widest layer or input (the losses' and gradient's rounding; documented, not proven).
    /// </summary>
    public static Evidence Descent(Trajectory trajectory, NmProbes probes, double stepSize, int widest)
    {
        var losses = trajectory.SquaredResidualNorms.Select(s => 0.5 * s).ToList();
        var gradients = trajectory.Series(probes.GradientNorm).Values;
        var steps = new List<double>();
        var values = new List<double>();
        var allowances = new List<double>();
        double gamma = DirectedRounding.GammaUp(Math.Max(1, widest));
        for (int k = 0; k + 1 < losses.Count && k < gradients.Count; k++)
        {
            double decrease = stepSize / 2 * gradients[k] * gradients[k];
            steps.Add(k);
            values.Add(losses[k + 1] - losses[k] + decrease);
            allowances.Add(4 * gamma * (losses[k] + losses[k + 1]) + 4 * Spectral.MachineEpsilon * 2 * decrease);
        }
        if (steps.Count == 0)
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, 0, "no step taken: nothing to check");
        }
        var plot = new SeriesPlot("Descent inequality per step", "step k", "Φ_{k+1} − Φ_k + (η/2)‖∇Φ_k‖²", false, "Φ_{k+1} − Φ_k + (η/2)‖∇Φ_k‖²", "0");
        return SeriesChecks.StaysBelow(steps, values, 0, plot, allowances);
    }

    private static string Ending(Trajectory trajectory) =>
        trajectory.Diverged ? $"; the run diverged at step {trajectory.DivergedAtStep}" : $"; {trajectory.CompletedSteps} steps";

    private static string F(double value) => NumberFormat.Text(value);
}

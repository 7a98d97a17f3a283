using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Common;

/// <summary>
/// "A smallest singular value stays above a fraction of its initial value along the trajectory" (e.g. σ_N(F_l^k) ≥ λ_F/2):
/// the series recorded on the schedule, with each SVD's error bound as its allowance, against the fraction of the upper
/// end of the initial value's enclosure for a Pass and of its lower end for a Fail (<see cref="Evidence.Between"/>).
/// </summary>
public static class ConditioningChecks
{
    public static Evidence StaysAboveFraction(ProbeSeries series, double fraction, Enclosure initial, SeriesPlot plot, string allowances)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(initial);
        var steps = series.Steps.Select(s => (double)s).ToList();
        return Evidence.Between(
            SeriesChecks.StaysAbove(steps, series.Values, fraction * initial.Upper, plot, series.ErrorBounds),
            () => SeriesChecks.StaysAbove(steps, series.Values, fraction * initial.Lower, plot, series.ErrorBounds),
            allowances);
    }
}

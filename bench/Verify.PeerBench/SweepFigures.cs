using Verify.Core;

namespace Verify.PeerBench;

/// <summary>
/// The sweeps as log-log figures for <see cref="Verify.Reports.FigureRenderer"/>: its y axis is logarithmic and its
/// public x axis linear, so x carries log₁₀ of the swept parameter. Each contender's medians, and its least-squares
/// line, whose slope the legend gives.
/// </summary>
internal static class SweepFigures
{
    public static Figure Of(Sweep sweep)
    {
        var logX = sweep.Values.Select(Math.Log10).ToArray();
        var series = new List<Series>();
        foreach (var label in sweep.Labels)
        {
            var (slope, intercept) = sweep.Fit(label);
            series.Add(Series.Of($"{label}, slope {Format.Number(slope, "F2")}", logX, sweep.Medians(label)));
            double first = logX[0], last = logX[^1];
            series.Add(Series.Of(
                $"fit {label}", [first, last], [Math.Pow(10, intercept + (slope * first)), Math.Pow(10, intercept + (slope * last))]));
        }

        var xLabel = $"log10 {sweep.Parameter}   ({sweep.Parameter} = {sweep.Points[0].Value} … {sweep.Points[^1].Value})";
        return new Figure(sweep.Title, xLabel, "seconds per step (median)", LogY: true, series);
    }
}

using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The scalar figures of a sweep: for every conclusion and invariant that has a finite value in at least one
/// instance of every scenario, the median value per scenario against the parameter ("weights-stay-close vs m"),
/// small, on log-log axes when the parameter values and the medians are all positive (log10 of the values with
/// 10ⁿ ticks, see <see cref="XAxisOptions"/>), otherwise linear on the axis that is not.
/// </summary>
internal static class SweepScalars
{
    public const int Width = 420;

    public const int Height = 320;

    public static IReadOnlyList<SweepFigure> For(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var byPoint = group.Points.Select(point => SweepGroup.InstancesOf(point, instances)).ToList();
        var ids = byPoint.SelectMany(list => list).SelectMany(Outcomes).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        var figures = new List<SweepFigure>();
        foreach (string id in ids)
        {
            var medians = byPoint.Select(list => Statistics.Median(list.SelectMany(Outcomes).Where(c => c.Id == id).Select(c => c.Value))).ToList();
            if (medians.Any(m => !double.IsFinite(m)))
            {
                continue;
            }
            var check = byPoint.SelectMany(list => list).SelectMany(Outcomes).First(c => c.Id == id);
            figures.Add(Scalar(group, check, medians));
        }
        return figures;
    }

    private static SweepFigure Scalar(SweepGroup group, CheckReport check, IReadOnlyList<double> medians)
    {
        bool logX = group.Points.All(p => p.Value > 0);
        bool logY = medians.All(m => m > 0);
        var x = group.Points.Select(p => p.Value).ToList();
        // One unnamed curve: the y label says what it is, and no legend takes room from a small figure.
        var figure = new Figure($"{check.Id} vs {group.Axis}", group.Axis, "value (median over instances)", logY,
            [new Series("", x, medians)]);
        string axes = (logX, logY) switch
        {
            (true, true) => "log-log axes",
            (true, false) => $"log {group.Axis} axis, linear value axis (a median is not positive)",
            (false, true) => $"linear {group.Axis} axis (a value is not positive), log value axis",
            _ => "linear axes (values not all positive)",
        };
        string caption = $"{check.Id}: {check.Statement} — median of the value over each scenario's instances against {group.Axis}; {axes}.";
        return new SweepFigure($"{group.Family}_{check.Id}_vs_{group.Axis}", caption, figure, new XAxisOptions(Log: logX, Padded: true),
            Width, FigureRenderer.HeightFor(figure, Height));
    }

    private static IEnumerable<CheckReport> Outcomes(InstanceReport instance) => instance.Conclusions.Concat(instance.Invariants);
}

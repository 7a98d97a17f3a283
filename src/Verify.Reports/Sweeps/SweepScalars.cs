using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The scalar figures of a sweep: for every Instance-tier hypothesis (and Asymptotic-tier one that declares a scaling), conclusion and invariant that has a finite value in
/// at least one instance of every scenario and whose value is not the same at every point, the median value per scenario against the parameter ("invariant-distance vs m"),
/// small, with its y axis named by <see cref="CheckReport.ValueName"/>, the median bound beside it (the threshold the
/// value must meet), and on log-log axes (when the parameter values and the medians are all positive) the least-squares
/// slope of the medians (<see cref="LogLogFit"/>) in the legend, with the theory's slope (<see cref="CheckReport.Scaling"/>)
/// drawn through the data's centroid when the theory gives one for this parameter.
/// </summary>
internal static class SweepScalars
{
    public const int Width = 520;

    public const int Height = 360;

    /// <summary>How far a fitted slope may be from the theory's before the caption says the sweep is not yet in the asymptotic regime.</summary>
    private const double SlopeGap = 0.25;

    public static IReadOnlyList<SweepFigure> For(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var byPoint = group.Points.Select(point => SweepGroup.InstancesOf(point, instances)).ToList();
        var markers = Markers(group, byPoint.SelectMany(list => list).ToList());
        var ids = byPoint.SelectMany(list => list).SelectMany(Plotted).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        var figures = new List<SweepFigure>();
        foreach (string id in ids)
        {
            var checks = byPoint.Select(list => list.SelectMany(Plotted).Where(c => c.Id == id).ToList()).ToList();
            var medians = checks.Select(list => Statistics.Median(list.Select(c => c.Value))).ToList();
            if (medians.Any(m => !double.IsFinite(m)) || medians.Distinct().Count() == 1)
            {
                continue;
            }
            var bounds = checks.Select(list => Statistics.Median(list.Select(c => c.Bound))).ToList();
            figures.Add(Scalar(group, checks.SelectMany(list => list).First(), medians, bounds, markers));
        }
        return figures;
    }

    private static SweepFigure Scalar(SweepGroup group, CheckReport check, IReadOnlyList<double> medians, IReadOnlyList<double> bounds,
        IReadOnlyList<(string Name, double Value)> markers)
    {
        bool logX = group.Points.All(p => p.Value > 0);
        bool logY = medians.All(m => m > 0);
        var x = group.Points.Select(p => p.Value).ToList();
        string quantity = check.ValueName ?? $"value of {check.Id}";
        var fit = logX && logY ? LogLogFit.Of(x, medians) : null;
        var series = new List<Series> { new(fit is null ? "median" : $"median (fitted slope {LogLogFit.Text(fit.Slope)})", x, medians) };
        if (bounds.All(double.IsFinite))
        {
            series.Add(new Series("bound (median)", x, bounds) { Reference = true });
        }
        var scaling = check.Scaling is { } s && s.Parameter == group.Axis && fit is not null ? s : null;
        if (scaling is not null)
        {
            string label = scaling.Reference ? "reference" : "theory";
            series.Add(new Series($"{label}: slope {LogLogFit.Text(scaling.Exponent)}", x, x.Select(v => fit!.Through(v, scaling.Exponent)).ToList()) { Reference = true });
        }
        var ys = medians.Concat(bounds).Where(v => double.IsFinite(v) && (!logY || v > 0)).ToList();
        string marked = Mark(series, group, markers, ys.Min(), ys.Max());
        var figure = new Figure($"{check.Id} vs {group.Axis}", group.Axis, quantity, logY, series);
        string axes = (logX, logY) switch
        {
            (true, true) => "log-log axes; the slope is a least-squares fit of log(median) on log(" + group.Axis + ")",
            (true, false) => $"log {group.Axis} axis, linear value axis (a median is not positive, so no slope is fitted)",
            (false, true) => $"linear {group.Axis} axis (a value is not positive), log value axis",
            _ => "linear axes (values not all positive)",
        };
        string theory = scaling is null ? "" : scaling.Reference
            ? $" Reference (nothing claimed at it): ∝ {group.Axis}^{LogLogFit.Text(scaling.Exponent)} ({scaling.Source}), drawn through the medians' centroid for comparison."
            : $" Theory: ∝ {group.Axis}^{LogLogFit.Text(scaling.Exponent)} ({scaling.Source}), drawn through the medians' centroid."
                + (Math.Abs(fit!.Slope - scaling.Exponent) > SlopeGap
                    ? $" The fitted slope is far from the theory's: the theory's scaling is asymptotic, and at these sizes {quantity} has not reached it (a bound at its ceiling stays flat)."
                    : "");
        string caption = $"{check.Id}: {check.Statement.TrimEnd('.')} — y: {quantity}, median over each scenario's instances, with the median bound; {axes}.{theory}{marked}";
        return new SweepFigure($"{group.Family}_{check.Id}_vs_{group.Axis}", caption, figure, new XAxisOptions(Log: logX, Padded: true),
            Width, FigureRenderer.HeightFor(figure, Height));
    }

    /// <summary>The declared markers' medians over the sweep's instances (markers no instance reports are left out).</summary>
    internal static IReadOnlyList<(string Name, double Value)> Markers(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var names = group.Points.Select(p => p.Scenario.Sweep?.Markers ?? []).FirstOrDefault() ?? [];
        return [.. names
            .Select(name => (Name: name, Value: Statistics.Median(instances.SelectMany(i => i.Parameters).Where(p => p.Name == name && p.Value is double).Select(p => p.Value!.Value))))
            .Where(m => double.IsFinite(m.Value))];
    }

    /// <summary>
    /// Adds a dashed vertical line from <paramref name="low"/> to <paramref name="high"/> for each marker within half to twice the
    /// axis' range, and says in a caption sentence where each marker is (those beyond that range are named, not drawn).
    /// </summary>
    internal static string Mark(List<Series> series, SweepGroup group, IReadOnlyList<(string Name, double Value)> markers, double low, double high)
    {
        if (markers.Count == 0)
        {
            return "";
        }
        double first = group.Points.Min(p => p.Value), last = group.Points.Max(p => p.Value);
        var drawn = new List<string>();
        var beyond = new List<string>();
        foreach (var (name, value) in markers)
        {
            string text = $"{name} = {NumberFormat.Text(value)}";
            if (value >= first / 2 && value <= last * 2 && double.IsFinite(low) && double.IsFinite(high))
            {
                series.Add(new Series(text, [value, value], [low, high]) { Reference = true });
                drawn.Add(text);
            }
            else
            {
                beyond.Add(text);
            }
        }
        return (drawn.Count > 0 ? $" Marked (median over the sweep's instances): {string.Join("; ", drawn)}." : "")
            + (beyond.Count > 0 ? $" Beyond the grid ({NumberFormat.Text(first)} to {NumberFormat.Text(last)}), not drawn: {string.Join("; ", beyond)}." : "");
    }

    /// <summary>
    /// The checks whose values vary with a sweep's parameter: the Instance tier, the conclusions and the invariants; and an
    /// Asymptotic-tier hypothesis that declares how it scales (<see cref="CheckReport.Scaling"/>), e.g. a measured smallest
    /// width against the claimed power of N.
    /// </summary>
    private static IEnumerable<CheckReport> Plotted(InstanceReport instance) =>
        instance.Hypotheses.Where(h => h.Tier == Tier.Instance || (h.Tier == Tier.Asymptotic && h.Scaling is not null))
            .Concat(instance.Conclusions).Concat(instance.Invariants);
}

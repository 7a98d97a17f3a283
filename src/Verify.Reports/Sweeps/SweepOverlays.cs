using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The overlay figures of a sweep, as the panels of Du et al. (2019), Fig. 1: for every check id that carries
/// a figure in the sweep's instances, the first series of that figure (the measured curve) from the first
/// instance (lowest index) of each scenario that has it, one curve per parameter value ("m = 100"), in
/// increasing order of the parameter, on the axes of the original figure, titled by the quantity (its y label). The
/// other series are reference lines that differ per instance, so they are not overlaid, and the caption names them.
/// </summary>
internal static class SweepOverlays
{
    public static IReadOnlyList<SweepFigure> For(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var byPoint = group.Points.Select(point => SweepGroup.InstancesOf(point, instances)).ToList();
        var ids = byPoint
            .SelectMany(list => list)
            .SelectMany(InstanceSection.ChecksOf)
            .Where(c => HasCurve(c.Check))
            .Select(c => c.Check.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return [.. ids.Select(id => Overlay(group, byPoint, id))];
    }

    private static SweepFigure Overlay(SweepGroup group, IReadOnlyList<IReadOnlyList<InstanceReport>> byPoint, string id)
    {
        CheckReport? template = null;
        var curves = new List<Series>();
        var missing = new List<string>();
        for (int k = 0; k < group.Points.Count; k++)
        {
            var check = byPoint[k].Select(instance => CheckWithCurve(instance, id)).FirstOrDefault(c => c is not null);
            if (check is null)
            {
                missing.Add(group.Points[k].Text);
                continue;
            }
            template ??= check;
            curves.Add(check.Figure!.Series[0] with { Name = group.Label(group.Points[k]) });
        }
        var source = template!.Figure!;
        // The title names the overlaid quantity, not the source figure's title, which may promise its reference lines.
        var figure = new Figure($"{source.YLabel} — by {group.Axis}", source.XLabel, source.YLabel, source.LogY, curves);
        string caption = $"{id}: {template.Statement} — “{source.Series[0].Name}” of the first instance of each scenario, from the figure “{source.Title}”"
            + (source.Series.Count > 1 ? $"; its reference lines ({string.Join(", ", source.Series.Skip(1).Select(s => s.Name))}), which differ per instance, are left out." : ".");
        if (missing.Count > 0)
        {
            caption += $" No figure at {group.Axis} = {string.Join(", ", missing)}.";
        }
        return new SweepFigure($"{group.Family}_by_{group.Axis}_{id}", caption, figure, XAxisOptions.Default,
            FigureRenderer.DefaultWidth, FigureRenderer.HeightFor(figure));
    }

    private static CheckReport? CheckWithCurve(InstanceReport instance, string id) =>
        InstanceSection.ChecksOf(instance).Select(c => c.Check).FirstOrDefault(c => c.Id == id && HasCurve(c));

    private static bool HasCurve(CheckReport check) => check.Figure is { Series.Count: > 0 };
}

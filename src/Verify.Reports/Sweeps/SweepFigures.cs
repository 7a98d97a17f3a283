using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A theorem's sweep (see <see cref="ParameterSweep"/>) with its figures: per check figure, the overlay of
/// its curve across the parameter (<see cref="SweepOverlays"/>), and per conclusion and invariant, its median
/// value against the parameter (<see cref="SweepScalars"/>), followed by the drawn measurements; and the table of the
/// declared measurements (<see cref="SweepMeasurements"/>).
/// </summary>
internal sealed record SweepFigures(SweepGroup Group, IReadOnlyList<SweepFigure> Overlays, IReadOnlyList<SweepFigure> Scalars, SweepMeasurements Measurements)
{
    /// <summary>"Sweep: paper-fig1 by m".</summary>
    public string Title => $"Sweep: {Group.Family} by {Group.Axis}";

    /// <summary>The theorem's sweeps that have at least one figure or measurement, in the order of <see cref="ParameterSweep.Groups"/>.</summary>
    public static IEnumerable<SweepFigures> Of(TheoremReport theorem) =>
        ParameterSweep.Groups(theorem)
            .Select(group => For(group, theorem.Instances))
            .Where(sweep => sweep.Overlays.Count + sweep.Scalars.Count + sweep.Measurements.Columns.Count > 0);

    private static SweepFigures For(SweepGroup group, IReadOnlyList<InstanceReport> instances)
    {
        var measurements = SweepMeasurements.Of(group, instances);
        return new SweepFigures(group, SweepOverlays.For(group, instances), [.. SweepScalars.For(group, instances), .. measurements.Figures(instances)], measurements);
    }
}

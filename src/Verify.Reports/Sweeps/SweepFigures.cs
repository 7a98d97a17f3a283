using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A theorem's sweep (see <see cref="ParameterSweep"/>) with its figures: per check figure, the overlay of
/// its curve across the parameter (<see cref="SweepOverlays"/>), and per conclusion and invariant, its median
/// value against the parameter (<see cref="SweepScalars"/>).
/// </summary>
internal sealed record SweepFigures(SweepGroup Group, IReadOnlyList<SweepFigure> Overlays, IReadOnlyList<SweepFigure> Scalars)
{
    /// <summary>"Sweep: paper-fig1 by m".</summary>
    public string Title => $"Sweep: {Group.Family} by {Group.Axis}";

    /// <summary>The theorem's sweeps that have at least one figure, in the order of <see cref="ParameterSweep.Groups"/>.</summary>
    public static IEnumerable<SweepFigures> Of(TheoremReport theorem) =>
        ParameterSweep.Groups(theorem)
            .Select(group => new SweepFigures(group, SweepOverlays.For(group, theorem.Instances), SweepScalars.For(group, theorem.Instances)))
            .Where(sweep => sweep.Overlays.Count + sweep.Scalars.Count > 0);
}

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The scan over r (README C2, spec §7.5): α(x₀, r) is non-increasing in r, so each radius is decided on its own and any
/// radius that passes is a certificate; no interpolation between radii is needed.
/// </summary>
internal sealed record CriterionScan(double ValueUpper, IReadOnlyList<RadiusRow> Rows)
{
    public static CriterionScan Run(ICriterionBounds bounds, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var rows = new List<RadiusRow>();
        foreach (double r in bounds.Radii)
        {
            cancellation.ThrowIfCancellationRequested();
            rows.Add(new RadiusRow(r, bounds.AlphaLower(r), bounds.HessianUpper(r), bounds.ValueUpper));
        }
        return new CriterionScan(bounds.ValueUpper, rows);
    }

    /// <summary>The radius where the paper's criterion 4F &lt; r²A has the largest ratio (null when no radius has an A).</summary>
    public RadiusRow? BestForCriterion => Rows.Where(r => r.Alpha.IsAvailable).MaxBy(r => r.CriterionRatio);

    /// <summary>
    /// The radius for (⋆): at a given step η the one with the largest c_B²r²A/(4F); without one, the one admitting the
    /// largest step (README C3). Null when no radius has both bounds.
    /// </summary>
    public RadiusRow? BestForStar(double? eta)
    {
        var candidates = Rows.Where(r => r.Alpha.IsAvailable && r.Hessian.IsAvailable).ToList();
        return eta is double step ? candidates.MaxBy(r => r.StarRatio(step)) : candidates.MaxBy(r => r.StepBound);
    }
}

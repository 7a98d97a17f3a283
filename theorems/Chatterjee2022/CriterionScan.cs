using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>One radius of the scan: the certified A(r) and B(r), and what the criterion and (⋆) need there.</summary>
internal sealed record RadiusRow(double Radius, Bound Alpha, Bound Hessian, double ValueUpper)
{
    /// <summary>4F/r², which the paper's criterion asks A(r) to exceed (rounded up).</summary>
    public double Threshold => DivUp(MulUp(4.0, ValueUpper), MulDown(Radius, Radius));

    /// <summary>r²A/(4F): the paper's criterion 4F &lt; r²A holds (certified) when this exceeds 1 (display; Z3 decides).</summary>
    public double CriterionRatio => Alpha.IsAvailable ? Radius * Radius * Alpha.Value / (4.0 * ValueUpper) : double.NaN;

    /// <summary>The admissible steps of (⋆) at this radius: η &lt; (2/B)(1 − 2√(F/A)/r) (README C3; display, ≤ 0 when none).</summary>
    public double StepBound => Alpha.IsAvailable && Hessian.IsAvailable && Alpha.Value > 0
        ? 2.0 / Hessian.Value * (1.0 - 2.0 * Math.Sqrt(ValueUpper / Alpha.Value) / Radius)
        : double.NaN;

    /// <summary>c_B²r²A/(4F) at step η, c_B = 1 − Bη/2: (⋆) holds (certified) when this exceeds 1 with c_B &gt; 0 (display; Z3 decides).</summary>
    public double StarRatio(double eta)
    {
        if (!Alpha.IsAvailable || !Hessian.IsAvailable)
        {
            return double.NaN;
        }
        double c = 1.0 - Hessian.Value * eta / 2.0;
        return c > 0 ? c * c * CriterionRatio : 0.0;
    }
}

/// <summary>
/// The scan over r (README C2, spec §7.5): α(x₀, r) is non-increasing in r, so each radius is certified on its own and any
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

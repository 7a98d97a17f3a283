using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>One radius of the scan: the bounds A(r) and B(r), and what the criterion and (⋆) need there.</summary>
internal sealed record RadiusRow(double Radius, Bound Alpha, Bound Hessian, double ValueUpper)
{
    /// <summary>4F/r², which the paper's criterion asks A(r) to exceed (rounded up).</summary>
    public double Threshold => DivUp(MulUp(4.0, ValueUpper), MulDown(Radius, Radius));

    /// <summary>r²A/(4F): the paper's criterion 4F &lt; r²A holds for these bounds when this exceeds 1 (display; Z3 decides).</summary>
    public double CriterionRatio => Alpha.IsAvailable ? Radius * Radius * Alpha.Value / (4.0 * ValueUpper) : double.NaN;

    /// <summary>The admissible steps of (⋆) at this radius: η &lt; (2/B)(1 − 2√(F/A)/r) (README C3; display, ≤ 0 when none).</summary>
    public double StepBound => Alpha.IsAvailable && Hessian.IsAvailable && Alpha.Value > 0
        ? 2.0 / Hessian.Value * (1.0 - 2.0 * Math.Sqrt(ValueUpper / Alpha.Value) / Radius)
        : double.NaN;

    /// <summary>c_B²r²A/(4F) at step η, c_B = 1 − Bη/2: (⋆) holds for these bounds when this exceeds 1 with c_B &gt; 0 (display; Z3 decides).</summary>
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

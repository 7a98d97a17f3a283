using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The factor by which a check's value and bound differ, oriented so that a factor above 1 means "holds by that factor"
/// and below 1 "fails by that factor": value/bound for a lower bound (≥, &gt;), bound/value for an upper bound (≤, &lt;).
/// Defined only when value and bound are finite and positive (a ratio to 0 or across signs is no factor), or equal
/// (factor 1). Unlike the relative margin, it does not saturate: a width off by 10²³ is 23 decades from 1, not −100 %.
/// </summary>
internal static class FactorOff
{
    /// <summary>The oriented factor, or null when value and bound have no meaningful ratio.</summary>
    public static double? Of(CheckReport check) => Of(check.Value, check.Relation, check.Bound);

    /// <inheritdoc cref="Of(CheckReport)"/>
    public static double? Of(double value, Relation relation, double bound)
    {
        if (!double.IsFinite(value) || !double.IsFinite(bound))
        {
            return null;
        }
        if (value == bound)
        {
            return 1;
        }
        if (value <= 0 || bound <= 0)
        {
            return null;
        }
        double factor = relation.IsUpperBound() ? bound / value : value / bound;
        return double.IsFinite(factor) && factor > 0 ? factor : null;
    }

    /// <summary>"holds ×2.5", "fails ×4.5e23", "×1 (at the bound)".</summary>
    public static string Text(double factor)
    {
        if (factor == 1)
        {
            return "×1 (at the bound)";
        }
        return factor > 1 ? $"holds ×{NumberFormat.Text(factor, 3)}" : $"fails ×{NumberFormat.Text(1 / factor, 3)}";
    }
}

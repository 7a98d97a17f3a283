using System.Globalization;
using System.Net;
using Verify.Core;

namespace Verify.Reports;

/// <summary>Small HTML formatting helpers: escaping and invariant number formatting.</summary>
internal static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// A probability interval with three decimals, rounded outward (lower down, upper up, ignoring 10⁻¹² of representation error) so the printed interval
    /// contains the exact one: "[0.158, 1]", "[0, 0.842]".
    /// </summary>
    public static string Interval(double lower, double upper) =>
        $"[{Probability(Math.Floor(lower * 1000 + 1e-9) / 1000)}, {Probability(Math.Ceiling(upper * 1000 - 1e-9) / 1000)}]";

    private static string Probability(double value) =>
        double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : NumberFormat.Text(value);

    /// <summary>A margin as a signed percentage; from 10⁵ % on with an exponent ("−1.2e21 %").</summary>
    public static string Percent(double value)
    {
        if (!double.IsFinite(value))
        {
            return NumberFormat.Text(value);
        }
        double percent = value * 100;
        if (Math.Abs(percent) < 1e5)
        {
            return percent.ToString("+0.##;−0.##;0", CultureInfo.InvariantCulture) + " %";
        }
        string magnitude = NumberFormat.Text(Math.Abs(percent), 3);
        return (percent < 0 ? "−" : "+") + magnitude + " %";
    }
}

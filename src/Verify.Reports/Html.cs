using System.Globalization;
using System.Net;

namespace Verify.Reports;

/// <summary>Small HTML formatting helpers: escaping and invariant number formatting.</summary>
internal static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number for a table: 6 significant digits, invariant culture, NaN and ±∞ spelled out.</summary>
    public static string Number(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "−∞",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    /// <summary>A margin as a signed percentage.</summary>
    public static string Percent(double value) =>
        double.IsFinite(value) ? (value * 100).ToString("+0.##;−0.##;0", CultureInfo.InvariantCulture) + " %" : Number(value);
}

using System.Globalization;

namespace Verify.Core;

/// <summary>
/// The one way numbers are written for readers — console, HTML, captions, notes (report.json keeps the exact doubles):
/// rounded to a number of significant digits (six by default), plain from 10⁻⁴ up to below 10⁶ ("262144", "0.000251445"),
/// otherwise mantissa and exponent ("7.05216e18", "1.937e-8"); trailing zeros dropped; NaN, ∞ and −∞ spelled out.
/// Invariant culture throughout.
/// </summary>
public static class NumberFormat
{
    public const int DefaultDigits = 6;

    /// <summary>The smallest and one past the largest decimal exponent written without one.</summary>
    private const int PlainFrom = -4, PlainBelow = 6;

    /// <summary>A count (a width, a number of steps) exactly: "2097152".</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="value"/> to <paramref name="digits"/> significant digits (1 … 17; 17 tells every double apart, for a
    /// number whose last digits matter, such as a contraction factor just below 1).
    /// </summary>
    public static string Text(double value, int digits = DefaultDigits)
    {
        var parts = Parts(value, digits);
        return parts.Exponent is { } exponent ? $"{parts.Mantissa}e{exponent.ToString(CultureInfo.InvariantCulture)}" : parts.Mantissa;
    }

    /// <summary>
    /// The rounded value as a mantissa and, outside the plain range, a decimal exponent (value ≈ mantissa·10^exponent,
    /// 1 ≤ |mantissa| &lt; 10); inside it, the plain number and no exponent. For typesetting the exponent differently.
    /// </summary>
    public static (string Mantissa, int? Exponent) Parts(double value, int digits = DefaultDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 17);
        if (!double.IsFinite(value))
        {
            return (double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞", null);
        }
        if (value == 0)
        {
            return ("0", null);
        }
        // "E" rounds the mantissa first, so the exponent is the rounded value's (9.9999996 → 1.00000E+001)
        string scientific = value.ToString("E" + (digits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int split = scientific.IndexOf('E', StringComparison.Ordinal);
        int exponent = int.Parse(scientific.AsSpan(split + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = TrimZeros(scientific[..split]);
        if (exponent is < PlainFrom or >= PlainBelow)
        {
            return (mantissa, exponent);
        }
        return (Plain(scientific[..split], exponent), null);
    }

    /// <summary>The rounded mantissa's digits ("-9.99E…") placed around the decimal point for the exponent.</summary>
    private static string Plain(string mantissa, int exponent)
    {
        string sign = mantissa.StartsWith('-') ? "-" : "";
        string digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        string text = exponent < 0
            ? "0." + new string('0', -exponent - 1) + digits
            : digits.PadRight(exponent + 1, '0').Insert(exponent + 1, ".");
        return sign + TrimZeros(text);
    }

    private static string TrimZeros(string mantissa) =>
        mantissa.Contains('.', StringComparison.Ordinal) ? mantissa.TrimEnd('0').TrimEnd('.') : mantissa;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Verify.Setup;

/// <summary>How CSV cells are read as numbers: the invariant culture only ('.' decimals, optional exponent).</summary>
internal static partial class CsvNumbers
{
    private const NumberStyles Style = NumberStyles.Float;

    /// <summary>Parses a cell; true also for NaN and ±∞ (which the caller reports), false for anything else.</summary>
    public static bool TryParse(string cell, out double value)
    {
        if (double.TryParse(cell, Style, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        string trimmed = cell.Trim().ToLowerInvariant();
        if (trimmed is "inf" or "+inf" or "∞" or "+∞")
        {
            value = double.PositiveInfinity;
            return true;
        }
        if (trimmed is "-inf" or "-∞")
        {
            value = double.NegativeInfinity;
            return true;
        }
        return false;
    }

    /// <summary>Whether the cell reads as a number (NaN and ±∞ included).</summary>
    public static bool IsNumberLike(string cell) => TryParse(cell, out _);

    /// <summary>Whether the cell looks like a number written with a decimal comma, such as <c>1,5</c>.</summary>
    public static bool IsDecimalComma(string cell) => DecimalComma().IsMatch(cell);

    /// <summary>Why a cell is not a number, for the message.</summary>
    public static string Explain(string cell)
    {
        string trimmed = cell.Trim(' ', '\t');
        if (trimmed.Length == 0)
        {
            return "empty cell; expected a number";
        }
        string hint = trimmed.Any(c => c is ' ' or '\t') ? " (values must be separated by commas)" : "";
        return $"{JsonText.Quote(trimmed)} is not a number{hint}; expected a decimal number with '.' as the decimal point, such as 1.5 or -2e-3";
    }

    /// <summary>What a non-finite value is, for the message.</summary>
    public static string ExplainNonFinite(string cell, double value)
    {
        string trimmed = cell.Trim(' ', '\t');
        string what = double.IsNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
        bool written = trimmed.Contains("nan", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains("inf", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains('∞');
        string found = !written ? $"{JsonText.Quote(trimmed)}, which overflows to {what}"
            : trimmed == what ? what
            : $"{JsonText.Quote(trimmed)} ({what})";
        return $"found {found}; every value must be a finite number";
    }

    [GeneratedRegex(@"^\s*[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex DecimalComma();
}

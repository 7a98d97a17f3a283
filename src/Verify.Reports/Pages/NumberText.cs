using System.Globalization;
using Verify.Core;

namespace Verify.Reports;

/// <summary>Short number texts for plot labels and summary tables (invariant culture).</summary>
internal static class NumberText
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>An integer in superscript digits, e.g. −3 → "⁻³".</summary>
    public static string Superscript(int exponent)
    {
        string digits = Math.Abs((long)exponent).ToString(CultureInfo.InvariantCulture);
        var text = new char[digits.Length];
        for (int i = 0; i < digits.Length; i++)
        {
            text[i] = SuperscriptDigits[digits[i] - '0'];
        }
        return (exponent < 0 ? "⁻" : "") + new string(text);
    }

    /// <summary>"10ⁿ" for a decade.</summary>
    public static string PowerOfTen(int exponent) => "10" + Superscript(exponent);

    /// <summary>
    /// <see cref="NumberFormat"/> at three significant digits with a typeset exponent, for plots: "1.2×10²⁹", "10⁻⁷",
    /// "4000", "0.0123".
    /// </summary>
    public static string Typeset(double value)
    {
        var (mantissa, exponent) = NumberFormat.Parts(value, 3);
        if (exponent is not { } e)
        {
            return mantissa;
        }
        string sign = mantissa.StartsWith('-') ? "−" : "";
        string magnitude = mantissa.TrimStart('-');
        return magnitude == "1" ? sign + PowerOfTen(e) : sign + magnitude + "×" + PowerOfTen(e);
    }
}

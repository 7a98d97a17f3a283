using System.Globalization;

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
    /// Three significant digits, plain between 10⁻³ and 10⁵ ("4000", "0.0123"), otherwise mantissa and
    /// exponent ("1.2e29", "3e-7"). NaN and ±∞ are spelled out.
    /// </summary>
    public static string Compact(double value)
    {
        if (!double.IsFinite(value))
        {
            return Html.Number(value);
        }
        if (value == 0)
        {
            return "0";
        }
        var (mantissa, exponent) = Decompose(value);
        if (exponent is >= -3 and < 5)
        {
            double rounded = mantissa * Math.Pow(10, exponent);
            return rounded.ToString("0.#####", CultureInfo.InvariantCulture);
        }
        return mantissa.ToString("0.##", CultureInfo.InvariantCulture) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Like <see cref="Compact"/> but with a typeset exponent for plots: "1.2×10²⁹".</summary>
    public static string Typeset(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return Compact(value);
        }
        var (mantissa, exponent) = Decompose(value);
        if (exponent is >= -3 and < 5)
        {
            return Compact(value);
        }
        string sign = mantissa < 0 ? "−" : "";
        double magnitude = Math.Abs(mantissa);
        return magnitude == 1
            ? sign + PowerOfTen(exponent)
            : sign + magnitude.ToString("0.##", CultureInfo.InvariantCulture) + "×" + PowerOfTen(exponent);
    }

    /// <summary>value = mantissa·10^exponent with 1 ≤ |mantissa| &lt; 10, the mantissa rounded to 3 significant digits.</summary>
    private static (double Mantissa, int Exponent) Decompose(double value)
    {
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        double mantissa = Math.Round(value / Math.Pow(10, exponent), 2);
        if (Math.Abs(mantissa) >= 10)
        {
            mantissa /= 10;
            exponent++;
        }
        else if (Math.Abs(mantissa) < 1)
        {
            mantissa *= 10;
            exponent--;
        }
        return (mantissa, exponent);
    }
}

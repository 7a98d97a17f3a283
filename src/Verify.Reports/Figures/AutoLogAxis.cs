using System.Globalization;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Whether a figure's y axis is drawn logarithmic: when the figure asks for it, or when its positive finite values
/// span more than <see cref="Decades"/> decades (on a linear axis the smaller curve would be a flat line at 0). Values
/// that are not positive cannot be drawn on a log axis: they are left out, and <see cref="Note"/> says how many.
/// </summary>
internal static class AutoLogAxis
{
    /// <summary>The span (log10 of largest/smallest positive value) above which a linear axis hides the smaller curves.</summary>
    public const double Decades = 2;

    public static bool LogY(Figure figure) => figure.LogY || Span(figure) > Decades;

    /// <summary>For an axis chosen here (not asked for): "log y axis: the positive values span 4.2 decades; 3 zero values left out".</summary>
    public static string? Note(Figure figure)
    {
        if (figure.LogY || !LogY(figure))
        {
            return null;
        }
        int nonPositive = Values(figure).Count(v => v <= 0);
        string span = Span(figure).ToString("0.#", CultureInfo.InvariantCulture);
        string left = nonPositive == 0 ? "" : $"; {nonPositive} value{(nonPositive == 1 ? "" : "s")} ≤ 0 left out (a log axis cannot show them)";
        return $"log y axis: the positive values span {span} decades{left}.";
    }

    private static double Span(Figure figure)
    {
        var positive = Values(figure).Where(v => v > 0).ToList();
        return positive.Count < 2 ? 0 : Math.Log10(positive.Max() / positive.Min());
    }

    private static IEnumerable<double> Values(Figure figure) => figure.Series.SelectMany(s => s.Y).Where(double.IsFinite);
}

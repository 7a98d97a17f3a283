using System.Globalization;
using ScottPlot.TickGenerators;
using ScottPlot;

namespace Verify.Reports;

/// <summary>
/// Tick marks for an axis that shows log10 of the data (ScottPlot 5 has no true log axis). Over several
/// decades: labelled decades 10ⁿ (every k-th when there are many) with minor ticks at 2…9 × 10ⁿ. Over at
/// most two decades: labelled 1, 2, 5 × 10ⁿ, or when those are too sparse 1 … 9 × 10ⁿ over more than a decade and a
/// linear "nice" step in data units within one, so a narrow range such as λ_min between 0.4 and 0.8 (or a loss
/// between 7 and 14) is labelled across its whole height.
/// </summary>
internal static class LogTicks
{
    private const int MaxLabels = 8;

    /// <summary>The ticks for the log10 range [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static IReadOnlyList<Tick> For(double low, double high)
    {
        var ticks = new List<Tick>();
        int firstDecade = (int)Math.Ceiling(low - 1e-9);
        int lastDecade = (int)Math.Floor(high + 1e-9);
        if (lastDecade - firstDecade >= 2)
        {
            AddDecades(ticks, low, high, firstDecade, lastDecade);
            return ticks;
        }
        foreach (int[] mantissas in new[] { new[] { 1, 2, 5 }, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 } })
        {
            if (mantissas.Length == 9 && high - low < 1)
            {
                break; // within a decade the labels 7, 8, 9, 10 would leave 10 … 14 bare: a linear step labels it all
            }
            var positions = MantissaPositions(low, high, mantissas);
            if (positions.Count >= 3 || (mantissas.Length == 9 && positions.Count >= 2))
            {
                ticks.AddRange(positions.Select(p => Tick.Major(p.Position, p.Label)));
                if (mantissas.Length == 3)
                {
                    ticks.AddRange(MantissaPositions(low, high, [3, 4, 6, 7, 8, 9]).Select(p => Tick.Minor(p.Position)));
                }
                return ticks;
            }
        }
        AddLinear(ticks, Math.Pow(10, low), Math.Pow(10, high));
        return ticks;
    }

    /// <summary>A tick generator with <see cref="For"/>'s ticks.</summary>
    public static NumericManual Generator(double low, double high) => new([.. For(low, high)]);

    private static void AddDecades(List<Tick> ticks, double low, double high, int firstDecade, int lastDecade)
    {
        int decades = lastDecade - firstDecade + 1;
        int step = (decades + MaxLabels - 1) / MaxLabels;
        for (int decade = (int)Math.Floor(low); decade <= (int)Math.Ceiling(high); decade++)
        {
            if (decade >= low - 1e-9 && decade <= high + 1e-9)
            {
                ticks.Add(decade % step == 0 ? Tick.Major(decade, NumberText.PowerOfTen(decade)) : Tick.Minor(decade));
            }
            if (step == 1)
            {
                for (int mantissa = 2; mantissa <= 9; mantissa++)
                {
                    double position = decade + Math.Log10(mantissa);
                    if (position >= low && position <= high)
                    {
                        ticks.Add(Tick.Minor(position));
                    }
                }
            }
        }
    }

    private static List<(double Position, string Label)> MantissaPositions(double low, double high, int[] mantissas)
    {
        var positions = new List<(double, string)>();
        for (int decade = (int)Math.Floor(low); decade <= (int)Math.Ceiling(high); decade++)
        {
            foreach (int mantissa in mantissas)
            {
                double position = decade + Math.Log10(mantissa);
                if (position >= low - 1e-9 && position <= high + 1e-9)
                {
                    positions.Add((position, NumberText.Typeset(mantissa * Math.Pow(10, decade))));
                }
            }
        }
        return positions;
    }

    private static void AddLinear(List<Tick> ticks, double low, double high)
    {
        double step = NiceStep((high - low) / 5);
        double first = Math.Ceiling(low / step) * step;
        if (!(step > 0) || !double.IsFinite(first) || first + step == first)
        {
            // a range narrower than a few ulps of its values (a flat curve): one labelled tick, no step to take
            ticks.Add(Tick.Major(Math.Log10(low), NumberText.Typeset(low)));
            return;
        }
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step)) + 1);
        for (double value = first; value <= high * (1 + 1e-12) && ticks.Count <= 2 * MaxLabels; value += step)
        {
            double rounded = Math.Round(value, Math.Min(decimals, 15));
            string label = Math.Abs(Math.Log10(rounded)) < 5
                ? rounded.ToString("0.##########", CultureInfo.InvariantCulture)
                : NumberText.Typeset(rounded);
            ticks.Add(Tick.Major(Math.Log10(rounded), label));
        }
    }

    /// <summary>1, 2 or 5 × 10ⁿ, the nearest at or above <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / decade;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * decade;
    }
}

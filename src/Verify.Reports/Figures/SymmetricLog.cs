using ScottPlot;

namespace Verify.Reports;

/// <summary>
/// The transform t = sign(m)·log10(1 + |m|) used for margin charts: linear near 0, logarithmic for large
/// |m|, defined for every sign, so a +5 % margin and a −10¹⁹ one fit on one axis.
/// </summary>
internal static class SymmetricLog
{
    public static double Transform(double margin) => Math.Sign(margin) * Math.Log10(1 + Math.Abs(margin));

    /// <summary>Ticks over [<paramref name="low"/>, <paramref name="high"/>] (transformed units), labelled with m as a percentage.</summary>
    public static IReadOnlyList<Tick> Ticks(double low, double high)
    {
        double extent = Math.Max(Math.Abs(low), Math.Abs(high));
        var magnitudes = new List<double>();
        if (extent <= Transform(1) + 1e-9)
        {
            magnitudes.AddRange([0.1, 0.25, 0.5, 1]);
        }
        else if (extent <= Transform(10) + 1e-9)
        {
            magnitudes.AddRange([0.5, 1, 2, 5, 10]);
        }
        else
        {
            int decades = (int)Math.Ceiling(extent);
            int step = Math.Max(1, (decades + 3) / 4);
            magnitudes.Add(1);
            for (int decade = step; decade <= decades; decade += step)
            {
                magnitudes.Add(Math.Pow(10, decade));
            }
        }

        var ticks = new List<Tick> { Tick.Major(0, "0 %") };
        foreach (double magnitude in magnitudes)
        {
            double position = Transform(magnitude);
            if (position <= high + 1e-9)
            {
                ticks.Add(Tick.Major(position, PercentLabel(magnitude, "+")));
            }
            if (-position >= low - 1e-9)
            {
                ticks.Add(Tick.Major(-position, PercentLabel(magnitude, "−")));
            }
        }
        return Thin(ticks, (high - low) / 7);
    }

    /// <summary>Drops ticks closer than <paramref name="spacing"/> to one already kept, working outwards from 0, so labels never collide.</summary>
    private static List<Tick> Thin(List<Tick> ticks, double spacing)
    {
        var kept = new List<Tick>();
        foreach (var tick in ticks.OrderBy(t => Math.Abs(t.Position)).ThenBy(t => t.Position))
        {
            if (kept.All(k => Math.Abs(k.Position - tick.Position) >= spacing))
            {
                kept.Add(tick);
            }
        }
        return [.. kept.OrderBy(t => t.Position)];
    }

    /// <summary>"+50 %", "−100 %", "+10³ %": powers of ten from 1000 % on are typeset as such.</summary>
    private static string PercentLabel(double magnitude, string sign)
    {
        double percent = magnitude * 100;
        double decade = Math.Round(Math.Log10(percent));
        bool powerOfTen = Math.Abs(percent - Math.Pow(10, decade)) <= 1e-9 * percent;
        return sign + (powerOfTen && decade >= 3 ? NumberText.PowerOfTen((int)decade) : NumberText.Compact(percent)) + " %";
    }
}

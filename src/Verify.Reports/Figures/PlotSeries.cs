using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A <see cref="Series"/> made ready to draw: non-finite points (and, on a log axis, non-positive values)
/// left out and counted, a value replaced by its log10 on a log axis, long curves decimated.
/// </summary>
internal sealed record PlotSeries(string Name, double[] X, double[] Y, bool IsReferenceLine, int LeftOut, int ZerosLeftOut = 0)
{
    public static PlotSeries From(Series series, bool logY, int maxPoints, bool logX = false)
    {
        int count = Math.Min(series.X.Count, series.Y.Count);
        var x = new List<double>(count);
        var y = new List<double>(count);
        int zeros = 0;
        for (int i = 0; i < count; i++)
        {
            double xi = series.X[i];
            double yi = series.Y[i];
            if (!double.IsFinite(xi) || !double.IsFinite(yi) || (logY && yi <= 0) || (logX && xi <= 0))
            {
                bool zero = (logY && yi == 0) || (logX && xi == 0);
                bool negative = (logY && yi < 0) || (logX && xi < 0);
                zeros += double.IsFinite(xi) && double.IsFinite(yi) && zero && !negative ? 1 : 0;
                continue;
            }
            x.Add(logX ? Math.Log10(xi) : xi);
            y.Add(logY ? Math.Log10(yi) : yi);
        }
        var (keptX, keptY) = Decimation.MinMax([.. x], [.. y], maxPoints);
        return new PlotSeries(series.Name, keptX, keptY, IsReference(series), count - x.Count, zeros);
    }

    /// <summary>A series marked <see cref="Series.Reference"/>, or a constant two-point one (<see cref="Series.Constant"/>): drawn dashed.</summary>
    private static bool IsReference(Series series) => series.Reference ||
        series.X.Count == 2 && series.Y.Count == 2 && series.Y[0].Equals(series.Y[1]);

    /// <summary>The legend text, saying how many points could not be drawn: zeros on a log axis (e.g. a distance at step 0) apart from the rest.</summary>
    public string LegendText(bool logY, bool logX = false)
    {
        var parts = new List<string>();
        if (ZerosLeftOut > 0)
        {
            parts.Add(ZerosLeftOut == 1 ? "a value 0 not drawn on the log axis" : $"{ZerosLeftOut} values 0 not drawn on the log axis");
        }
        int others = LeftOut - ZerosLeftOut;
        if (others > 0)
        {
            parts.Add($"{others} {(logY || logX ? "negative or non-finite" : "non-finite")} left out");
        }
        return parts.Count == 0 ? Name : $"{Name} ({string.Join("; ", parts)})";
    }
}

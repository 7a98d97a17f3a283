using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A <see cref="Series"/> made ready to draw: non-finite points (and, on a log axis, non-positive values)
/// left out and counted, a value replaced by its log10 on a log axis, long curves decimated.
/// </summary>
internal sealed record PlotSeries(string Name, double[] X, double[] Y, bool IsReferenceLine, int LeftOut)
{
    public static PlotSeries From(Series series, bool logY, int maxPoints, bool logX = false)
    {
        int count = Math.Min(series.X.Count, series.Y.Count);
        var x = new List<double>(count);
        var y = new List<double>(count);
        for (int i = 0; i < count; i++)
        {
            double xi = series.X[i];
            double yi = series.Y[i];
            if (!double.IsFinite(xi) || !double.IsFinite(yi) || (logY && yi <= 0) || (logX && xi <= 0))
            {
                continue;
            }
            x.Add(logX ? Math.Log10(xi) : xi);
            y.Add(logY ? Math.Log10(yi) : yi);
        }
        var (keptX, keptY) = Decimation.MinMax([.. x], [.. y], maxPoints);
        return new PlotSeries(series.Name, keptX, keptY, IsReference(series), count - x.Count);
    }

    /// <summary>A constant two-point series, as made by <see cref="Series.Constant"/>: a bound drawn dashed.</summary>
    private static bool IsReference(Series series) =>
        series.X.Count == 2 && series.Y.Count == 2 && series.Y[0].Equals(series.Y[1]);

    /// <summary>The legend text, saying how many points could not be drawn.</summary>
    public string LegendText(bool logY, bool logX = false)
    {
        if (LeftOut == 0)
        {
            return Name;
        }
        string what = logY || logX ? "non-positive or non-finite" : "non-finite";
        return $"{Name} ({LeftOut} {what} left out)";
    }
}

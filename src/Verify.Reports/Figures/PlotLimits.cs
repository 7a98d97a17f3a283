namespace Verify.Reports;

/// <summary>Axis limits around the drawn points, with a little room above and below the curves (and, if asked, left and right).</summary>
internal readonly record struct PlotLimits(double Left, double Right, double Bottom, double Top)
{
    public static PlotLimits Of(IReadOnlyList<PlotSeries> series, bool logY, XAxisOptions xAxis = default)
    {
        var xs = series.SelectMany(s => s.X).ToList();
        var ys = series.SelectMany(s => s.Y).ToList();
        if (xs.Count == 0)
        {
            return logY ? new PlotLimits(0, 1, -1, 1) : new PlotLimits(0, 1, 0, 1);
        }
        var (left, right) = Widen(xs.Min(), xs.Max(), xAxis.Padded ? 0.06 : 0, xAxis.Log);
        var (bottom, top) = Widen(ys.Min(), ys.Max(), 0.06, logY);
        return new PlotLimits(left, right, bottom, top);
    }

    private static (double Low, double High) Widen(double low, double high, double fraction, bool log)
    {
        if (high > low)
        {
            double pad = (high - low) * fraction;
            return (low - pad, high + pad);
        }
        double half = log ? 0.5 : low == 0 ? 1 : Math.Abs(low) * 0.1;
        return (low - half, high + half);
    }
}

namespace Verify.PeerBench;

/// <summary>Medians and least-squares slopes.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /// <summary>
    /// The least-squares line log10 y = intercept + slope·log10 x through positive points: the exponent p of y ∝ xᵖ.
    /// </summary>
    public static (double Slope, double Intercept) LogLogFit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var lx = x.Select(Math.Log10).ToArray();
        var ly = y.Select(Math.Log10).ToArray();
        double mx = lx.Average(), my = ly.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < lx.Length; i++)
        {
            sxy += (lx[i] - mx) * (ly[i] - my);
            sxx += (lx[i] - mx) * (lx[i] - mx);
        }

        var slope = sxx > 0 ? sxy / sxx : double.NaN;
        return (slope, my - (slope * mx));
    }
}

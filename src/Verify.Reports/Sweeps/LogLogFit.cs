namespace Verify.Reports;

/// <summary>
/// The least-squares line through (log10 x, log10 y): y ≈ 10^Intercept · x^Slope, the measured power law of a
/// quantity against a parameter. Fitted on the points with x and y positive and finite; null with fewer than two
/// distinct x.
/// </summary>
internal sealed record LogLogFit(double Slope, double Intercept, double MeanLogX, double MeanLogY)
{
    public static LogLogFit? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var points = x.Zip(y)
            .Where(p => p.First > 0 && p.Second > 0 && double.IsFinite(p.First) && double.IsFinite(p.Second))
            .Select(p => (X: Math.Log10(p.First), Y: Math.Log10(p.Second)))
            .ToList();
        if (points.Select(p => p.X).Distinct().Count() < 2)
        {
            return null;
        }
        double meanX = points.Average(p => p.X);
        double meanY = points.Average(p => p.Y);
        double slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / points.Sum(p => (p.X - meanX) * (p.X - meanX));
        return new LogLogFit(slope, meanY - slope * meanX, meanX, meanY);
    }

    /// <summary>y = 10^(MeanLogY + exponent·(log10 x − MeanLogX)): a power law of the given exponent through the data's centroid.</summary>
    public double Through(double x, double exponent) => Math.Pow(10, MeanLogY + exponent * (Math.Log10(x) - MeanLogX));

    /// <summary>"−0.48": a slope with two decimals and a true minus sign.</summary>
    public static string Text(double slope) =>
        (slope < 0 ? "−" : "") + Math.Abs(slope).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

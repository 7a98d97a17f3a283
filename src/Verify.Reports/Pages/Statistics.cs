namespace Verify.Reports;

/// <summary>Summary statistics for report tables.</summary>
internal static class Statistics
{
    /// <summary>The median of the finite values (mean of the two middle ones for an even count), NaN when there is none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

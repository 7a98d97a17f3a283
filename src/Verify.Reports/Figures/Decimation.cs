namespace Verify.Reports;

/// <summary>
/// Thins a long curve for plotting: min–max decimation over equal index buckets. The first and last points
/// and, in every bucket, the lowest and highest point are kept in their original order, so peaks and the
/// global extremes survive and the drawn envelope is unchanged at plot resolution.
/// </summary>
internal static class Decimation
{
    public static (double[] X, double[] Y) MinMax(double[] x, double[] y, int maxPoints)
    {
        if (maxPoints < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "at least 4 points are kept");
        }
        int count = x.Length;
        if (count <= maxPoints)
        {
            return (x, y);
        }
        int interior = count - 2;
        int buckets = (maxPoints - 2) / 2;
        var keptX = new List<double>(maxPoints) { x[0] };
        var keptY = new List<double>(maxPoints) { y[0] };
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            int start = 1 + (int)((long)interior * bucket / buckets);
            int end = 1 + (int)((long)interior * (bucket + 1) / buckets);
            int lowest = start;
            int highest = start;
            for (int i = start + 1; i < end; i++)
            {
                if (y[i] < y[lowest])
                {
                    lowest = i;
                }
                if (y[i] > y[highest])
                {
                    highest = i;
                }
            }
            int first = Math.Min(lowest, highest);
            int second = Math.Max(lowest, highest);
            keptX.Add(x[first]);
            keptY.Add(y[first]);
            if (second != first)
            {
                keptX.Add(x[second]);
                keptY.Add(y[second]);
            }
        }
        keptX.Add(x[^1]);
        keptY.Add(y[^1]);
        return ([.. keptX], [.. keptY]);
    }
}

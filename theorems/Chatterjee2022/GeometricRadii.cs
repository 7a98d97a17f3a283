namespace Verify.Theorems.Chatterjee2022;

/// <summary>The radii of a scan.</summary>
internal static class GeometricRadii
{
    /// <summary><paramref name="count"/> radii from <paramref name="from"/> to <paramref name="to"/>, equally spaced in log r.</summary>
    public static IReadOnlyList<double> Between(double from, double to, int count) =>
        [.. Enumerable.Range(0, count).Select(i => from * Math.Pow(to / from, i / (double)(count - 1)))];
}

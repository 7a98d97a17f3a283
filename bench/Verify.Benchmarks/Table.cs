using System.Globalization;
using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// The result table. "vs managed" is the speed-up: managed median time / backend median time at the same shape;
/// where managed ran a smaller shape (DGEMM), it is the ratio of GFLOP/s instead, marked with *.
/// </summary>
internal static class Table
{
    private const string Format = "{0,-27} {1,-10} {2,-9} {3,9} {4,9} {5,9} {6,8} {7,11}";

    public static void Write(TextWriter output, IReadOnlyList<Measurement> measurements, IReadOnlyList<string> notes)
    {
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, Format,
            "workload", "shape", "backend", "median s", "min s", "max s", "GFLOP/s", "vs managed"));
        output.WriteLine(new string('-', 99));
        var starred = false;
        foreach (var group in measurements.GroupBy(m => m.Workload))
        {
            var managed = group.FirstOrDefault(m => m.Backend == BackendKind.Managed);
            foreach (var m in group)
            {
                var (ratio, star) = SpeedUp(m, managed);
                starred |= star;
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, Format,
                    m.Workload, m.Shape, BackendSet.Label(m.Backend), Seconds(m.Median), Seconds(m.Min), Seconds(m.Max),
                    m.GigaflopsPerSecond is { } g ? g.ToString("F1", CultureInfo.InvariantCulture) : "",
                    ratio));
            }
        }

        output.WriteLine();
        if (starred)
        {
            output.WriteLine("* managed ran DGEMM at a smaller n (see shape); the ratio is of GFLOP/s (2n^3 / median time).");
        }

        output.WriteLine("GFLOP/s = 2n^3 / median time. vs managed = managed median / backend median (speed-up).");
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }
    }

    private static (string Text, bool Starred) SpeedUp(Measurement m, Measurement? managed)
    {
        if (managed is null)
        {
            return ("-", false);
        }

        if (managed.Shape == m.Shape)
        {
            return (Ratio(managed.Median / m.Median, ""), false);
        }

        return m.GigaflopsPerSecond is { } g && managed.GigaflopsPerSecond is { } gm
            ? (Ratio(g / gm, "*"), true)
            : ("-", false);
    }

    private static string Ratio(double ratio, string mark) =>
        ratio.ToString(ratio >= 10 ? "F0" : "F1", CultureInfo.InvariantCulture) + "x" + mark;

    private static string Seconds(double s) =>
        s.ToString(s >= 10 ? "F2" : s >= 0.1 ? "F3" : "F4", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Verify.PeerBench;

/// <summary>
/// The check that every contender computed the same thing: the largest relative deviation of each contender's result
/// values from the first contender's. Above <see cref="Tolerance"/> the note says MISMATCH.
/// </summary>
internal static class Agreement
{
    /// <summary>Rounding differences between BLAS libraries are ~1e-13; a wrong algorithm is far above this.</summary>
    public const double Tolerance = 1e-8;

    public static string Describe(IReadOnlyList<Contender> contenders)
    {
        var reference = contenders[0].Result();
        if (reference.Count == 0)
        {
            return "no result to compare (timing only)";
        }

        var parts = new List<string>();
        foreach (var contender in contenders.Skip(1))
        {
            var values = contender.Result();
            if (values.Count == 0)
            {
                continue;
            }

            var deviation = Deviation(reference, values);
            var verdict = deviation <= Tolerance ? "" : " MISMATCH";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{contender.Label} {deviation:E1}{verdict}"));
        }

        var values0 = string.Join(", ", reference.Select(v => v.ToString("G10", CultureInfo.InvariantCulture)));
        return parts.Count == 0
            ? $"result {values0}"
            : $"result {values0} ({contenders[0].Label}); max rel. deviation: {string.Join(", ", parts)}";
    }

    private static double Deviation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            return double.PositiveInfinity;
        }

        var max = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            var scale = Math.Max(Math.Abs(x[i]), double.Epsilon);
            max = Math.Max(max, Math.Abs(x[i] - y[i]) / scale);
        }

        return max;
    }
}

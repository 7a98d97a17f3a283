using Verify.Numerics;

namespace Verify.Benchmarks;

/// <summary>
/// A sanity check that the backends computed the same thing: the largest deviation of each backend's output from
/// the first backend's (same shape only), relative to the largest magnitude in the reference output.
/// </summary>
internal static class Agreement
{
    /// <summary>Above this the check line says MISMATCH (a wrong binding would be far above; rounding is ~1e-13).</summary>
    private const double Tolerance = 1e-8;

    public static string? Describe(string workload, IReadOnlyList<ILinearAlgebraBackend> backends, IReadOnlyList<Trial> trials)
    {
        if (trials.Count < 2)
        {
            return null;
        }

        var reference = trials[0].Result();
        var scale = reference.Length == 0 ? 1.0 : reference.Max(Math.Abs);
        var parts = new List<string>();
        for (var i = 1; i < trials.Count; i++)
        {
            if (trials[i].Shape != trials[0].Shape)
            {
                continue;
            }

            var deviation = MaxDeviation(reference, trials[i].Result()) / scale;
            var verdict = deviation <= Tolerance ? "" : " MISMATCH";
            parts.Add($"{BackendSet.Label(backends[i].Description.Kind)} {deviation:E1}{verdict}");
        }

        return parts.Count == 0
            ? null
            : $"{workload} ({trials[0].Shape}): max rel. deviation from {BackendSet.Label(backends[0].Description.Kind)}: {string.Join(", ", parts)}";
    }

    private static double MaxDeviation(double[] x, double[] y)
    {
        if (x.Length != y.Length)
        {
            return double.PositiveInfinity;
        }

        var max = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            max = Math.Max(max, Math.Abs(x[i] - y[i]));
        }

        return max;
    }
}

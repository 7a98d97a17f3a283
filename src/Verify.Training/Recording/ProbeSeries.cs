using Verify.Numerics;

namespace Verify.Training;

/// <summary>The values one probe recorded along a trajectory.</summary>
/// <param name="Name">The probe's name (see <see cref="IProbe.Name"/>).</param>
/// <param name="Steps">The steps k at which it was recorded, ascending.</param>
/// <param name="Values">The value at each of <paramref name="Steps"/>.</param>
/// <param name="ErrorBounds">A bound on the absolute error of each value, or null when the probe gives none.</param>
public sealed record ProbeSeries(string Name, IReadOnlyList<int> Steps, IReadOnlyList<double> Values, IReadOnlyList<double>? ErrorBounds = null)
{
    /// <summary>
    /// The certified enclosure of the exact quantity at each of <see cref="Steps"/> (scheduled probes that prove one,
    /// <see cref="ProbeValue.Certified"/>), or null when the probe gives none.
    /// </summary>
    public IReadOnlyList<Enclosure>? Enclosures { get; init; }

    /// <summary>The number of recorded values.</summary>
    public int Count => Values.Count;
}

namespace Verify.PeerBench;

/// <summary>One point of a sweep: the swept parameter's value and the comparison measured there.</summary>
internal sealed record SweepPoint(int Value, Comparison Comparison);

/// <summary>A sweep over one parameter, with the least-squares log-log slope of each contender's median time.</summary>
/// <param name="Parameter">"m" or "n".</param>
/// <param name="Title">The figure's title.</param>
/// <param name="Points">The measurements, in increasing order of the parameter.</param>
internal sealed record Sweep(string Parameter, string Title, IReadOnlyList<SweepPoint> Points)
{
    /// <summary>The contenders' labels, in the order they ran.</summary>
    public IReadOnlyList<string> Labels => [.. Points[0].Comparison.Timings.Select(t => t.Label)];

    public IReadOnlyList<double> Values => [.. Points.Select(p => (double)p.Value)];

    /// <summary>The median seconds of the contender labelled <paramref name="label"/> at every point.</summary>
    public IReadOnlyList<double> Medians(string label) =>
        [.. Points.Select(p => p.Comparison.Timings.Single(t => t.Label == label).Median)];

    public (double Slope, double Intercept) Fit(string label) => Statistics.LogLogFit(Values, Medians(label));
}

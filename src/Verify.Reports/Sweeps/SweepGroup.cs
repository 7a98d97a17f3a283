using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A sweep read by <see cref="ParameterSweep"/>: the scenarios of a theorem that declare the sweep
/// <see cref="Family"/>, at the values of its numeric parameter <see cref="Axis"/>, in increasing order of it.
/// </summary>
internal sealed record SweepGroup(string Family, string Axis, IReadOnlyList<SweepPoint> Points)
{
    /// <summary>The instances of one point's scenario, lowest index first.</summary>
    public static IReadOnlyList<InstanceReport> InstancesOf(SweepPoint point, IReadOnlyList<InstanceReport> instances) =>
        [.. instances.Where(i => i.Scenario == point.Scenario.Id).OrderBy(i => i.Index)];

    /// <summary>"m = 100": the legend text of a point.</summary>
    public string Label(SweepPoint point) => $"{Axis} = {point.Text}";
}

/// <summary>One scenario of a <see cref="SweepGroup"/> with its value of the axis, as shown and as a number.</summary>
internal sealed record SweepPoint(ScenarioSummary Scenario, string Text, double Value);

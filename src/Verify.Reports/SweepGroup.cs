using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// A sweep recognised by <see cref="ParameterSweep"/>: the scenarios "<see cref="Prefix"/>-…" of a theorem,
/// which differ in the numeric parameter <see cref="Parameter"/>, in increasing order of it.
/// </summary>
internal sealed record SweepGroup(string Prefix, string Parameter, IReadOnlyList<SweepPoint> Points)
{
    /// <summary>The instances of one point's scenario, lowest index first.</summary>
    public static IReadOnlyList<InstanceReport> InstancesOf(SweepPoint point, IReadOnlyList<InstanceReport> instances) =>
        [.. instances.Where(i => i.Scenario == point.Scenario.Id).OrderBy(i => i.Index)];

    /// <summary>"m = 100": the legend text of a point.</summary>
    public string Label(SweepPoint point) => $"{Parameter} = {point.Text}";
}

/// <summary>One scenario of a <see cref="SweepGroup"/> with its value of the varying parameter, as written and as a number.</summary>
internal sealed record SweepPoint(ScenarioSummary Scenario, string Text, double Value);

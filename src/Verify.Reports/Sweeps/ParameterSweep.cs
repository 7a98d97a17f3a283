using System.Globalization;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Reads the sweeps a theorem's scenarios declare (<see cref="ScenarioSummary.Sweep"/>): the scenarios of one
/// family, at the value of the declared axis that their instances report as a numeric <see cref="Parameter"/>.
/// A family of at least two scenarios is a <see cref="SweepGroup"/>: its line says the smallest axis value at which
/// every conclusion held in every instance, and <see cref="SweepFigures"/> draws its figures against the axis.
/// A family whose axis cannot be read — scenarios declaring different axes, a scenario without instances, an
/// instance without the axis or with a value that is not a finite number, instances of one scenario that disagree,
/// two scenarios at one value — is not drawn, and its line says why. Scenario ids are never read.
/// </summary>
internal static class ParameterSweep
{
    /// <summary>How many problems a line names before it only counts the rest.</summary>
    private const int ProblemsShown = 3;

    /// <summary>The sweeps that can be drawn, in the order of their first scenario.</summary>
    public static IEnumerable<SweepGroup> Groups(TheoremReport theorem) =>
        Read(theorem).Select(reading => reading.Group).OfType<SweepGroup>();

    /// <summary>
    /// One line per declared sweep: the smallest axis value at which every conclusion held in every instance,
    /// or why the sweep is not drawn.
    /// </summary>
    public static IEnumerable<string> Lines(TheoremReport theorem) =>
        Read(theorem).Select(reading => reading.Group is { } group ? LineFor(group) : reading.Problem!);

    /// <summary>A declared sweep: its group, or (when <see cref="Group"/> is null) the line saying why it is not drawn.</summary>
    private sealed record Reading(SweepGroup? Group, string? Problem);

    private static IEnumerable<Reading> Read(TheoremReport theorem) =>
        theorem.Scenarios
            .Where(s => s.Sweep is not null)
            .GroupBy(s => s.Sweep!.Family, StringComparer.Ordinal)
            .Where(family => family.Count() >= 2)
            .Select(family => ReadFamily(family.Key, [.. family], theorem.Instances));

    private static Reading ReadFamily(string family, IReadOnlyList<ScenarioSummary> scenarios, IReadOnlyList<InstanceReport> instances)
    {
        var axes = scenarios.Select(s => s.Sweep!.Axis).Distinct(StringComparer.Ordinal).ToList();
        if (axes.Count > 1)
        {
            return NotDrawn(family, null, [$"its scenarios declare different axes ({string.Join(", ", axes)})"]);
        }
        string axis = axes[0];
        var problems = new List<string>();
        var points = new List<SweepPoint>();
        foreach (var scenario in scenarios)
        {
            var point = PointOf(scenario, axis, instances.Where(i => i.Scenario == scenario.Id).OrderBy(i => i.Index).ToList(), problems);
            if (point is not null)
            {
                points.Add(point);
            }
        }
        foreach (var same in points.GroupBy(p => p.Value).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(" and ", same.Select(p => p.Scenario.Id))} have the same {axis} = {same.First().Text}");
        }
        return problems.Count > 0
            ? NotDrawn(family, axis, problems)
            : new Reading(new SweepGroup(family, axis, [.. points.OrderBy(p => p.Value)]), null);
    }

    /// <summary>The scenario's point: the axis value that all its instances report, or null with the problems added.</summary>
    private static SweepPoint? PointOf(ScenarioSummary scenario, string axis, IReadOnlyList<InstanceReport> instances, List<string> problems)
    {
        if (instances.Count == 0)
        {
            problems.Add($"{scenario.Id} has no instances");
            return null;
        }
        var read = instances.Select(i => (Instance: i, Parameter: i.Parameters.FirstOrDefault(p => p.Name == axis))).ToList();
        var missing = read.Where(r => r.Parameter is null).Select(r => r.Instance).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"no parameter {axis} in {Instances(scenario, missing)}");
        }
        var notNumbers = read.Where(r => r.Parameter is not null && !double.IsFinite(r.Parameter.Value ?? double.NaN)).ToList();
        if (notNumbers.Count > 0)
        {
            problems.Add($"{axis} is not a finite number in {Instances(scenario, notNumbers.Select(r => r.Instance))} (“{notNumbers[0].Parameter!.Text}”)");
        }
        if (missing.Count + notNumbers.Count > 0)
        {
            return null;
        }
        var values = read.Select(r => r.Parameter!).DistinctBy(p => p.Value!.Value).ToList();
        if (values.Count > 1)
        {
            problems.Add($"the instances of {scenario.Id} have different {axis} ({string.Join(", ", values.Select(p => p.Text))})");
            return null;
        }
        return new SweepPoint(scenario, values[0].Text, values[0].Value!.Value);
    }

    /// <summary>"paper-fig1-m100 #0, #2".</summary>
    private static string Instances(ScenarioSummary scenario, IEnumerable<InstanceReport> instances) =>
        $"{scenario.Id} {string.Join(", ", instances.Select(i => "#" + i.Index.ToString(CultureInfo.InvariantCulture)))}";

    private static Reading NotDrawn(string family, string? axis, IReadOnlyList<string> problems)
    {
        string by = axis is null ? "" : $" by {axis}";
        string shown = string.Join("; ", problems.Take(ProblemsShown));
        string more = problems.Count > ProblemsShown ? $"; and {problems.Count - ProblemsShown} more" : "";
        return new Reading(null, $"{family}: the sweep{by} is not drawn: {shown}{more}.");
    }

    private static string LineFor(SweepGroup group)
    {
        string name = group.Axis;
        var points = group.Points
            .Select(p => (p.Text, Held: p.Scenario.Instances > 0 && p.Scenario.ConclusionsHeld == p.Scenario.Instances))
            .ToList();
        string all = string.Join(", ", points.Select(p => p.Text));
        string head = $"{group.Family}: smallest {name} at which every conclusion held in every instance: ";
        int firstHeld = points.FindIndex(p => p.Held);
        if (firstHeld < 0)
        {
            return head + $"none of {name} = {all}";
        }
        string line = head + $"{points[firstHeld].Text} (of {name} = {all})";
        var laterFailures = points.Skip(firstHeld + 1).Where(p => !p.Held).Select(p => p.Text).ToList();
        if (laterFailures.Count > 0)
        {
            line += $"; but not at the larger {name} = {string.Join(", ", laterFailures)}";
        }
        return line;
    }
}

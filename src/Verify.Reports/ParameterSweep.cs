using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// Reads a sweep out of scenario ids: scenarios sharing the prefix before their last '-' segment
/// ("experiment-m100", "experiment-m500") form a group; if exactly one numeric parameter varies across the
/// group as a number (or, of several, the one the id suffixes are named after), the group is a <see cref="SweepGroup"/>:
/// its line says the smallest value of the parameter at which every conclusion held in every instance, and
/// <see cref="SweepFigures"/> draws its figures against the parameter.
/// </summary>
internal static class ParameterSweep
{
    /// <summary>The sweeps among the theorem's scenarios, in the order of their first scenario.</summary>
    public static IEnumerable<SweepGroup> Groups(TheoremReport theorem)
    {
        var groups = theorem.Scenarios
            .Where(s => s.Id.LastIndexOf('-') > 0)
            .GroupBy(s => s.Id[..s.Id.LastIndexOf('-')], StringComparer.Ordinal)
            .Where(g => g.Count() >= 2);
        foreach (var group in groups)
        {
            var sweep = GroupOf(group.Key, [.. group], theorem.Instances);
            if (sweep is not null)
            {
                yield return sweep;
            }
        }
    }

    /// <summary>One line per sweep: the smallest parameter value at which every conclusion held in every instance.</summary>
    public static IEnumerable<string> Lines(TheoremReport theorem) => Groups(theorem).Select(LineFor);

    private static SweepGroup? GroupOf(string prefix, IReadOnlyList<ScenarioSummary> scenarios, IReadOnlyList<InstanceReport> instances)
    {
        var parameters = new List<IReadOnlyList<Parameter>>();
        foreach (var scenario in scenarios)
        {
            var first = instances.FirstOrDefault(i => i.Scenario == scenario.Id);
            if (first is null)
            {
                return null;
            }
            parameters.Add(first.Parameters);
        }
        string? name = VaryingParameter(prefix, scenarios, parameters);
        if (name is null)
        {
            return null;
        }
        var points = scenarios
            .Select((s, k) => new SweepPoint(s, Named(parameters[k], name)!.Text, Numeric(parameters[k], name)!.Value))
            .OrderBy(p => p.Value)
            .ToList();
        return new SweepGroup(prefix, name, points);
    }

    private static string LineFor(SweepGroup group)
    {
        string name = group.Parameter;
        var points = group.Points
            .Select(p => (p.Text, Held: p.Scenario.Instances > 0 && p.Scenario.ConclusionsHeld == p.Scenario.Instances))
            .ToList();
        string all = string.Join(", ", points.Select(p => p.Text));
        string head = $"{group.Prefix}: smallest {name} at which every conclusion held in every instance: ";
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

    private static string? VaryingParameter(string prefix, IReadOnlyList<ScenarioSummary> scenarios, IReadOnlyList<IReadOnlyList<Parameter>> parameters)
    {
        var varying = parameters[0].Select(p => p.Name)
            .Where(key => parameters.All(p => Numeric(p, key) is not null))
            .Where(key => parameters.Select(p => Numeric(p, key)!.Value).Distinct().Count() > 1)
            .ToList();
        if (varying.Count <= 1)
        {
            return varying.SingleOrDefault();
        }
        var suffixes = scenarios.Select(s => s.Id[(prefix.Length + 1)..]).ToList();
        var named = varying.Where(key => suffixes.All(suffix => suffix.StartsWith(key, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static Parameter? Named(IReadOnlyList<Parameter> parameters, string name) => parameters.FirstOrDefault(p => p.Name == name);

    private static double? Numeric(IReadOnlyList<Parameter> parameters, string name) =>
        Named(parameters, name)?.Value is double value && double.IsFinite(value) ? value : null;
}

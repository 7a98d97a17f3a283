using Verify.Core;
using Verify.Setup;

namespace Verify.Cli;

/// <summary>
/// `run --scenario NAME`: keeps the scenarios whose id is NAME, or whose sweep family is NAME (e.g. "paper-fig1" for every
/// point of the paper's figure), and the theorems that have one. A name that matches no scenario is a usage error that
/// suggests the nearest and lists them all.
/// </summary>
internal static class ScenarioFilter
{
    public static IReadOnlyList<ITheorem> Apply(IReadOnlyList<ITheorem> theorems, string? name, RunOptions options)
    {
        if (name is null)
        {
            return theorems;
        }
        var filtered = theorems
            .Select(t => new Filtered(t, name))
            .Where(t => t.Scenarios(options).Count > 0)
            .ToList<ITheorem>();
        if (filtered.Count > 0)
        {
            return filtered;
        }
        var scenarios = theorems.SelectMany(t => t.Scenarios(options)).ToList();
        var names = scenarios.Select(s => s.Id).Concat(scenarios.Select(s => s.Sweep?.Family).OfType<string>()).Distinct().ToList();
        string available = names.Count == 0 ? "none" : string.Join(", ", names);
        string mode = options.Quick ? " with --quick" : "";
        throw new UsageException($"no scenario '{name}'{NameSuggestion.Hint(name, names)}{mode}; the scenarios are: {available}");
    }

    private static IEnumerable<string> Names(Scenario scenario) =>
        scenario.Sweep is { } sweep ? [scenario.Id, sweep.Family] : [scenario.Id];

    private static bool Matches(Scenario scenario, string name) => Names(scenario).Contains(name, StringComparer.Ordinal);

    /// <summary>A theorem with only the matching scenarios; everything else is the original's.</summary>
    private sealed class Filtered(ITheorem theorem, string name) : ITheorem
    {
        public TheoremInfo Info => theorem.Info;

        public IReadOnlyList<Scenario> Scenarios(RunOptions options) => theorem.Scenarios(options).Where(s => Matches(s, name)).ToList();
    }
}

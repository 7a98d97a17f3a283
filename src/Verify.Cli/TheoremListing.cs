using Verify.Core;

namespace Verify.Cli;

/// <summary>One theorem as `verify list` shows it: its checks and, on request, its scenarios, in both run modes.</summary>
internal sealed record TheoremListing(TheoremInfo Info, IReadOnlyList<ScenarioListing> Scenarios)
{
    public static TheoremListing Of(ITheorem theorem)
    {
        var full = theorem.Scenarios(new RunOptions(RunOptions.DefaultMasterSeed));
        var quick = theorem.Scenarios(new RunOptions(RunOptions.DefaultMasterSeed, Quick: true));
        var scenarios = full.Concat(quick.Where(q => full.All(f => f.Id != q.Id)))
            .Select(s => new ScenarioListing(s.Id, s.Description, s.DefaultInstances, s.Sweep?.Family,
                Full: full.Any(f => f.Id == s.Id), Quick: quick.Any(q => q.Id == s.Id)))
            .ToList();
        return new TheoremListing(theorem.Info, scenarios);
    }
}

/// <summary>A scenario of a theorem: in the full run, in the --quick run, or both (the description is the full run's).</summary>
internal sealed record ScenarioListing(string Id, string Description, int Instances, string? SweepFamily, bool Full, bool Quick);

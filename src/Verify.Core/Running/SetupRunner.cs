namespace Verify.Core;

/// <summary>
/// `verify check`: runs one theorem on a user's setup as a single instance (scenario "setup"), then asks it
/// what to change. Errors in checks or recommendations are recorded, never thrown, except cancellation.
/// </summary>
public static class SetupRunner
{
    public const string ScenarioId = "setup";

    /// <summary>
    /// Which theorems `verify check` runs on <paramref name="setup"/>: those it names (every one when it names none) that
    /// can check a setup and cover its network; the others it names are skipped with the reason.
    /// </summary>
    public static (IReadOnlyList<(ITheorem Theorem, ISetupCheckable Checkable)> Runnable, IReadOnlyList<SkippedTheorem> Skipped) Select(
        IReadOnlyList<ITheorem> theorems, UserSetup setup)
    {
        var requested = setup.Theorems ?? [.. theorems.Select(t => t.Info.Id)];
        var runnable = new List<(ITheorem, ISetupCheckable)>();
        var skipped = new List<SkippedTheorem>();
        foreach (var theorem in theorems.Where(t => requested.Contains(t.Info.Id)))
        {
            string? reason = theorem is ISetupCheckable checkable
                ? checkable.Mismatch(setup.Network, setup.Training)
                : "this theorem module cannot check a user's setup yet";
            if (reason is null)
            {
                runnable.Add((theorem, (ISetupCheckable)theorem));
            }
            else
            {
                skipped.Add(new SkippedTheorem(theorem.Info.Id, theorem.Info.Title, reason));
            }
        }
        return (runnable, skipped);
    }

    /// <summary>The master seed of a check: the initialisation's seed, or 0 for given weights.</summary>
    public static ulong Seed(UserSetup setup) => setup.Init is Networks.SchemeInit init ? init.Seed : 0;

    public static TheoremReport Run(ITheorem theorem, ISetupCheckable checkable, UserSetup setup, InstanceContext context)
    {
        ISetupInstance? instance = null;
        var scenario = new Scenario(ScenarioId, $"the setup '{setup.Name}' ({setup.Path})", 1,
            c => instance = checkable.CreateInstance(setup, c));
        var report = TheoremRunner.RunInstance(scenario, context);
        var recommendations = instance is null ? [] : Recommend(instance, context.Cancellation);
        instance = null;
        InstanceMemory.Release();
        var info = theorem.Info;
        return new TheoremReport(info.Id, info.Title, info.Citation, report.Verdict,
            [TheoremRunner.Summarize(scenario, [report])], [report])
        {
            Recommendations = recommendations,
            PassMeans = info.PassMeans,
        };
    }

    /// <summary>
    /// One instance of a sweep's cell (`verify sweep`): the setup run as scenario <paramref name="scenarioId"/>, without
    /// recommendations; its arrays are returned to the system before the next instance.
    /// </summary>
    public static InstanceReport RunCell(ISetupCheckable checkable, UserSetup setup, string scenarioId, InstanceContext context)
    {
        var scenario = new Scenario(scenarioId, $"the setup '{setup.Name}'", 1, c => checkable.CreateInstance(setup, c));
        var report = TheoremRunner.RunInstance(scenario, context);
        InstanceMemory.Release();
        return report;
    }

    private static List<Recommendation> Recommend(ISetupInstance instance, CancellationToken cancellation)
    {
        var recommendations = new List<Recommendation>();
        try
        {
            foreach (var recommendation in instance.Recommendations())
            {
                cancellation.ThrowIfCancellationRequested();
                recommendations.Add(recommendation);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            recommendations.Add(new Recommendation("error", "working out what to change failed", null, $"{e.GetType().Name}: {e.Message}"));
        }
        return recommendations;
    }
}

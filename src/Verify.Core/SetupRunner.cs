namespace Verify.Core;

/// <summary>
/// `verify check`: runs one theorem on a user's setup as a single instance (scenario "setup"), then asks it
/// what to change. Errors in checks or recommendations are recorded, never thrown, except cancellation.
/// </summary>
public static class SetupRunner
{
    public const string ScenarioId = "setup";

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
        };
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

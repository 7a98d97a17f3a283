namespace Verify.Core.Setup;

/// <summary>
/// Loads a setup file for `verify check`: validates every field, reads and checks every data file, checks the
/// shapes against each other and that the width can be stored, and only then returns. Every problem found is
/// reported together in one <see cref="SetupException"/>; nothing is normalised or altered.
/// </summary>
public static class SetupLoader
{
    /// <summary>
    /// The setup at <paramref name="setupPath"/> with its data and weights read. <paramref name="knownTheoremIds"/>
    /// are the ids the setup's "theorems" may name. Throws <see cref="SetupException"/> listing every problem.
    /// </summary>
    public static LoadedSetup Load(string setupPath, IReadOnlyCollection<string> knownTheoremIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(setupPath);
        ArgumentNullException.ThrowIfNull(knownTheoremIds);

        var problems = new List<SetupProblem>();
        using var document = SetupJson.Read(setupPath, setupPath, problems);
        var context = new SetupContext(setupPath, knownTheoremIds, problems);
        var draft = document is null ? null : SetupParser.Parse(document.RootElement, context);
        if (draft is null)
        {
            throw new SetupException(problems);
        }

        var readings = SetupReadings.Read(draft, context);
        SetupShapes.Check(draft, readings, context);
        if (problems.Count > 0)
        {
            throw new SetupException(problems);
        }
        return Build(draft, readings, context);
    }

    private static LoadedSetup Build(SetupDraft draft, SetupReadings readings, SetupContext context)
    {
        DataSource data = draft.Generated as DataSource
            ?? new FileData(Required(draft.Inputs).FullPath, Required(draft.Targets).FullPath);
        InitSpec init = draft.InitSeed is { } seed
            ? new SeedInit(seed)
            : new FileInit(Required(draft.FirstLayer).FullPath, Required(draft.OutputLayer).FullPath);
        var model = new ModelSpec(Required(draft.Architecture), Required(draft.StorableWidth), init);
        var training = new TrainingSpec(Required(draft.LearningRate), Required(draft.Steps));
        var file = new SetupFile(context.FullPath, Required(draft.Name), draft.Theorems, data, model, training, draft.Delta);

        return new LoadedSetup(
            file,
            readings.Inputs?.Values,
            readings.Targets?.Values?.Column(0),
            readings.FirstLayer?.Values,
            readings.OutputLayer?.Values?.Column(0));
    }

    private static T Required<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("a setup with no problems is missing a value");

    private static T Required<T>(T? value) where T : struct =>
        value ?? throw new InvalidOperationException("a setup with no problems is missing a value");
}

namespace Verify.Setup;

/// <summary>What the parsers of one setup file share: where it is, the known theorem ids, and the problems found so far.</summary>
internal sealed class SetupContext(string setupPath, IReadOnlyCollection<string> knownTheoremIds, List<SetupProblem> problems)
{
    private readonly string _shownFolder = Path.GetDirectoryName(setupPath) ?? "";

    /// <summary>The setup path as the user gave it (shown in messages).</summary>
    public string Shown { get; } = setupPath;

    /// <summary>The absolute path of the setup file.</summary>
    public string FullPath { get; } = Path.GetFullPath(setupPath);

    public IReadOnlyCollection<string> KnownTheoremIds { get; } = knownTheoremIds;

    public List<SetupProblem> Problems { get; } = problems;

    /// <summary>A file path from the setup, resolved against the setup file's folder.</summary>
    public FileReference Resolve(string jsonPath, string path)
    {
        string folder = Path.GetDirectoryName(FullPath) ?? "";
        return new FileReference(jsonPath, Path.GetFullPath(Path.Combine(folder, path)), Path.Combine(_shownFolder, path));
    }

    /// <summary>Reports a problem in the setup file at <paramref name="location"/>.</summary>
    public void Report(string location, string message) => Problems.Add(new SetupProblem(Shown, location, message));
}

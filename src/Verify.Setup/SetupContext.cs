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

    /// <summary>
    /// A file path from the setup, resolved against the setup file's folder; null (reported at <paramref name="jsonPath"/>)
    /// when the operating system cannot take it: a NUL or another character it rejects, or a path it cannot resolve.
    /// </summary>
    public FileReference? Resolve(string jsonPath, string path)
    {
        const string expected = "expected a path to a .csv or .npy file, relative to the setup file";
        int bad = path.IndexOfAny(Path.GetInvalidPathChars());
        if (bad >= 0)
        {
            string character = path[bad] == '\0' ? "a NUL character (U+0000)" : $"the character U+{(int)path[bad]:X4}";
            Report(jsonPath, $"the path {JsonText.Quote(path)} contains {character} at position {bad + 1}, which no file path can hold; {expected}");
            return null;
        }
        string folder = Path.GetDirectoryName(FullPath) ?? "";
        try
        {
            return new FileReference(jsonPath, Path.GetFullPath(Path.Combine(folder, path)), Path.Combine(_shownFolder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(jsonPath, $"the path {JsonText.Quote(path)} cannot be used: {e.Message}; {expected}");
            return null;
        }
    }

    /// <summary>Reports a problem in the setup file at <paramref name="location"/>.</summary>
    public void Report(string location, string message) => Problems.Add(new SetupProblem(Shown, location, message));
}

namespace Verify.Setup;

/// <summary>A setup that cannot be used; <see cref="Problems"/> holds every problem found, not just the first.</summary>
public sealed class SetupException(IReadOnlyList<SetupProblem> problems) : Exception(Describe(problems))
{
    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<SetupProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<SetupProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"The setup has {count}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems);
    }
}

namespace Verify.Setup;

/// <summary>
/// Problems of one kind in one file, reported up to a limit (a file with a million NaNs gets ten lines and a count),
/// then one summary line.
/// </summary>
internal sealed class CappedProblems(List<SetupProblem> problems, string file, string kindPlural, int limit = 10)
{
    private int _count;

    /// <summary>How many problems were added, including those not listed.</summary>
    public int Count => _count;

    public void Add(string location, string message)
    {
        if (_count++ < limit)
        {
            problems.Add(new SetupProblem(file, location, message));
        }
    }

    /// <summary>Adds the summary line when some problems were not listed.</summary>
    public void Finish()
    {
        if (_count > limit)
        {
            problems.Add(new SetupProblem(file, "", $"… and {_count - limit} more {kindPlural} (only the first {limit} are listed)"));
        }
    }
}

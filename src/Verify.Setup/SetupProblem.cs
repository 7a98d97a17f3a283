namespace Verify.Setup;

/// <summary>
/// One thing wrong with a setup: the file it is in, where in that file (a JSON path such as
/// <c>$.model.width</c>, a position such as <c>line 3, column 2</c>, or empty for the whole file), and a
/// message that says what was found and what was expected.
/// </summary>
public sealed record SetupProblem(string File, string Location, string Message)
{
    public override string ToString() =>
        Location.Length == 0 ? $"{File}: {Message}" : $"{File}: {Location}: {Message}";
}

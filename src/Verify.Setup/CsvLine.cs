namespace Verify.Setup;

/// <summary>One physical line of a CSV file: its 1-based number and its text without the line break.</summary>
internal readonly record struct CsvLine(int Number, string Text)
{
    /// <summary>Empty or only spaces and tabs.</summary>
    public bool IsBlank => Text.AsSpan().Trim(" \t").IsEmpty;
}

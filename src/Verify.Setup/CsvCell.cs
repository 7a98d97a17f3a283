namespace Verify.Setup;

/// <summary>One comma-separated cell of a CSV line: its text (without quotes) and whether it was quoted.</summary>
internal readonly record struct CsvCell(string Text, bool Quoted);

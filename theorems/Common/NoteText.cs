namespace Verify.Theorems.Common;

/// <summary>The notes of the kit's evidence: parts joined by "; ", absent parts left out.</summary>
internal static class NoteText
{
    public static string Join(string? first, string? second) =>
        first is null ? second ?? "" : second is null ? first : $"{first}; {second}";
}

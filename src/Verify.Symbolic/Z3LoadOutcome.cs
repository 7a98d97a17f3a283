namespace Verify.Symbolic;

/// <summary>The result of trying to load <c>libz3</c>: the bound API and its path, or the reason it failed.</summary>
internal sealed record Z3LoadOutcome(Z3NativeApi? Api, string LibraryPath, string? Error);

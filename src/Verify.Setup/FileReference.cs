namespace Verify.Setup;

/// <summary>
/// A data file named in the setup: the JSON path that names it, its absolute path, and the path shown in messages
/// (relative to where the user ran from, as they passed the setup path).
/// </summary>
internal sealed record FileReference(string JsonPath, string FullPath, string Shown);

namespace Verify.Core.Setup;

/// <summary>The network: an architecture name (which ones exist is up to the theorem modules), its width m and its initialisation.</summary>
public sealed record ModelSpec(string Architecture, int Width, InitSpec Init);

namespace Verify.Core.Setup;

/// <summary>Initial weights drawn by the theorem's own initialisation from this seed (at most 2⁵³).</summary>
public sealed record SeedInit(ulong Seed) : InitSpec;

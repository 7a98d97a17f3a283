namespace Verify.Core.Setup;

/// <summary>How the initial weights are obtained: <see cref="SeedInit"/> or <see cref="FileInit"/>.</summary>
public abstract record InitSpec;

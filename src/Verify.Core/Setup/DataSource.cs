namespace Verify.Core.Setup;

/// <summary>Where a setup's inputs and targets come from: <see cref="FileData"/> or <see cref="GeneratedData"/>.</summary>
public abstract record DataSource;

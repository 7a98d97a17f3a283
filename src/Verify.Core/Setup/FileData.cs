namespace Verify.Core.Setup;

/// <summary>Inputs (n×d) and targets (n values) read from .csv or .npy files; absolute paths.</summary>
public sealed record FileData(string InputsPath, string TargetsPath) : DataSource;

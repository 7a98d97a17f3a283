namespace Verify.Core;

/// <summary>Where a setup's inputs and targets come from: <see cref="FileData"/> or <see cref="GeneratedData"/>.</summary>
public abstract record DataSource;

/// <summary>Inputs (N×d) and targets (N × n_L) read from .csv or .npy files; absolute paths.</summary>
public sealed record FileData(string InputsPath, string TargetsPath) : DataSource;

/// <summary>
/// Data drawn by a named generator ("unit-sphere" or "gaussian") with n samples in d dimensions, and labels
/// ("gaussian", or "uniform" on [−LabelBound, LabelBound]). The loader only validates the spec; Verify.Numerics draws it.
/// </summary>
public sealed record GeneratedData(string Generator, int N, int D, ulong Seed, string Labels, double LabelBound) : DataSource;

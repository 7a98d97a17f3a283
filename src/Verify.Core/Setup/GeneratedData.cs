namespace Verify.Core.Setup;

/// <summary>
/// Data drawn by a named generator ("unit-sphere" or "gaussian") with n samples in d dimensions, and labels
/// ("gaussian", or "uniform" on [−LabelBound, LabelBound]). The loader only validates the spec; Verify.Numerics draws it.
/// </summary>
public sealed record GeneratedData(string Generator, int N, int D, ulong Seed, string Labels, double LabelBound) : DataSource;

using MathNet.Numerics.LinearAlgebra;
using Verify.Core.Networks;

namespace Verify.Core;

/// <summary>
/// A user's setup (`verify check`), validated and with its files read. <see cref="Path"/> and every file path are
/// absolute; <see cref="Theorems"/> is null when the file names none. <see cref="Inputs"/> (N×d) and
/// <see cref="Targets"/> (N × n_L) are null for <see cref="GeneratedData"/>; <see cref="InitialWeights"/> (one
/// n_{l−1} × n_l matrix per layer) is null for <see cref="SchemeInit"/>. Values are exactly those in the files.
/// </summary>
public sealed record UserSetup(
    string Path,
    string Name,
    IReadOnlyList<string>? Theorems,
    DataSource Data,
    NetworkSpec Network,
    InitSpec Init,
    TrainingSpec Training,
    double Delta)
{
    public Matrix<double>? Inputs { get; init; }

    public Matrix<double>? Targets { get; init; }

    public IReadOnlyList<Matrix<double>>? InitialWeights { get; init; }

    /// <summary>The run's predicted peak memory in bytes, as the loader computed it to refuse what cannot fit; null when unknown.</summary>
    public long? PredictedPeakBytes { get; init; }
}

using MathNet.Numerics.LinearAlgebra;

namespace Verify.Core.Setup;

/// <summary>
/// A setup with its files read and checked. <see cref="Inputs"/> (n×d) and <see cref="Targets"/> (n) are null for
/// <see cref="GeneratedData"/>; <see cref="FirstLayer"/> (m×d) and <see cref="OutputLayer"/> (m) are null for
/// <see cref="SeedInit"/>. Values are exactly those in the files: finite, never rescaled or reordered.
/// </summary>
public sealed record LoadedSetup(
    SetupFile File,
    Matrix<double>? Inputs,
    Vector<double>? Targets,
    Matrix<double>? FirstLayer,
    Vector<double>? OutputLayer);

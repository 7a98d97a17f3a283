namespace Verify.Core.Setup;

/// <summary>
/// A validated setup file (`verify check setup.json`). <see cref="Path"/> and every file path inside are absolute;
/// <see cref="Theorems"/> is null when the file names none (every matching theorem is checked).
/// </summary>
public sealed record SetupFile(
    string Path,
    string Name,
    IReadOnlyList<string>? Theorems,
    DataSource Data,
    ModelSpec Model,
    TrainingSpec Training,
    double Delta);

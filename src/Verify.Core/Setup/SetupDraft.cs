using System.Numerics;

namespace Verify.Core.Setup;

/// <summary>
/// The setup file's values as far as they could be read: a field is null when it was missing or wrong (and
/// reported), so the later checks use whatever is known and skip the rest.
/// </summary>
internal sealed class SetupDraft
{
    public string? Name { get; set; }

    public IReadOnlyList<string>? Theorems { get; set; }

    public double Delta { get; set; } = SetupDefaults.Delta;

    public FileReference? Inputs { get; set; }

    public FileReference? Targets { get; set; }

    public GeneratedData? Generated { get; set; }

    public string? Architecture { get; set; }

    /// <summary>The width as written (≥ 1), before the check that it can be stored.</summary>
    public BigInteger? Width { get; set; }

    public ulong? InitSeed { get; set; }

    public FileReference? FirstLayer { get; set; }

    public FileReference? OutputLayer { get; set; }

    public double? LearningRate { get; set; }

    public int? Steps { get; set; }

    /// <summary>The width when it was read and fits in an <see cref="int"/>.</summary>
    public int? StorableWidth => Width is { } width && width <= int.MaxValue ? (int)width : null;
}

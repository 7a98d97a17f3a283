using System.Numerics;
using Verify.Core;
using Verify.Core.Networks;

namespace Verify.Setup;

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

    /// <summary>The widths [n₁, …, n_L] as written (each ≥ 1), before the check that they can be stored.</summary>
    public List<BigInteger>? Widths { get; set; }

    public ActivationSpec? Activation { get; set; }

    /// <summary>The output scale s; null: the architecture's default (1 for mlp, 1/√m for two-layer-relu).</summary>
    public double? OutputScale { get; set; }

    public string? InitScheme { get; set; }

    public ulong? InitSeed { get; set; }

    /// <summary>mlp: one weight file per layer.</summary>
    public List<FileReference>? LayerFiles { get; set; }

    /// <summary>two-layer-relu: the m×d first layer.</summary>
    public FileReference? FirstLayer { get; set; }

    /// <summary>two-layer-relu: the m output weights.</summary>
    public FileReference? OutputLayer { get; set; }

    /// <summary>One step size for the trained layers (every layer for mlp, the first for two-layer-relu).</summary>
    public double? LearningRate { get; set; }

    /// <summary>One step size per layer, as written.</summary>
    public List<double>? StepSizes { get; set; }

    public int? Steps { get; set; }

    public bool IsTwoLayerRelu => Architecture == ModelSectionParser.TwoLayerRelu;

    /// <summary>The widths when read and each fits in an <see cref="int"/>.</summary>
    public IReadOnlyList<int>? StorableWidths => Widths is { } widths && widths.All(w => w <= int.MaxValue) ? [.. widths.Select(w => (int)w)] : null;

    /// <summary>The width m of two-layer-relu (n₁), when read and storable.</summary>
    public int? StorableWidth => IsTwoLayerRelu ? StorableWidths?[0] : null;
}

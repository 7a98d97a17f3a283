using System.Text.Json;
using Verify.Core.Networks;

namespace Verify.Setup;

/// <summary>
/// Reads <c>$.model</c>. <c>"architecture": "mlp"</c> takes <c>widths</c> [n₁, …, n_L], an <c>activation</c>, an optional
/// <c>outputScale</c> (default 1) and <c>init</c> <c>{ "scheme": …, "seed": N }</c> or <c>{ "layers": [files] }</c>.
/// <c>"architecture": "two-layer-relu"</c> takes the width m and <c>init</c> <c>{ "seed": N }</c> or
/// <c>{ "firstLayer": file, "outputLayer": file }</c>, and means widths [m, 1], ReLU, output scale 1/√m.
/// </summary>
internal static class ModelSectionParser
{
    public const string Mlp = "mlp";
    public const string TwoLayerRelu = "two-layer-relu";

    private const string WidthExpected = "the width m (hidden neurons), an integer ≥ 1";
    private const string WidthsExpected = "the layer widths [n₁, …, n_L], a non-empty array of integers ≥ 1 (n_L = the number of target columns)";
    private const string ScaleExpected = "the output scale s, a number with 1e-150 ≤ |s| ≤ 1e150";
    private static readonly string[] Architectures = [Mlp, TwoLayerRelu];
    private static readonly string[] MlpFields = ["architecture", "widths", "activation", "outputScale", "init"];
    private static readonly string[] TwoLayerFields = ["architecture", "width", "init"];

    public static void Parse(JsonSection root, SetupDraft draft, SetupContext context)
    {
        const string expected =
            "an object with \"architecture\": \"mlp\", \"widths\", \"activation\" and \"init\", or \"architecture\": \"two-layer-relu\", \"width\" and \"init\"";
        if (root.Get("model", required: true, expected) is not { } value)
        {
            return;
        }

        // The allowed fields depend on the architecture; without a usable one, every field of either is allowed (the
        // missing or unknown architecture is the problem reported), and the widths decide which fields are read.
        string? written = ArchitectureOf(value);
        bool unknown = !string.IsNullOrWhiteSpace(written) && !Architectures.Contains(written, StringComparer.Ordinal);
        bool missing = written is null;
        string? architecture = missing && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("widths", out _) ? Mlp : written;
        string[] fields = architecture == Mlp && !missing ? MlpFields : unknown || missing ? [.. TwoLayerFields.Union(MlpFields)] : TwoLayerFields;
        if (JsonSection.Open(value, root.PathOf("model"), "the model object", fields, context.Shown, context.Problems) is not { } model)
        {
            return;
        }

        draft.Architecture = model.String("architecture", required: true,
            "the architecture name, a non-empty string such as \"two-layer-relu\"");
        if (draft.Architecture is { } name && !Architectures.Contains(name, StringComparer.Ordinal))
        {
            model.Report("architecture",
                $"unknown architecture '{name}'{NameSuggestion.Hint(name, Architectures)}; expected \"{Mlp}\" (widths, activation, outputScale) or \"{TwoLayerRelu}\" (width)");
            draft.Architecture = null;
            return; // the other fields depend on the architecture: checking them against a guess would only add noise
        }

        if (architecture == Mlp)
        {
            Widths(model, draft);
            draft.Activation = ActivationParser.Parse(model, context);
            Scale(model, draft);
        }
        else
        {
            Width(model, draft);
        }
        InitSectionParser.Parse(model, draft, context, architecture == Mlp);
    }

    private static string? ArchitectureOf(JsonElement model) =>
        model.ValueKind == JsonValueKind.Object && model.TryGetProperty("architecture", out var a) && a.ValueKind == JsonValueKind.String
            ? a.GetString()
            : null;

    private static void Width(JsonSection model, SetupDraft draft)
    {
        if (model.Integer("width", required: true, WidthExpected) is { } width)
        {
            if (width >= 1)
            {
                draft.Widths = [width, 1];
            }
            else
            {
                model.Report("width", $"expected {WidthExpected}, found {width}");
            }
        }
    }

    private static void Widths(JsonSection model, SetupDraft draft)
    {
        if (model.Get("widths", required: true, WidthsExpected) is not { } value)
        {
            return;
        }
        string path = model.PathOf("widths");
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            model.Report("widths", $"expected {WidthsExpected}, found {JsonText.Describe(value)}");
            return;
        }
        var widths = new List<System.Numerics.BigInteger>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = JsonText.Item(path, index++);
            if (JsonSection.WholeNumber(item) is { } width && width >= 1)
            {
                widths.Add(width);
            }
            else
            {
                model.ReportAt(at, $"expected a layer width, an integer ≥ 1, found {JsonText.Describe(item)}");
            }
        }
        if (widths.Count == index)
        {
            draft.Widths = widths;
        }
    }

    private static void Scale(JsonSection model, SetupDraft draft)
    {
        if (model.Number("outputScale", required: false, ScaleExpected) is not { } scale)
        {
            return;
        }
        if (Math.Abs(scale) is >= 1e-150 and <= 1e150)
        {
            draft.OutputScale = scale;
        }
        else
        {
            model.Report("outputScale", $"expected {ScaleExpected}, found {SetupValues.Show(scale)}");
        }
    }
}

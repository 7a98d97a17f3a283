using System.Text.Json;
using Verify.Core.Networks;

namespace Verify.Setup;

/// <summary>
/// Reads <c>$.model.init</c>. For <c>mlp</c>: <c>{ "scheme": name, "seed": N }</c> or <c>{ "layers": [file per layer] }</c>.
/// For <c>two-layer-relu</c>: <c>{ "seed": N }</c> (the scheme <c>standard-sign-output</c>, Du et al.'s initialisation) or
/// <c>{ "firstLayer": m×d file, "outputLayer": m values }</c>.
/// </summary>
internal static class InitSectionParser
{
    private const string TwoLayerExpected = "{ \"seed\": N } or { \"firstLayer\": file, \"outputLayer\": file }";
    private static readonly string MlpExpected =
        $"{{ \"scheme\": {string.Join(" | ", SchemeInit.Schemes.Select(s => $"\"{s}\""))}, \"seed\": N }} or {{ \"layers\": [\"w1.npy\", \"w2.npy\", …] }}";
    private static readonly string[] TwoLayerFields = ["seed", "firstLayer", "outputLayer"];
    private static readonly string[] MlpFields = ["scheme", "seed", "layers"];

    public static void Parse(JsonSection model, SetupDraft draft, SetupContext context, bool mlp)
    {
        string expected = mlp ? MlpExpected : TwoLayerExpected;
        if (model.Get("init", required: true, expected) is not { } value
            || JsonSection.Open(value, model.PathOf("init"), "the init object", mlp ? MlpFields : TwoLayerFields, context.Shown, context.Problems) is not { } init)
        {
            return;
        }

        bool files = init.Has("firstLayer") || init.Has("outputLayer") || init.Has("layers");
        bool drawn = init.Has("seed") || init.Has("scheme");
        if (drawn && files)
        {
            init.ReportHere($"use either a seed or weight files, not both; expected {expected}");
        }
        else if (drawn)
        {
            draft.InitSeed = init.Has("seed") || !mlp ? SetupValues.Seed(init, "seed") : Missing(init, "seed", expected);
            draft.InitScheme = mlp ? Scheme(init, expected) : SchemeInit.StandardSignOutput;
        }
        else if (files && mlp)
        {
            draft.LayerFiles = Layers(init, context);
        }
        else if (files)
        {
            draft.FirstLayer = SetupValues.File(init, "firstLayer", context);
            draft.OutputLayer = SetupValues.File(init, "outputLayer", context);
        }
        else
        {
            init.ReportHere($"expected {expected}, found neither");
        }
    }

    private static ulong? Missing(JsonSection init, string field, string expected)
    {
        init.Report(field, $"missing required field '{field}'; expected {expected}");
        return null;
    }

    private static string? Scheme(JsonSection init, string expected)
    {
        if (init.String("scheme", required: true, expected) is not { } scheme)
        {
            return null;
        }
        if (SchemeInit.Schemes.Contains(scheme, StringComparer.Ordinal))
        {
            return scheme;
        }
        init.Report("scheme", $"unknown initialisation scheme '{scheme}'{NameSuggestion.Hint(scheme, SchemeInit.Schemes)}; expected one of {string.Join(", ", SchemeInit.Schemes)}");
        return null;
    }

    private static List<FileReference>? Layers(JsonSection init, SetupContext context)
    {
        const string expected = "one weight file per layer, [\"w1.npy\", \"w2.npy\", …] (CSV or NPY, W_l of shape n_{l−1} × n_l)";
        if (init.Get("layers", required: true, expected) is not { } value)
        {
            return null;
        }
        string path = init.PathOf("layers");
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            init.Report("layers", $"expected {expected}, found {JsonText.Describe(value)}");
            return null;
        }
        var files = new List<FileReference>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = JsonText.Item(path, index++);
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                if (context.Resolve(at, item.GetString()!) is { } file)
                {
                    files.Add(file);
                }
            }
            else
            {
                init.ReportAt(at, $"expected a path to a .csv or .npy file, relative to the setup file, found {JsonText.Describe(item)}");
            }
        }
        return files.Count == index ? files : null;
    }
}

namespace Verify.Core.Setup;

/// <summary>
/// Reads <c>$.model</c>: the architecture name (which names exist is up to the theorem modules), the width m, and the
/// initialisation, <c>{ "seed": N }</c> or <c>{ "firstLayer": file, "outputLayer": file }</c>.
/// </summary>
internal static class ModelSectionParser
{
    private const string InitExpected = "{ \"seed\": N } or { \"firstLayer\": file, \"outputLayer\": file }";
    private const string WidthExpected = "the width m (hidden neurons), an integer ≥ 1";
    private static readonly string[] Fields = ["architecture", "width", "init"];
    private static readonly string[] InitFields = ["seed", "firstLayer", "outputLayer"];

    public static void Parse(JsonSection root, SetupDraft draft, SetupContext context)
    {
        const string expected = "an object with \"architecture\", \"width\" and \"init\"";
        if (root.Get("model", required: true, expected) is not { } value
            || JsonSection.Open(value, root.PathOf("model"), "the model object", Fields, context.Shown, context.Problems) is not { } model)
        {
            return;
        }

        draft.Architecture = model.String("architecture", required: true,
            "the architecture name, a non-empty string such as \"two-layer-relu\"");
        if (model.Integer("width", required: true, WidthExpected) is { } width)
        {
            if (width >= 1)
            {
                draft.Width = width;
            }
            else
            {
                model.Report("width", $"expected {WidthExpected}, found {width}");
            }
        }
        Init(model, draft, context);
    }

    private static void Init(JsonSection model, SetupDraft draft, SetupContext context)
    {
        if (model.Get("init", required: true, InitExpected) is not { } value
            || JsonSection.Open(value, model.PathOf("init"), "the init object", InitFields, context.Shown, context.Problems) is not { } init)
        {
            return;
        }

        bool files = init.Has("firstLayer") || init.Has("outputLayer");
        if (init.Has("seed") && files)
        {
            init.ReportHere($"use either a seed or weight files, not both; expected {InitExpected}");
        }
        else if (init.Has("seed"))
        {
            draft.InitSeed = SetupValues.Seed(init, "seed");
        }
        else if (files)
        {
            draft.FirstLayer = SetupValues.File(init, "firstLayer", context);
            draft.OutputLayer = SetupValues.File(init, "outputLayer", context);
        }
        else
        {
            init.ReportHere($"expected {InitExpected}, found neither");
        }
    }
}

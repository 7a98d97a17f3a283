using Verify.Core;

namespace Verify.Setup;

/// <summary>
/// Reads <c>$.data</c>: either files (<c>inputs</c>, <c>targets</c>) or a generator (<c>generator</c>, <c>n</c>,
/// <c>d</c>, <c>seed</c>, optional <c>labels</c> and <c>labelBound</c>), never both.
/// </summary>
internal static class DataSectionParser
{
    private const string Expected =
        "an object with \"inputs\" and \"targets\" (files), or with \"generator\", \"n\", \"d\" and \"seed\"";

    private const string EitherOr =
        "expected either files (inputs, targets) or a generator (generator, n, d, seed, labels, labelBound), not both";

    private static readonly string[] FileFields = ["inputs", "targets"];
    private static readonly string[] GeneratorFields = ["generator", "n", "d", "seed", "labels", "labelBound"];

    public static void Parse(JsonSection root, SetupDraft draft, SetupContext context)
    {
        if (root.Get("data", required: true, Expected) is not { } value
            || JsonSection.Open(value, root.PathOf("data"), "the data object", [.. FileFields, .. GeneratorFields],
                context.Shown, context.Problems) is not { } data)
        {
            return;
        }

        bool generated = data.Has("generator") || (!FileFields.Any(data.Has) && GeneratorFields.Any(data.Has));
        if (generated)
        {
            foreach (string field in FileFields.Where(data.Has))
            {
                data.Report(field, $"'{field}' cannot be used with a generator; {EitherOr}");
            }
            draft.Generated = Generator(data);
        }
        else
        {
            foreach (string field in GeneratorFields.Where(data.Has))
            {
                data.Report(field, $"'{field}' belongs to a generator but the data are files; {EitherOr}");
            }
            draft.Inputs = SetupValues.File(data, "inputs", context);
            draft.Targets = SetupValues.File(data, "targets", context);
        }
    }

    private static GeneratedData? Generator(JsonSection data)
    {
        string? generator = GeneratorName(data);
        int? n = SetupValues.Count(data, "n", required: true, "the number of samples n, an integer ≥ 1");
        int? d = SetupValues.Count(data, "d", required: true, "the input dimension d, an integer ≥ 1");
        ulong? seed = SetupValues.Seed(data, "seed");
        string? labels = Labels(data);
        double? labelBound = LabelBound(data, labels);

        if (n is { } rows && d is { } columns && (long)rows * columns > int.MaxValue)
        {
            data.ReportHere($"the n×d inputs (n = {rows}, d = {columns}) would have {(long)rows * columns} values, " +
                $"too large to store: a dense matrix holds at most {int.MaxValue}");
            return null;
        }
        return generator is null || n is null || d is null || seed is null || labels is null || labelBound is null
            ? null
            : new GeneratedData(generator, n.Value, d.Value, seed.Value, labels, labelBound.Value);
    }

    private static string? GeneratorName(JsonSection data)
    {
        const string expected = "a generator name, \"unit-sphere\" or \"gaussian\"";
        if (data.Get("generator", required: true, expected) is { ValueKind: System.Text.Json.JsonValueKind.Object })
        {
            data.Report("generator",
                $"expected {expected}, found an object; put n, d, seed, labels and labelBound next to \"generator\" in {data.Path}");
            return null;
        }
        if (data.String("generator", required: false, expected) is not { } name)
        {
            return null;
        }
        if (!SetupDefaults.Generators.Contains(name))
        {
            data.Report("generator", $"unknown generator {JsonText.Quote(name)}{NameSuggestion.Hint(name, SetupDefaults.Generators)}; expected {expected}");
            return null;
        }
        return name;
    }

    private static string? Labels(JsonSection data)
    {
        const string expected = "the label distribution, \"gaussian\" or \"uniform\"";
        if (!data.Has("labels"))
        {
            return SetupDefaults.Labels;
        }
        if (data.String("labels", required: false, expected) is not { } labels)
        {
            return null;
        }
        if (!SetupDefaults.LabelKinds.Contains(labels))
        {
            data.Report("labels", $"unknown labels {JsonText.Quote(labels)}; expected {expected}");
            return null;
        }
        return labels;
    }

    private static double? LabelBound(JsonSection data, string? labels)
    {
        const string expected = "the bound c of uniform labels on [-c, c], a finite number > 0";
        if (!data.Has("labelBound"))
        {
            return SetupDefaults.LabelBound;
        }
        if (labels is not null && labels != "uniform")
        {
            data.Report("labelBound", $"labelBound applies only to \"labels\": \"uniform\", but the labels are \"{labels}\"; expected no labelBound");
            return null;
        }
        if (data.Number("labelBound", required: false, expected) is not { } bound)
        {
            return null;
        }
        if (bound <= 0)
        {
            data.Report("labelBound", $"expected {expected}, found {SetupValues.Show(bound)}");
            return null;
        }
        return bound;
    }
}

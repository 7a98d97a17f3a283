using System.Text.Json;

namespace Verify.Setup;

/// <summary>Reads the root object of a setup file: $schema (ignored), name, theorems and delta here, the sections through their parsers.</summary>
internal static class SetupParser
{
    /// <summary>The key an editor reads to find the file's JSON Schema (schemas/setup.schema.json); the loader ignores its value.</summary>
    public const string SchemaField = "$schema";

    private static readonly string[] Fields = [SchemaField, "name", "theorems", "data", "model", "training", "delta"];

    /// <summary>The draft; null when the root is not an object (reported).</summary>
    public static SetupDraft? Parse(JsonElement root, SetupContext context)
    {
        if (JsonSection.Open(root, "$", "the setup", Fields, context.Shown, context.Problems) is not { } section)
        {
            return null;
        }

        // Only its type is checked: which schema an editor uses is the editor's business.
        section.String(SchemaField, required: false, "the path or URI of the setup's JSON Schema, a string such as \"../../schemas/setup.schema.json\"");
        var draft = new SetupDraft
        {
            Name = section.String("name", required: false, "a non-empty name (a string)")
                ?? Path.GetFileNameWithoutExtension(context.FullPath),
            Theorems = Theorems(section, context),
        };
        if (section.Number("delta", required: false, "the failure probability δ, a number strictly between 0 and 1") is { } delta)
        {
            if (delta is >= SetupDefaults.MinDelta and < 1)
            {
                draft.Delta = delta;
            }
            else if (delta is > 0 and < SetupDefaults.MinDelta)
            {
                section.Report("delta",
                    $"δ = {SetupValues.Show(delta)} is too small to analyse: Du et al.'s width bound divides by δ³, which below " +
                    $"1e-50 leaves too little of a double's range (δ = 1e-100 already overflows it); expected δ from 1e-50 to below 1");
            }
            else
            {
                section.Report("delta",
                    $"expected the failure probability δ, a number strictly between 0 and 1, found {SetupValues.Show(delta)}");
            }
        }

        DataSectionParser.Parse(section, draft, context);
        ModelSectionParser.Parse(section, draft, context);
        TrainingSectionParser.Parse(section, draft, context);
        return draft;
    }

    private static List<string>? Theorems(JsonSection section, SetupContext context)
    {
        const string expected = "an array of theorem ids such as [\"du2019\"]";
        if (section.Get("theorems", required: false, expected) is not { } value)
        {
            return null;
        }
        string path = section.PathOf("theorems");
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Report(path, $"expected {expected}, found {JsonText.Describe(value)}");
            return null;
        }
        if (value.GetArrayLength() == 0)
        {
            context.Report(path, "expected at least one theorem id; leave the field out to check every matching theorem");
            return null;
        }

        var known = context.KnownTheoremIds.Order(StringComparer.Ordinal).ToList();
        string knownText = known.Count == 0 ? "(none)" : string.Join(", ", known);
        var ids = new List<string>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string at = JsonText.Item(path, index++);
            string? id = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Report(at, $"expected a theorem id (one of {knownText}), found {JsonText.Describe(item)}");
            }
            else if (!known.Contains(id, StringComparer.Ordinal))
            {
                context.Report(at, $"unknown theorem id '{id}'{NameSuggestion.Hint(id, known)}; known theorems: {knownText}");
            }
            else if (ids.Contains(id, StringComparer.Ordinal))
            {
                context.Report(at, $"theorem '{id}' is listed twice; expected each id once");
            }
            else
            {
                ids.Add(id);
            }
        }
        return ids;
    }
}

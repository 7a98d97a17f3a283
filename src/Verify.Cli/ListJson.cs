using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verify.Cli;

/// <summary>`verify list --json`: every theorem with its checks and scenarios, keys in camelCase, enums in lower case.</summary>
internal static class ListJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // λ₀ and ‖·‖ stay readable
    };

    public static string Write(IReadOnlyList<TheoremListing> theorems)
    {
        var array = new JsonArray(theorems.Select(Theorem).ToArray<JsonNode?>());
        return new JsonObject { ["theorems"] = array }.ToJsonString(Options);
    }

    private static JsonObject Theorem(TheoremListing theorem) => new()
    {
        ["id"] = theorem.Info.Id,
        ["title"] = theorem.Info.Title,
        ["citation"] = theorem.Info.Citation,
        ["summary"] = theorem.Info.Summary,
        ["checks"] = new JsonArray(theorem.Info.Checks.Select(c => new JsonObject
        {
            ["id"] = c.Id,
            ["kind"] = c.Kind.ToString().ToLowerInvariant(),
            ["tier"] = c.Tier?.ToString().ToLowerInvariant(),
            ["statement"] = c.Statement,
            ["paperReference"] = c.PaperReference,
            ["provenance"] = c.Provenance.ToString().ToLowerInvariant(),
        }).ToArray<JsonNode?>()),
        ["scenarios"] = new JsonArray(theorem.Scenarios.Select(s => new JsonObject
        {
            ["id"] = s.Id,
            ["description"] = s.Description,
            ["instances"] = s.Instances,
            ["sweepFamily"] = s.SweepFamily,
            ["full"] = s.Full,
            ["quick"] = s.Quick,
        }).ToArray<JsonNode?>()),
    };
}

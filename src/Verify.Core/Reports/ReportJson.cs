using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verify.Core;

/// <summary>
/// The report.json writer: camelCase names, enums as camelCase strings, NaN and ±∞ as the strings
/// "NaN", "Infinity" and "-Infinity" (JSON has no such numbers), invariant formatting throughout. An instance's
/// parameters are a list of <c>{"name", "value", "text"}</c> in the module's order, with <c>value</c> null for a
/// text-only parameter (one flat record each, so <c>pandas.json_normalize</c> reads them as a table).
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(RunReport report) => JsonSerializer.Serialize(report, Options);

    public static RunReport Deserialize(string json) =>
        JsonSerializer.Deserialize<RunReport>(json, Options) ?? throw new JsonException("report.json is empty");
}

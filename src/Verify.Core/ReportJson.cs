using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verify.Core;

/// <summary>
/// The report.json writer: camelCase names, enums as camelCase strings, NaN and ±∞ as the strings
/// "NaN", "Infinity" and "-Infinity" (JSON has no such numbers), invariant formatting throughout.
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

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verify.Core;

/// <summary>
/// The report.json writer: camelCase names, enums as camelCase strings, NaN and ±∞ as the strings
/// "NaN", "Infinity" and "-Infinity" (JSON has no such numbers), invariant formatting throughout. An instance's
/// parameters are a list of <c>{"key", "name", "value", "text"}</c> in the module's order (<c>key</c> the ASCII form of
/// the display <c>name</c>: "lambda0" for "λ₀"), with <c>value</c> null for a text-only parameter (one flat record each, so <c>pandas.json_normalize</c> reads them as a table).
/// </summary>
public static class ReportJson
{
    /// <summary>
    /// The shape of report.json, written as its first field <c>schemaVersion</c> and raised whenever a field is renamed,
    /// removed or changes meaning. 1: the files before the field existed (no <c>schemaVersion</c>). 2: <c>schemaVersion</c>;
    /// <c>invocation</c> (command line and options); <c>environment.toolVersion</c>; <c>peakWorkingSetBytes</c>; each
    /// parameter's ASCII <c>key</c> beside its display <c>name</c>; each instance's <c>resources</c> (wall time, allocation).
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    public static string Serialize(RunReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>One part of a report (an instance, an environment) in report.json's form, on one line (the sweep store's rows).</summary>
    public static string SerializeCompact<T>(T value) => JsonSerializer.Serialize(value, CompactOptions);

    /// <summary>Reads what <see cref="SerializeCompact{T}"/> wrote.</summary>
    public static T DeserializePart<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"an empty {typeof(T).Name}");

    public static RunReport Deserialize(string json) =>
        JsonSerializer.Deserialize<RunReport>(json, Options) ?? throw new JsonException("report.json is empty");
}

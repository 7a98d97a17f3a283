using System.Globalization;
using System.Text.Json.Serialization;
using Parquet.Serialization;
using Verify.Core;

namespace Verify.Store;

/// <summary>
/// A store as one long table for pandas or Polars (`verify export`): one row per (instance, item), the item a hypothesis,
/// conclusion, invariant (value, relation, bound, margin, verdict) or numeric-or-text parameter, with the instance's cell,
/// index, seed, verdict, scope, timing and host beside it. Rows in (cell, index) order, items in the report's order.
/// </summary>
public static class StoreExport
{
    /// <summary>The columns whose values differ between runs of the same plan (timing and place); every other column is deterministic.</summary>
    public static readonly IReadOnlyList<string> RunDependentColumns = ["elapsed_seconds", "allocated_bytes", "finished_at", "host"];

    public static IReadOnlyList<ExportRow> Rows(SweepStore store)
    {
        var rows = new List<ExportRow>();
        foreach (var stored in store.Instances())
        {
            var report = stored.Report;
            ExportRow Row(string kind, string id) => new()
            {
                Plan = store.Plan.Name,
                Theorem = stored.Theorem,
                Cell = stored.Cell,
                Index = stored.Index,
                Seed = report.Seed.ToString(CultureInfo.InvariantCulture),
                InstanceVerdict = report.Verdict.ToString(),
                InScope = report.InScope,
                Kind = kind,
                Id = id,
                ElapsedSeconds = stored.ElapsedSeconds,
                AllocatedBytes = stored.AllocatedBytes,
                FinishedAt = stored.FinishedAt.ToString("O", CultureInfo.InvariantCulture),
                Host = stored.Host,
            };
            foreach (var parameter in report.Parameters)
            {
                rows.Add(Row("parameter", parameter.Key) with { Value = parameter.Value, Text = parameter.Text });
            }
            foreach (var (kind, checks) in new[] { ("hypothesis", report.Hypotheses), ("conclusion", report.Conclusions), ("invariant", report.Invariants) })
            {
                foreach (var check in checks)
                {
                    rows.Add(Row(kind, check.Id) with
                    {
                        Tier = check.Tier?.ToString(),
                        Provenance = check.Provenance.Tag(),
                        Value = check.Value,
                        Relation = check.Relation.Symbol(),
                        Bound = check.Bound,
                        Margin = check.Margin,
                        Verdict = check.Verdict.ToString(),
                        Text = check.Note,
                    });
                }
            }
        }
        return rows;
    }

    private static readonly string[] Header =
    [
        "plan", "theorem", "cell", "index", "seed", "instance_verdict", "in_scope", "kind", "id", "tier", "provenance", "value", "relation",
        "bound", "margin", "verdict", "text", "elapsed_seconds", "allocated_bytes", "finished_at", "host",
    ];

    /// <summary>RFC 4180 CSV with a header; numbers round-trip ("R"), NaN and ±∞ as NaN, Infinity, -Infinity, absent values empty.</summary>
    public static void WriteCsv(SweepStore store, TextWriter writer)
    {
        writer.Write(string.Join(",", Header) + "\n");
        foreach (var row in Rows(store))
        {
            string?[] cells =
            [
                row.Plan, row.Theorem, row.Cell, I(row.Index), row.Seed, row.InstanceVerdict, row.InScope is bool b ? (b ? "true" : "false") : null,
                row.Kind, row.Id, row.Tier, row.Provenance, D(row.Value), row.Relation, D(row.Bound), D(row.Margin), row.Verdict, row.Text,
                D(row.ElapsedSeconds), row.AllocatedBytes is long a ? I(a) : null, row.FinishedAt, row.Host,
            ];
            writer.Write(string.Join(",", cells.Select(Quote)) + "\n");
        }
    }

    /// <summary>The same rows as a Parquet file (one row group).</summary>
    public static void WriteParquet(SweepStore store, Stream stream) =>
        ParquetSerializer.SerializeAsync(Rows(store), stream).GetAwaiter().GetResult();

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? D(double? value) => value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : null;

    private static string Quote(string? cell)
    {
        if (cell is null)
        {
            return "";
        }
        if (cell.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return cell;
        }
        return "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>One row of <see cref="StoreExport"/> (its Parquet column names are the property names in snake case, as the CSV header).</summary>
public sealed record ExportRow
{
    [JsonPropertyName("plan")] public string Plan { get; init; } = "";
    [JsonPropertyName("theorem")] public string Theorem { get; init; } = "";
    [JsonPropertyName("cell")] public string Cell { get; init; } = "";
    [JsonPropertyName("index")] public int Index { get; init; }
    [JsonPropertyName("seed")] public string Seed { get; init; } = "";
    [JsonPropertyName("instance_verdict")] public string InstanceVerdict { get; init; } = "";
    [JsonPropertyName("in_scope")] public bool? InScope { get; init; }
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("tier")] public string? Tier { get; init; }
    [JsonPropertyName("provenance")] public string? Provenance { get; init; }
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("relation")] public string? Relation { get; init; }
    [JsonPropertyName("bound")] public double? Bound { get; init; }
    [JsonPropertyName("margin")] public double? Margin { get; init; }
    [JsonPropertyName("verdict")] public string? Verdict { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("elapsed_seconds")] public double ElapsedSeconds { get; init; }
    [JsonPropertyName("allocated_bytes")] public long? AllocatedBytes { get; init; }
    [JsonPropertyName("finished_at")] public string FinishedAt { get; init; } = "";
    [JsonPropertyName("host")] public string Host { get; init; } = "";
}

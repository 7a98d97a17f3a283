using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verify.Core;

namespace Verify.Setup;

/// <summary>
/// Reads and validates a sweep plan like a setup: every problem at once (<see cref="SetupException"/>), each with the
/// plan's file and JSON path. <see cref="Load"/> checks the plan's own fields; <see cref="CheckCells"/> then builds every
/// cell's setup and validates it as `verify check` would (so a cell too large for this machine is refused before any work).
/// </summary>
public static class SweepPlanLoader
{
    private static readonly string[] Fields = ["$schema", "name", "theorem", "setup", "grid", "masterSeed"];

    /// <summary>At most this many instances per cell.</summary>
    public const int MaxSeeds = 100_000;

    /// <param name="path">The plan file.</param>
    /// <param name="bases">Every theorem id → its declared base setup (JSON text), or null when it cannot be swept.</param>
    public static SweepPlan Load(string path, IReadOnlyDictionary<string, string?> bases)
    {
        var problems = new List<SetupProblem>();
        void Report(string at, string message) => problems.Add(new SetupProblem(path, at, message));
        JsonObject? root = ReadObject(path, path, problems);
        if (root is null)
        {
            throw new SetupException(problems);
        }
        foreach (var (key, _) in root)
        {
            if (!Fields.Contains(key))
            {
                Report($"$.{key}", $"unknown field{NameSuggestion.Hint(key, Fields)}; expected {string.Join(", ", Fields.Skip(1))}");
            }
        }
        string? name = Text(root, "name", Report);
        if (name is not null && (name.Length == 0 || name.Length > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            Report("$.name", $"expected 1 to 100 letters, digits, '-', '_' or '.' (it names the store and report files), found {JsonText.Quote(name)}");
            name = null;
        }
        string? theorem = Text(root, "theorem", Report);
        string? baseText = null;
        if (theorem is not null && !bases.TryGetValue(theorem, out baseText))
        {
            Report("$.theorem", $"unknown theorem {JsonText.Quote(theorem)}{NameSuggestion.Hint(theorem, bases.Keys)}; expected one of {string.Join(", ", bases.Keys)}");
            theorem = null;
        }
        var (basePath, baseSetup) = Base(root, path, theorem, baseText, problems, Report);
        ulong masterSeed = Core.RunOptions.DefaultMasterSeed;
        if (root["masterSeed"] is { } seedNode)
        {
            if (WholeNumber(seedNode) is double s && s >= 0 && s <= 9007199254740992)
            {
                masterSeed = (ulong)s;
            }
            else
            {
                Report("$.masterSeed", $"expected an integer from 0 to 2⁵³, found {seedNode.ToJsonString()}");
            }
        }
        var (axes, seeds) = Grid(root["grid"], Report);
        if (problems.Count > 0)
        {
            throw new SetupException(problems);
        }
        return new SweepPlan(path, name!, theorem!, basePath!, baseSetup!, axes, seeds, masterSeed);
    }

    /// <summary>
    /// Builds instance 0 of every cell and validates it, and asks <paramref name="mismatch"/> (the theorem's coverage) why it
    /// would not cover the cell; returns each cell's predicted peak memory per instance (bytes, null when unknown). Throws
    /// <see cref="SetupException"/> with every cell's problems, each prefixed by the cell.
    /// </summary>
    public static IReadOnlyList<(SweepCell Cell, long? PeakBytes)> CheckCells(SweepPlan plan, IReadOnlyCollection<string> knownTheoremIds,
        Func<UserSetup, string?>? mismatch = null)
    {
        var problems = new List<SetupProblem>();
        var peaks = new List<(SweepCell, long?)>();
        foreach (var cell in plan.Cells())
        {
            try
            {
                var setup = SweepCellSetup.Build(plan, cell, 0, knownTheoremIds);
                if (mismatch?.Invoke(setup) is string reason)
                {
                    problems.Add(new SetupProblem(plan.Path, $"cell {cell.Key}", $"the theorem '{plan.Theorem}' does not cover this setup: {reason}"));
                    continue;
                }
                peaks.Add((cell, setup.PredictedPeakBytes));
            }
            catch (SetupException e)
            {
                problems.AddRange(e.Problems.Select(p => new SetupProblem(plan.Path, $"cell {cell.Key}", $"{(p.Location.Length == 0 ? "" : p.Location + ": ")}{p.Message}")));
            }
        }
        if (problems.Count > 0)
        {
            throw new SetupException(problems);
        }
        return peaks;
    }

    private static (string? Path, JsonObject? Setup) Base(JsonObject root, string path, string? theorem, string? baseText, List<SetupProblem> problems,
        Action<string, string> report)
    {
        if (root["setup"] is { } setupNode)
        {
            if (setupNode.GetValueKind() != JsonValueKind.String)
            {
                report("$.setup", $"expected a path to a setup file (relative to the plan), found {setupNode.ToJsonString()}");
                return (null, null);
            }
            string relative = setupNode.GetValue<string>();
            string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "", relative));
            var setup = ReadObject(full, $"{path}: $.setup ({relative})", problems);
            return (full, setup);
        }
        if (theorem is null)
        {
            return (null, null);
        }
        if (baseText is null)
        {
            report("$.setup", $"the theorem {JsonText.Quote(theorem)} declares no base setup to sweep; expected \"setup\": a setup file whose parameters the grid varies");
            return (null, null);
        }
        // the declared base is resolved as if it were a file next to the plan (it reads no files: its data are generated)
        string nominal = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "", $"{theorem}.sweep-base.json");
        return (nominal, JsonNode.Parse(baseText)!.AsObject());
    }

    private static (IReadOnlyList<SweepAxis> Axes, int Seeds) Grid(JsonNode? grid, Action<string, string> report)
    {
        const string expected = "an object such as { \"n\": [4, 8], \"m\": [1e3, 1e4], \"seeds\": 8 }";
        if (grid is not JsonObject cells)
        {
            report("$.grid", grid is null ? $"missing; expected {expected}" : $"expected {expected}, found {grid.ToJsonString()}");
            return ([], 0);
        }
        int seeds = 1;
        var axes = new List<SweepAxis>();
        foreach (var (key, node) in cells)
        {
            string at = $"$.grid.{key}";
            if (key == "seeds")
            {
                if (node is not null && WholeNumber(node) is double k && k >= 1 && k <= MaxSeeds)
                {
                    seeds = (int)k;
                }
                else
                {
                    report(at, $"expected the number of instances per cell, an integer from 1 to {MaxSeeds}, found {node?.ToJsonString() ?? "null"}");
                }
                continue;
            }
            if (!SweepAxis.Names.ContainsKey(key))
            {
                report(at, $"unknown parameter{NameSuggestion.Hint(key, SweepAxis.Names.Keys)}; expected one of {string.Join(", ", SweepAxis.Names.Keys)} or seeds");
                continue;
            }
            if (node is not JsonArray values || values.Count == 0)
            {
                report(at, $"expected a non-empty array of values ({SweepAxis.Names[key]}), found {node?.ToJsonString() ?? "null"}");
                continue;
            }
            var parsed = new List<SweepValue>();
            for (int i = 0; i < values.Count; i++)
            {
                if (Value(key, values[i], $"{at}[{i}]", report) is { } value)
                {
                    if (parsed.Any(p => p.Text == value.Text))
                    {
                        report($"{at}[{i}]", $"{value.Text} is listed twice; expected distinct values");
                        continue;
                    }
                    parsed.Add(value);
                }
            }
            axes.Add(new SweepAxis(key, parsed));
        }
        if (!cells.Any(c => c.Key != "seeds"))
        {
            report("$.grid", $"no parameter to sweep; expected at least one of {string.Join(", ", SweepAxis.Names.Keys)}");
        }
        return (axes, seeds);
    }

    private static SweepValue? Value(string axis, JsonNode? node, string at, Action<string, string> report)
    {
        switch (axis)
        {
            case "n" or "d" or "m" or "steps":
                // a width may be larger than any array (the setup's check then says why it cannot be held); counts fit an int
                double most = axis == "m" ? 9007199254740992 : int.MaxValue;
                if (node is not null && WholeNumber(node) is double whole && whole >= 1 && whole <= most)
                {
                    return new SweepValue(axis, JsonValue.Create((long)whole), ((long)whole).ToString(CultureInfo.InvariantCulture), whole);
                }
                report(at, $"expected a positive integer up to {Number(most)} ({SweepAxis.Names[axis]}), found {node?.ToJsonString() ?? "null"}");
                return null;
            case "eta":
                if (node is not null && node.GetValueKind() == JsonValueKind.Number && node.GetValue<double>() is var eta && eta >= 0 && double.IsFinite(eta))
                {
                    return new SweepValue(axis, JsonValue.Create(eta), Exact(eta), eta);
                }
                if (node is JsonArray rates && rates.Count > 0 && rates.All(r => r?.GetValueKind() == JsonValueKind.Number && r.GetValue<double>() >= 0 && double.IsFinite(r.GetValue<double>())))
                {
                    var list = rates.Select(r => r!.GetValue<double>()).ToList();
                    return new SweepValue(axis, new JsonArray([.. list.Select(r => (JsonNode)JsonValue.Create(r))]), $"[{string.Join(";", list.Select(Exact))}]", null);
                }
                report(at, $"expected a step size ≥ 0 or an array of them, one per layer, found {node?.ToJsonString() ?? "null"}");
                return null;
            default: // init
                if (node?.GetValueKind() == JsonValueKind.String && Core.Networks.SchemeInit.Schemes.Contains(node.GetValue<string>()))
                {
                    return new SweepValue(axis, JsonValue.Create(node.GetValue<string>())!, node.GetValue<string>(), null);
                }
                report(at, $"expected an initialisation scheme ({string.Join(", ", Core.Networks.SchemeInit.Schemes)}), found {node?.ToJsonString() ?? "null"}");
                return null;
        }
    }

    private static string Number(double value) => Core.NumberFormat.Text(value);

    /// <summary>A value as a cell key shows it: round-trip exact, so distinct values never share a key and the report reads back the value itself.</summary>
    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double? WholeNumber(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.Number && node.GetValue<double>() is var v && Math.Floor(v) == v ? v : null;

    private static string? Text(JsonObject root, string field, Action<string, string> report)
    {
        if (root[field] is { } node && node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }
        report($"$.{field}", root[field] is null ? "missing; expected a string" : $"expected a string, found {root[field]!.ToJsonString()}");
        return null;
    }

    private static JsonObject? ReadObject(string path, string shown, List<SetupProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new SetupProblem(shown, "", $"the file does not exist (looked for {System.IO.Path.GetFullPath(path)}); expected a JSON file"));
            return null;
        }
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            if (node is JsonObject root)
            {
                return root;
            }
            problems.Add(new SetupProblem(shown, "$", $"expected a JSON object, found {node?.ToJsonString() ?? "null"}"));
        }
        catch (JsonException e)
        {
            problems.Add(new SetupProblem(shown, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}", $"not valid JSON: {e.Message}"));
        }
        catch (IOException e)
        {
            problems.Add(new SetupProblem(shown, "", $"cannot be read: {e.Message}"));
        }
        return null;
    }
}

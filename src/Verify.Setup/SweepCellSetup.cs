using System.Text.Json;
using System.Text.Json.Nodes;
using Verify.Core;

namespace Verify.Setup;

/// <summary>
/// The setup of instance k of a sweep cell: the plan's base setup with the cell's values written into it, the data's and
/// the initialisation's seeds derived from <see cref="SweepPlan.InstanceSeed"/>, its theorem named, and then validated
/// exactly as `verify check` validates a file (<see cref="SetupLoader"/>).
/// </summary>
public static class SweepCellSetup
{
    /// <summary>Seeds in a setup are at most 2⁵³ (a JSON number a double holds exactly).</summary>
    private const ulong SeedMask = (1UL << 53) - 1;

    public static UserSetup Build(SweepPlan plan, SweepCell cell, int index, IReadOnlyCollection<string> knownTheoremIds)
    {
        var (json, problems) = Json(plan, cell, index);
        if (problems.Count > 0)
        {
            throw new SetupException(problems);
        }
        using var document = JsonDocument.Parse(json.ToJsonString());
        return SetupLoader.Load(document.RootElement, plan.BaseSetupPath, knownTheoremIds);
    }

    /// <summary>The instance's setup as JSON, with the problems of writing the cell into the base (e.g. n with data files).</summary>
    public static (JsonObject Setup, IReadOnlyList<SetupProblem> Problems) Json(SweepPlan plan, SweepCell cell, int index)
    {
        var found = new List<SetupProblem>();
        void Report(string at, string message) => found.Add(new SetupProblem(plan.BaseSetupPath, at, message));
        var setup = plan.BaseSetup.DeepClone().AsObject();
        ulong seed = plan.InstanceSeed(cell, index);
        setup.Remove("$schema");
        setup["name"] = $"{plan.Name} {cell.Key} #{index}";
        setup["theorems"] = new JsonArray(JsonValue.Create(plan.Theorem));
        var data = setup["data"] as JsonObject;
        var model = setup["model"] as JsonObject;
        bool twoLayer = model?["architecture"]?.GetValueKind() == JsonValueKind.String && model["architecture"]!.GetValue<string>() == "two-layer-relu";
        if (data is not null && data.ContainsKey("generator"))
        {
            data["seed"] = Seeds.Derive(seed, "data", 0) & SeedMask;
        }
        if (model?["init"] is JsonObject init && (init.ContainsKey("seed") || init.ContainsKey("scheme")))
        {
            init["seed"] = Seeds.Derive(seed, "init", 0) & SeedMask;
        }
        foreach (var value in cell.Values)
        {
            string at = $"cell value {value.Axis} = {value.Text}";
            switch (value.Axis)
            {
                case "n" or "d":
                    if (data is null || !data.ContainsKey("generator"))
                    {
                        Report("$.data", $"{at}: the grid sets $.data.{value.Axis}, but the base setup's data are not generated; expected \"data\": {{ \"generator\": … }}");
                        break;
                    }
                    data[value.Axis] = value.Json.DeepClone();
                    break;
                case "m":
                    if (twoLayer)
                    {
                        model!["width"] = value.Json.DeepClone();
                    }
                    else if (model?["widths"] is JsonArray widths && widths.Count > 0)
                    {
                        widths[0] = value.Json.DeepClone();
                    }
                    else
                    {
                        Report("$.model", $"{at}: expected a model with \"width\" or \"widths\" to set the width in");
                    }
                    break;
                case "eta":
                    (setup["training"] as JsonObject ?? Missing(setup, "training"))["learningRate"] = value.Json.DeepClone();
                    break;
                case "steps":
                    (setup["training"] as JsonObject ?? Missing(setup, "training"))["steps"] = value.Json.DeepClone();
                    break;
                default: // init
                    if (twoLayer || model?["init"] is not JsonObject schemeInit)
                    {
                        Report("$.model.init", $"{at}: only an mlp's drawn initialisation has a scheme to set (two-layer-relu's is fixed)");
                        break;
                    }
                    schemeInit["scheme"] = value.Json.DeepClone();
                    break;
            }
        }
        return (setup, found);
    }

    private static JsonObject Missing(JsonObject setup, string field)
    {
        var created = new JsonObject();
        setup[field] = created;
        return created;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Verify.Core;

namespace Verify.Setup;

/// <summary>
/// A sweep plan (`verify sweep plan.json`): a theorem, the base setup every cell starts from (the plan's "setup" file or
/// the theorem's declared base), and a grid over setup parameters (<see cref="SweepAxis.Names"/>) with a number of seeds
/// per cell. Cells are the grid's cartesian product, in the plan's axis order; instance k of a cell draws its data and
/// initialisation from seeds derived from (master seed, theorem, plan name, cell, k) only.
/// </summary>
public sealed record SweepPlan(
    string Path,
    string Name,
    string Theorem,
    string BaseSetupPath,
    JsonObject BaseSetup,
    IReadOnlyList<SweepAxis> Axes,
    int Seeds,
    ulong MasterSeed)
{
    /// <summary>The cells, first axis slowest.</summary>
    public IReadOnlyList<SweepCell> Cells()
    {
        IEnumerable<IReadOnlyList<SweepValue>> product = [[]];
        foreach (var axis in Axes)
        {
            product = product.SelectMany(prefix => axis.Values.Select(v => (IReadOnlyList<SweepValue>)[.. prefix, v]));
        }
        return [.. product.Select(values => new SweepCell(values))];
    }

    /// <summary>
    /// What identifies the plan's results: its name, theorem, master seed, seeds, axes and base setup in a canonical
    /// form, hashed (SHA-256, hex). Stores of different fingerprints are never merged.
    /// </summary>
    public string Fingerprint()
    {
        var canonical = new JsonObject
        {
            ["name"] = Name,
            ["theorem"] = Theorem,
            ["masterSeed"] = MasterSeed.ToString(CultureInfo.InvariantCulture),
            ["seeds"] = Seeds,
            ["axes"] = new JsonArray([.. Axes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["values"] = new JsonArray([.. a.Values.Select(v => v.Json.DeepClone())]) })]),
            ["base"] = BaseSetup.DeepClone(),
            ["files"] = new JsonArray([.. DataFiles().Select(f => (JsonNode)JsonValue.Create(f))]),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
    }

    /// <summary>The SHA-256 of every file the base setup reads (data, weights), so a store is never resumed on edited files.</summary>
    private IEnumerable<string> DataFiles()
    {
        string folder = System.IO.Path.GetDirectoryName(BaseSetupPath) ?? "";
        var paths = new List<string>();
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key is "inputs" or "targets" or "firstLayer" or "outputLayer" && value?.GetValueKind() == System.Text.Json.JsonValueKind.String)
                        {
                            paths.Add(value.GetValue<string>());
                        }
                        else if (key == "layers" && value is JsonArray layers)
                        {
                            paths.AddRange(layers.Where(l => l?.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(l => l!.GetValue<string>()));
                        }
                        else
                        {
                            Collect(value);
                        }
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item);
                    }
                    break;
            }
        }
        Collect(BaseSetup);
        foreach (string relative in paths)
        {
            string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, relative));
            yield return File.Exists(full) ? $"{relative}:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)))}" : $"{relative}:missing";
        }
    }

    /// <summary>The seed of instance <paramref name="index"/> of <paramref name="cell"/> (independent of shards and order).</summary>
    public ulong InstanceSeed(SweepCell cell, int index) => Core.Seeds.Derive(MasterSeed, $"{Theorem}/{Name}/{cell.Key}", index);
}

/// <summary>One axis of the grid: a setup parameter and its values in the plan's order.</summary>
public sealed record SweepAxis(string Name, IReadOnlyList<SweepValue> Values)
{
    /// <summary>The parameters a grid may sweep, with what each sets in the setup.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["n"] = "the number of samples ($.data.n; generated data only)",
        ["d"] = "the input dimension ($.data.d; generated data only)",
        ["m"] = "the first hidden layer's width ($.model.width, or $.model.widths[0])",
        ["eta"] = "the step size, one number or one per layer ($.training.learningRate)",
        ["steps"] = "the number of gradient-descent steps ($.training.steps)",
        ["init"] = "the initialisation scheme ($.model.init.scheme; mlp only)",
    };
}

/// <summary>One value of an axis: as JSON (what the setup gets), as shown ("1000", "[0.1, 0.01]", "lecun"), and as a number when it is one.</summary>
public sealed record SweepValue(string Axis, JsonNode Json, string Text, double? Number);

/// <summary>One cell of the grid: a value per axis; <see cref="Key"/> ("n=4,m=1000") names it in stores and reports.</summary>
public sealed record SweepCell(IReadOnlyList<SweepValue> Values)
{
    public string Key => string.Join(",", Values.Select(v => $"{v.Axis}={v.Text}"));

    /// <summary>Equal cells have equal values (the list compared element by element, not by reference).</summary>
    public bool Equals(SweepCell? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}

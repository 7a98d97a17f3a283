using System.Text.Json;
using Verify.Core.Networks;

namespace Verify.Setup;

/// <summary>
/// Reads <c>$.model.activation</c>: a name (<c>"relu"</c>, <c>"tanh"</c>, <c>"sigmoid"</c>, <c>"softplus"</c>, <c>"arctan"</c>)
/// or <c>{ "name": "smooth-leaky", "gamma": γ, "b": b }</c> with γ ∈ (0, 1) and b &gt; 0.
/// </summary>
internal static class ActivationParser
{
    private static readonly string Expected =
        $"one of {string.Join(", ", ActivationSpec.Names.Where(n => n != ActivationSpec.SmoothLeakyName).Select(n => $"\"{n}\""))}, " +
        "or { \"name\": \"smooth-leaky\", \"gamma\": γ, \"b\": b }";

    private static readonly string[] Fields = ["name", "gamma", "b"];

    public static ActivationSpec? Parse(JsonSection model, SetupContext context)
    {
        if (model.Get("activation", required: true, Expected) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            string name = value.GetString() ?? "";
            if (name == ActivationSpec.SmoothLeakyName)
            {
                model.Report("activation", $"smooth-leaky needs its parameters: expected {{ \"name\": \"smooth-leaky\", \"gamma\": γ, \"b\": b }}");
                return null;
            }
            return Known(name, model, model.PathOf("activation")) ? new ActivationSpec(name) : null;
        }
        if (JsonSection.Open(value, model.PathOf("activation"), "the activation", Fields, context.Shown, context.Problems) is not { } section
            || section.String("name", required: true, Expected) is not { } objectName
            || !Known(objectName, section, section.PathOf("name")))
        {
            return null;
        }
        if (objectName != ActivationSpec.SmoothLeakyName)
        {
            foreach (string field in new[] { "gamma", "b" }.Where(section.Has))
            {
                section.Report(field, $"'{field}' is a parameter of smooth-leaky; {objectName} has none");
            }
            return new ActivationSpec(objectName);
        }
        double? gamma = section.Number("gamma", required: true, "the slope γ of smooth-leaky, a number in (0, 1)");
        if (gamma is { } g && !(g > 0 && g < 1))
        {
            section.Report("gamma", $"expected the slope γ of smooth-leaky, a number in (0, 1), found {SetupValues.Show(g)}");
            gamma = null;
        }
        const string sharpnessExpected = "the sharpness b of smooth-leaky, a number with 1e-6 ≤ b ≤ 1e6 (beyond, σ over- or underflows in float64)";
        double? sharpness = section.Number("b", required: true, sharpnessExpected);
        if (sharpness is { } b && !(b is >= 1e-6 and <= 1e6))
        {
            section.Report("b", $"expected {sharpnessExpected}, found {SetupValues.Show(b)}");
            sharpness = null;
        }
        return gamma is { } slope && sharpness is { } sharp ? ActivationSpec.SmoothLeaky(slope, sharp) : null;
    }

    private static bool Known(string name, JsonSection section, string path)
    {
        if (ActivationSpec.Names.Contains(name, StringComparer.Ordinal))
        {
            return true;
        }
        section.ReportAt(path, $"unknown activation '{name}'{NameSuggestion.Hint(name, ActivationSpec.Names)}; expected {Expected}");
        return false;
    }
}

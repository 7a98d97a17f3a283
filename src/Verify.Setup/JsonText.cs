using System.Text;
using System.Text.Json;

namespace Verify.Setup;

/// <summary>How JSON values and paths are shown in problem messages.</summary>
internal static class JsonText
{
    private const int MaxShown = 60;

    /// <summary>The JSON path of field <paramref name="name"/> under <paramref name="parent"/> (e.g. <c>$.model.width</c>).</summary>
    public static string Child(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}[{Quote(name)}]";

    /// <summary>The JSON path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>What a value is, for "found …": <c>the string "fast"</c>, <c>the number 2.5</c>, <c>an object</c>, <c>null</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {Quote(value.GetString() ?? "")}",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    /// <summary>A string in double quotes as JSON writes it (quotes, backslashes and control characters escaped), cut to a readable length.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in Shorten(text))
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>The text cut to at most 60 characters, with an ellipsis when cut.</summary>
    public static string Shorten(string text) => text.Length <= MaxShown ? text : text[..MaxShown] + "…";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

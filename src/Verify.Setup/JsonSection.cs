using System.Numerics;
using System.Text.Json;

namespace Verify.Setup;

/// <summary>
/// One JSON object of the setup file, opened against the fields it allows: unknown and repeated fields are
/// reported when it is opened, and each typed read reports a missing required field or a value of the wrong type
/// at the field's JSON path. Reads return null after reporting, so the caller carries on and finds every problem.
/// </summary>
internal sealed class JsonSection
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly List<SetupProblem> _problems;

    private JsonSection(string file, string path, List<SetupProblem> problems)
    {
        _file = file;
        Path = path;
        _problems = problems;
    }

    /// <summary>The JSON path of this object.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens <paramref name="value"/> as an object whose fields are <paramref name="allowed"/>; null (reported) when it
    /// is not an object. <paramref name="what"/> describes the object for messages, e.g. <c>the model object</c>.
    /// </summary>
    public static JsonSection? Open(
        JsonElement value, string path, string what, IReadOnlyList<string> allowed, string file, List<SetupProblem> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new SetupProblem(file, path, $"expected {what} (a JSON object), found {JsonText.Describe(value)}"));
            return null;
        }

        var section = new JsonSection(file, path, problems);
        foreach (var property in value.EnumerateObject())
        {
            string at = JsonText.Child(path, property.Name);
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add(new SetupProblem(file, at,
                    $"unknown field '{property.Name}'{NameSuggestion.Hint(property.Name, allowed)}; " +
                    $"allowed fields here: {string.Join(", ", allowed)}"));
            }
            else if (!section._fields.TryAdd(property.Name, property.Value))
            {
                problems.Add(new SetupProblem(file, at, $"field '{property.Name}' appears more than once; expected it once"));
            }
        }
        return section;
    }

    /// <summary>Whether the object has the field (an allowed one).</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>The JSON path of field <paramref name="name"/>.</summary>
    public string PathOf(string name) => JsonText.Child(Path, name);

    /// <summary>Reports a problem at field <paramref name="name"/>.</summary>
    public void Report(string name, string message) => _problems.Add(new SetupProblem(_file, PathOf(name), message));

    /// <summary>Reports a problem about this object as a whole.</summary>
    public void ReportHere(string message) => _problems.Add(new SetupProblem(_file, Path, message));

    /// <summary>The field's value; null when absent (reported as missing when <paramref name="required"/>).</summary>
    public JsonElement? Get(string name, bool required, string expected)
    {
        if (_fields.TryGetValue(name, out var value))
        {
            return value;
        }
        if (required)
        {
            Report(name, $"missing required field '{name}'; expected {expected}");
        }
        return null;
    }

    /// <summary>A string field; empty or blank strings are reported.</summary>
    public string? String(string name, bool required, string expected)
    {
        if (Get(name, required, expected) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Report(name, $"expected {expected}, found {JsonText.Describe(value)}");
            return null;
        }
        string text = value.GetString() ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(name, $"expected {expected}, found an empty string");
            return null;
        }
        return text;
    }

    /// <summary>A finite number field (ranges are the caller's to check).</summary>
    public double? Number(string name, bool required, string expected)
    {
        if (Get(name, required, expected) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(name, $"expected {expected}, found {JsonText.Describe(value)}");
            return null;
        }
        if (!value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            Report(name, $"expected {expected}, found {JsonText.Describe(value)}, which is out of the range of a double");
            return null;
        }
        return number;
    }

    /// <summary>
    /// An integer field, exactly (so 2⁵³ + 1 is not rounded): plain digits, or a number such as <c>1e3</c> or
    /// <c>2.0</c> whose value is a whole number. Ranges are the caller's to check.
    /// </summary>
    public BigInteger? Integer(string name, bool required, string expected)
    {
        if (Get(name, required, expected) is not { } value)
        {
            return null;
        }
        var (number, problem) = Whole(value);
        if (problem is not null)
        {
            Report(name, $"expected {expected}, found {problem}");
        }
        return number;
    }

    /// <summary>The value as a whole number, or null when it is not one (see <see cref="Integer"/>).</summary>
    public static BigInteger? WholeNumber(JsonElement value) => Whole(value).Number;

    /// <summary>Reports a problem at any JSON path (e.g. an array item of one of this object's fields).</summary>
    public void ReportAt(string path, string message) => _problems.Add(new SetupProblem(_file, path, message));

    /// <summary>
    /// The most significant digits an integer field is read with: every integer a setup holds (counts, widths, steps,
    /// seeds up to 2⁵³) has at most 16, so a longer one is out of range whatever its value, and is refused in linear time.
    /// </summary>
    public const int MaxIntegerDigits = 30;

    private static (BigInteger? Number, string? Problem) Whole(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return (null, JsonText.Describe(value));
        }

        string raw = value.GetRawText();
        if (raw.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            // BigInteger.Parse is quadratic in the digit count (200 000 digits took 49 s), so the digits are counted first.
            bool negative = raw.StartsWith('-');
            string digits = raw.TrimStart('-').TrimStart('0');
            if (digits.Length > MaxIntegerDigits)
            {
                return (null, $"a number with {digits.Length} digits, far out of range (an integer here has at most {MaxIntegerDigits} significant digits)");
            }
            var magnitude = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            return (negative ? -magnitude : magnitude, null);
        }
        if (!value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            return (null, $"{JsonText.Describe(value)}, which is out of the range of a double");
        }
        if (Math.Floor(number) != number)
        {
            return (null, $"{JsonText.Describe(value)}, which is not a whole number");
        }
        return (new BigInteger(number), null);
    }
}

using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Verify.Cli;

/// <summary>
/// An integer option whose bad value is refused in the user's terms ("--seed expects a non-negative integer, got
/// 'abc'"), never in the parser's ("… as expected type 'System.UInt64'").
/// </summary>
internal static class IntegerOption
{
    /// <summary>Parses the option's one token as an integer ≥ <paramref name="minimum"/>; an error names what was expected.</summary>
    public static T Parse<T>(ArgumentResult result, string name, T minimum, string expected) where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (T.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }
        bool tooLarge = token.Length > 0 && token.All(char.IsAsciiDigit) && !T.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        string range = tooLarge ? $" (at most {T.MaxValue.ToString(null, CultureInfo.InvariantCulture)})" : "";
        result.AddError($"{name} expects {expected}{range}, got '{token}'");
        return minimum;
    }
}

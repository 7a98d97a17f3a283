using System.Globalization;
using System.Text.RegularExpressions;

namespace Verify.Symbolic;

/// <summary>
/// A reader for the values in Z3's <c>(get-model)</c> text, for display and tests: numerals and the arithmetic terms
/// <c>(- a)</c>, <c>(- a b)</c>, <c>(/ a b)</c>, <c>(* a b)</c>, <c>(+ a b)</c>, as doubles (anything else is a
/// <see cref="FormatException"/>).
/// </summary>
internal static class ModelText
{
    public static double ValueOf(string model, string name)
    {
        Match header = Regex.Match(model, @"\(define-fun\s+" + Regex.Escape(name) + @"\s+\(\)\s+\w+\s+");
        if (!header.Success)
        {
            throw new FormatException($"No value for {name} in the model:\n{model}");
        }

        int position = header.Index + header.Length;
        return Read(model, ref position);
    }

    private static double Read(string text, ref int position)
    {
        SkipSpace(text, ref position);
        if (text[position] != '(')
        {
            int start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != ')')
            {
                position++;
            }

            return double.Parse(text[start..position], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        position++;
        SkipSpace(text, ref position);
        char op = text[position++];
        var operands = new List<double>();
        SkipSpace(text, ref position);
        while (text[position] != ')')
        {
            operands.Add(Read(text, ref position));
            SkipSpace(text, ref position);
        }

        position++;
        return (op, operands.Count) switch
        {
            ('-', 1) => -operands[0],
            ('-', 2) => operands[0] - operands[1],
            ('/', 2) => operands[0] / operands[1],
            ('*', _) => operands.Aggregate(1.0, (a, b) => a * b),
            ('+', _) => operands.Sum(),
            _ => throw new FormatException($"Cannot read the model term at {position}: {text}"),
        };
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}

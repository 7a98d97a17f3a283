using System.Globalization;
using System.Text.RegularExpressions;

namespace Verify.Theorems.Tests.Obligations;

/// <summary>A numeric constant of an obligation: a literal such as 2.0 or -2.0, or a fraction (/ 1.0 2.0) of two literals.</summary>
/// <param name="Start">Offset of its text in the script.</param>
/// <param name="Text">Its text as written.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/>.</param>
/// <param name="InGoal">Whether it stands in the goal rather than in a premise.</param>
public sealed record ObligationConstant(int Start, string Text, int Line, int Column, bool InGoal)
{
    public override string ToString() => $"{Text} at {Line}:{Column}{(InGoal ? " (goal)" : "")}";
}

/// <summary>
/// An obligation script in the catalog's convention: declarations and premises, then the goal as the last top-level
/// assert, written <c>(assert (not GOAL))</c>, immediately followed by the one <c>(check-sat)</c>, which ends the script.
/// </summary>
public sealed partial class ObligationScript
{
    private readonly List<(int Start, int End)> _asserts;
    private readonly (int Start, int End) _goalAssert;

    private ObligationScript(string text, List<(int Start, int End)> asserts)
    {
        Text = text;
        _asserts = asserts;
        _goalAssert = asserts[^1];
    }

    /// <summary>The script as written.</summary>
    public string Text { get; }

    /// <summary>The script without its goal: the premises, then <c>(check-sat)</c>. Proved obligations need a model of this.</summary>
    public string PremisesOnly => Text[.._goalAssert.Start] + Text[_goalAssert.End..];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> when it breaks the convention.</summary>
    public static ObligationScript Parse(string text)
    {
        var forms = TopLevelForms(text);
        var heads = forms.Select(f => Head(text, f.Start)).ToList();
        if (heads.Count(h => h == "check-sat") != 1 || heads.LastOrDefault() != "check-sat")
        {
            throw new FormatException("an obligation has exactly one (check-sat), as its last top-level command");
        }
        if (heads.Count < 2 || heads[^2] != "assert" || !GoalPattern().IsMatch(text[forms[^2].Start..forms[^2].End]))
        {
            throw new FormatException("the top-level command before (check-sat) must be the goal, (assert (not GOAL))");
        }
        if (heads.Any(h => h is "push" or "pop" or "reset" or "reset-assertions" or "check-sat-assuming"))
        {
            throw new FormatException("an obligation does not push, pop, reset or check under assumptions");
        }
        return new ObligationScript(text, [.. forms.Where((_, i) => heads[i] == "assert")]);
    }

    /// <summary>The goal (GOAL of the last assert), its whitespace collapsed.</summary>
    public string Goal => Collapse(Text[_goalAssert.Start.._goalAssert.End])["(assert (not ".Length..^2];

    /// <summary>The goal, or its conjuncts when it is an (and …): the conclusions another obligation may use.</summary>
    public IReadOnlyList<string> Conclusions => Conjuncts(Goal);

    /// <summary>Every premise (the body of each assert but the goal's), and the conjuncts of each (and …) premise, whitespace collapsed.</summary>
    public IReadOnlyList<string> Premises =>
        [.. _asserts.Where(a => a != _goalAssert).Select(a => Collapse(Text[a.Start..a.End])["(assert ".Length..^1])
            .SelectMany(p => Conjuncts(p).Prepend(p)).Distinct(StringComparer.Ordinal)];

    /// <summary>Every numeric constant in the premises and the goal, in the order written; zeros included.</summary>
    public IReadOnlyList<ObligationConstant> Constants()
    {
        var constants = new List<ObligationConstant>();
        foreach (var (start, end) in _asserts)
        {
            foreach (Match match in ConstantPattern().Matches(Text[start..end]))
            {
                int at = start + match.Index;
                int line = Text.AsSpan(0, at).Count('\n') + 1;
                int column = at - (Text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
                constants.Add(new ObligationConstant(at, match.Value, line, column, (start, end) == _goalAssert));
            }
        }
        return constants;
    }

    /// <summary>The script with <paramref name="constant"/> multiplied by <paramref name="factor"/> (a fraction through its numerator).</summary>
    public string WithScaled(ObligationConstant constant, decimal factor)
    {
        var fraction = FractionPattern().Match(constant.Text);
        string scaled = fraction.Success
            ? $"(/ {Scale(fraction.Groups[1].Value, factor)} {fraction.Groups[2].Value})"
            : Scale(constant.Text, factor);
        return Text[..constant.Start] + scaled + Text[(constant.Start + constant.Text.Length)..];
    }

    /// <summary>Whether the constant is zero, which no factor changes.</summary>
    public static bool IsZero(ObligationConstant constant)
    {
        var fraction = FractionPattern().Match(constant.Text);
        return Value(fraction.Success ? fraction.Groups[1].Value : constant.Text) == 0;
    }

    private static decimal Value(string literal) => decimal.Parse(literal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Scale(string literal, decimal factor)
    {
        string scaled = (Value(literal) * factor).ToString(CultureInfo.InvariantCulture);
        return scaled.Contains('.') ? scaled : scaled + ".0";
    }

    private static List<string> Conjuncts(string term) =>
        term.StartsWith("(and ", StringComparison.Ordinal)
            ? [.. TopLevelForms(term[4..^1]).Select(f => term[4..^1][f.Start..f.End])]
            : [term];

    private static string Collapse(string text) =>
        WhitespacePattern().Replace(text, " ").Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal).Trim();

    /// <summary>The spans of the parenthesised top-level forms, skipping comments, strings and |quoted| symbols.</summary>
    private static List<(int Start, int End)> TopLevelForms(string text)
    {
        var forms = new List<(int, int)>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ';':
                    i = text.IndexOf('\n', i) is var newline and >= 0 ? newline : text.Length;
                    break;
                case '"' or '|':
                    int close = text.IndexOf(text[i], i + 1);
                    i = close >= 0 ? close : throw new FormatException($"unclosed {text[i]} at offset {i}");
                    break;
                case '(':
                    if (depth++ == 0)
                    {
                        start = i;
                    }
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        forms.Add((start, i + 1));
                    }
                    else if (depth < 0)
                    {
                        throw new FormatException($"unbalanced ')' at offset {i}");
                    }
                    break;
                case var c when depth == 0 && !char.IsWhiteSpace(c):
                    throw new FormatException($"'{c}' outside a command at offset {i}");
            }
        }
        return depth == 0 ? forms : throw new FormatException("unbalanced '('");
    }

    private static string Head(string text, int start) => HeadPattern().Match(text, start + 1).Groups[1].Value;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"\G\s*([^\s()]+)")]
    private static partial Regex HeadPattern();

    [GeneratedRegex(@"^\(assert\s+\(not\s", RegexOptions.Singleline)]
    private static partial Regex GoalPattern();

    // A fraction of two literals counts once; otherwise any literal not part of a symbol (x2, nu4).
    [GeneratedRegex(@"\(/\s+-?\d+(?:\.\d+)?\s+-?\d+(?:\.\d+)?\s*\)|(?<![\w.\-])-?\d+(?:\.\d+)?(?![\w.])")]
    private static partial Regex ConstantPattern();

    [GeneratedRegex(@"^\(/\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$")]
    private static partial Regex FractionPattern();
}

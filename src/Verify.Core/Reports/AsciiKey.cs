using System.Text;

namespace Verify.Core;

/// <summary>
/// The ASCII key of a display name, for report.json ("λ₀" → "lambda0", "η" → "eta", "R′" → "Rprime", "λ_min(H(0))" →
/// "lambda_min_H_0"): Greek letters by their English names, sub- and superscript digits as digits, any other run of
/// characters as one '_'. Explicit tables, not Unicode normalisation, which the invariant-globalisation runtime lacks.
/// </summary>
public static class AsciiKey
{
    private const string Greek = "αβγδεζηθικλμνξοπρστυφχψω";

    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static readonly string[] GreekNames =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ];

    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['′'] = "prime", ['⊥'] = "perp", ['∞'] = "inf", ['ς'] = "sigma",
    };

    public static string From(string name)
    {
        var key = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (Math.Max(Subscripts.IndexOf(c), Superscripts.IndexOf(c)) is int digit and >= 0)
            {
                key.Append((char)('0' + digit));
            }
            else if (Greek.IndexOf(char.ToLowerInvariant(c)) is int g and >= 0)
            {
                string word = GreekNames[g];
                key.Append(char.IsUpper(c) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }
            else if (Symbols.TryGetValue(c, out string? symbol))
            {
                key.Append(symbol);
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }
        string text = key.ToString().TrimEnd('_');
        return text.Length == 0 ? "_" : text;
    }
}

using System.Globalization;
using System.Text;
using Verify.Core;

namespace Verify.Symbolic;

/// <summary>
/// Turns a Z3 decision into check evidence: the measured value, bound and margin are shown, the verdict
/// is Z3's (proved → Pass, refuted → Fail with the model, unknown → Inconclusive with Z3's reason).
/// </summary>
public static class Z3Evidence
{
    /// <summary>
    /// Decides <paramref name="goal"/> from <paramref name="premises"/> in a fresh session; value, relation and
    /// bound are the numbers the report shows next to the verdict.
    /// </summary>
    public static Evidence Decide(
        string premises, string goal, double value, Relation relation, double bound, string? note = null, long resourceLimit = Z3Session.DefaultResourceLimit)
    {
        using var session = new Z3Session(resourceLimit);
        var result = session.Prove(premises, goal);
        return result switch
        {
            ProofResult.Proved => Evidence.Decided(value, relation, bound, Verdict.Pass, Join(note, "proved by Z3 over exact rationals")),
            ProofResult.Refuted refuted => Evidence.Decided(value, relation, bound, Verdict.Fail, Join(note, Refutation(refuted.Model, premises))),
            ProofResult.Unknown unknown => Evidence.Inconclusive(value, relation, bound, Join(note, $"Z3 answered unknown: {unknown.Reason}")),
            _ => throw new InvalidOperationException($"unexpected proof result {result}"),
        };
    }

    /// <summary>SMT-LIB2 definitions of real constants with the exact binary values of the given doubles.</summary>
    public static string Define(params (string Name, double Value)[] constants)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in constants)
        {
            text.Append(CultureInfo.InvariantCulture, $"(define-fun {name} () Real {SmtRational.FromDouble(value)})\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// "refuted by Z3", with the model's values of the free constants only: the constants the premises define
    /// are the measured values already shown, so repeating them is noise.
    /// </summary>
    private static string Refutation(string model, string premises)
    {
        var defined = DefinedNames.Matches(premises).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var free = ModelEntries.Matches(model)
            .Where(m => !defined.Contains(m.Groups[1].Value))
            .Select(m => $"{m.Groups[1].Value} = {Readable(model, m.Groups[1].Value, m.Groups[2].Value)}")
            .ToList();
        return free.Count == 0 ? "refuted by Z3" : $"refuted by Z3 at {string.Join(", ", free)}";
    }

    private static readonly System.Text.RegularExpressions.Regex DefinedNames = new(@"\(define-fun (\S+) \(\)");

    private static readonly System.Text.RegularExpressions.Regex ModelEntries = new(@"\(define-fun (\S+) \(\) \S+\s+((?:[^()]|\((?:[^()]|\([^()]*\))*\))+)\)");

    /// <summary>A model value as a decimal ("3.14159" for <c>(/ 314159.0 100000.0)</c>), or Z3's own text if it is not plain arithmetic.</summary>
    private static string Readable(string model, string name, string term)
    {
        try
        {
            return NumberFormat.Text(ModelText.ValueOf(model, name));
        }
        catch (FormatException)
        {
            return Collapse(term);
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}

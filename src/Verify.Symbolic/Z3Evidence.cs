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
    public static Evidence Decide(string premises, string goal, double value, Relation relation, double bound, string? note = null)
    {
        using var session = new Z3Session();
        var result = session.Prove(premises, goal);
        return result switch
        {
            ProofResult.Proved => Evidence.Decided(value, relation, bound, Verdict.Pass, Join(note, "proved by Z3 over exact rationals")),
            ProofResult.Refuted refuted => Evidence.Decided(value, relation, bound, Verdict.Fail, Join(note, $"refuted by Z3; model: {Shorten(refuted.Model)}")),
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

    private static string Shorten(string model)
    {
        string oneLine = string.Join(' ', model.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        return oneLine.Length <= 400 ? oneLine : oneLine[..400] + " …";
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}

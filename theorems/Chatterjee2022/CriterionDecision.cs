using Verify.Core;
using Verify.Symbolic;
using Verify.Theorems.Common;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The criterion and (⋆) decided by Z3 over the exact rationals of the bounds (spec §7.6): a Pass is a proof
/// from F ≥ f(x₀), A ≤ α(x₀, r) and B ≥ β (README C2); a Fail says only that these bounds do not certify it.
/// </summary>
internal static class CriterionDecision
{
    /// <summary>The paper's criterion from the bounds: 4F &lt; r²A (with A &gt; 0).</summary>
    public static Evidence Criterion(RadiusRow row, string? note = null, Figure? figure = null)
    {
        if (!row.Alpha.IsAvailable)
        {
            return Evidence.Inconclusive(double.NaN, Relation.Greater, 1.0, NoteText.Join($"no lower bound on α: {row.Alpha.How}", note)) with { Figure = figure };
        }
        string premises = Z3Evidence.Define(("F", row.ValueUpper), ("A", row.Alpha.Value), ("r", row.Radius));
        var evidence = Z3Evidence.Decide(premises, "(and (> A 0.0) (< (* 4.0 F) (* r r A)))", row.CriterionRatio, Relation.Greater, 1.0,
            NoteText.Join($"r = {T(row.Radius)}: 4F/r² = {T(row.Threshold)} vs A(r) = {T(row.Alpha.Value)} ({row.Alpha.How})", note));
        return NotEstablished(evidence) with { Figure = figure };
    }

    /// <summary>(⋆) with the bounds at step η: η &gt; 0, c_B = 1 − Bη/2 &gt; 0, 4F &lt; c_B²r²A, A &gt; 0.</summary>
    public static Evidence Star(RadiusRow row, double eta, string? note = null)
    {
        if (!row.Alpha.IsAvailable || !row.Hessian.IsAvailable)
        {
            string missing = !row.Alpha.IsAvailable ? $"no lower bound on α: {row.Alpha.How}" : $"no bound on the Hessian: {row.Hessian.How}";
            return Evidence.Inconclusive(double.NaN, Relation.Greater, 1.0, NoteText.Join($"not evaluated: {missing}", note));
        }
        string premises = Z3Evidence.Define(("F", row.ValueUpper), ("A", row.Alpha.Value), ("B", row.Hessian.Value), ("r", row.Radius), ("eta", eta))
            + "(define-fun cB () Real (- 1.0 (* (/ 1.0 2.0) B eta)))\n";
        return NotEstablished(Z3Evidence.Decide(premises, "(and (> A 0.0) (> eta 0.0) (> cB 0.0) (< (* 4.0 F) (* cB cB r r A)))", row.StarRatio(eta), Relation.Greater, 1.0,
            NoteText.Join($"r = {T(row.Radius)}, η = {T(eta)}, B = {T(row.Hessian.Value)} ({row.Hessian.How}), c_B = 1 − Bη/2 = {T(1 - row.Hessian.Value * eta / 2)}; "
                + $"4F = {T(4 * row.ValueUpper)} vs c_B²r²A = {T(Math.Pow(1 - row.Hessian.Value * eta / 2, 2) * row.Radius * row.Radius * row.Alpha.Value)}; "
                + $"admissible steps at this r: η < (2/B)(1 − 2√(F/A)/r) = {T(row.StepBound)}; {Steps(row, eta)}", note)));
    }

    /// <summary>Spec §7.5: the rate ρ = 1 − c_B ηA and the steps K ≥ ln(F/ε)/(−ln ρ) after which ρᴷF ≤ ε, for ε = 10⁻²⁰F (a prediction).</summary>
    private static string Steps(RadiusRow row, double eta)
    {
        double rho = 1 - (1 - row.Hessian.Value * eta / 2) * eta * row.Alpha.Value;
        return rho > 0 && rho < 1
            ? $"ρ = 1 − c_B ηA = {T(rho)}, so ρᴷF ≤ 10⁻²⁰F after K = {T(Math.Ceiling(Math.Log(1e20) / -Math.Log(rho)))} steps"
            : $"ρ = 1 − c_B ηA = {T(rho)}";
    }

    /// <summary>A Fail says what it means: these bounds do not certify it (the exact criterion may still hold).</summary>
    private static Evidence NotEstablished(Evidence evidence) => evidence.Verdict == Verdict.Fail
        ? evidence with { Note = evidence.Note?.Replace("refuted by Z3", "Z3: false for these bounds, so not established (the exact criterion may still hold)", StringComparison.Ordinal) }
        : evidence;

    private static string T(double value) => NumberFormat.Text(value);
}

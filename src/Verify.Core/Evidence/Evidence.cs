using System.Globalization;

namespace Verify.Core;

/// <summary>
/// What a check found: the measured value, the bound, the relation they must satisfy, a signed relative
/// margin (&gt; 0 means satisfied), the verdict, a note, and an optional figure.
/// </summary>
/// <remarks>
/// The margin is (bound − value)/scale for ≤ and &lt;, (value − bound)/scale for ≥ and &gt;, where scale is
/// |bound|, or |value| when the bound is 0, or 1 when both are 0. A strict relation that holds with
/// equality fails with margin 0. NaN or ±∞ in the value or the bound is a failure with a message.
/// </remarks>
public sealed record Evidence(
    double Value,
    Relation Relation,
    double Bound,
    double Margin,
    Verdict Verdict,
    string? Note = null,
    Figure? Figure = null)
{
    /// <summary>Decides the check numerically: <paramref name="value"/> <paramref name="relation"/> <paramref name="bound"/>.</summary>
    public static Evidence Compare(double value, Relation relation, double bound, string? note = null, Figure? figure = null)
    {
        string? nonFinite = NonFiniteMessage(value, bound);
        if (nonFinite is not null)
        {
            return new Evidence(value, relation, bound, double.NaN, Verdict.Fail, Join(nonFinite, note), figure);
        }
        var verdict = relation.Holds(value, bound) ? Verdict.Pass : Verdict.Fail;
        return new Evidence(value, relation, bound, RelativeMargin(value, relation, bound), verdict, note, figure);
    }

    /// <summary>
    /// Records a comparison decided elsewhere (by Z3 over exact rationals, or with a rounding allowance): the value, bound and margin are
    /// shown, the verdict is the solver's. Non-finite numbers still fail.
    /// </summary>
    public static Evidence Decided(double value, Relation relation, double bound, Verdict verdict, string? note = null, Figure? figure = null)
    {
        string? nonFinite = NonFiniteMessage(value, bound);
        if (nonFinite is not null)
        {
            return new Evidence(value, relation, bound, double.NaN, Verdict.Fail, Join(nonFinite, note), figure);
        }
        return new Evidence(value, relation, bound, RelativeMargin(value, relation, bound), verdict, note, figure);
    }

    /// <summary>A check that could not be evaluated (it threw).</summary>
    public static Evidence Error(string message) =>
        new(double.NaN, Relation.LessOrEqual, double.NaN, double.NaN, Verdict.Error, message);

    /// <summary>A check whose answer is unknown (e.g. the solver ran out of its resource limit).</summary>
    public static Evidence Inconclusive(double value, Relation relation, double bound, string reason) =>
        new(value, relation, bound, double.NaN, Verdict.Inconclusive, reason);

    /// <summary>
    /// The three-valued decision of DESIGN.md for a check whose quantities carry error allowances: <paramref name="pessimistic"/>
    /// is the check with every allowance against it, <paramref name="optimistic"/> (evaluated only when needed) with every
    /// allowance in its favour; the exact values lie between. Pass when it holds pessimistically, Fail when it fails even
    /// optimistically (callers make sure a missing enclosure end cannot fail it), Error if either errored, otherwise Inconclusive — shown with the pessimistic
    /// value, bound and figure.
    /// </summary>
    public static Evidence Between(Evidence pessimistic, Func<Evidence> optimistic, string allowances)
    {
        ArgumentNullException.ThrowIfNull(pessimistic);
        ArgumentNullException.ThrowIfNull(optimistic);
        if (pessimistic.Verdict is Verdict.Pass or Verdict.Error)
        {
            return pessimistic;
        }
        var favourable = optimistic();
        if (favourable.Verdict == Verdict.Fail)
        {
            // the note of the numbers shown (the favourable ones); the pessimistic note repeats it with other numbers
            string context = favourable.Note ?? pessimistic.Note ?? "";
            string fails = $"fails even with the favourable ends of {allowances}";
            return favourable with { Note = context.Length == 0 ? fails : Join(context, fails), Figure = favourable.Figure ?? pessimistic.Figure };
        }
        if (favourable.Verdict == Verdict.Error)
        {
            return favourable;
        }
        string reason = favourable.Verdict == Verdict.Pass
            ? $"undecided: holds with the favourable ends of {allowances}, not with the unfavourable ones"
            : $"undecided within {allowances}";
        return pessimistic with { Verdict = Verdict.Inconclusive, Note = pessimistic.Note is null ? reason : Join(pessimistic.Note, reason) };
    }

    /// <summary>The signed relative margin defined in the remarks; NaN when either number is not finite.</summary>
    public static double RelativeMargin(double value, Relation relation, double bound)
    {
        if (!double.IsFinite(value) || !double.IsFinite(bound))
        {
            return double.NaN;
        }
        double difference = relation.IsUpperBound() ? bound - value : value - bound;
        double scale = bound != 0 ? Math.Abs(bound) : value != 0 ? Math.Abs(value) : 1.0;
        return difference / scale;
    }

    private static string? NonFiniteMessage(double value, double bound)
    {
        if (double.IsFinite(value) && double.IsFinite(bound))
        {
            return null;
        }
        string which = !double.IsFinite(value) ? $"value is {Describe(value)}" : $"bound is {Describe(bound)}";
        return $"not a finite comparison: {which}";
    }

    private static string Describe(double x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Join(string first, string? second) => second is null ? first : $"{first}; {second}";
}

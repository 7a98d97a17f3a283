using Verify.Core;

namespace Verify.Theorems.Common;

/// <summary>
/// How a checked series is drawn: the figure's title and axes, the names of the value and bound curves, and
/// <c>References</c>: further curves drawn after the value and the bound (e.g. another paper's radius), not checked.
/// </summary>
public sealed record SeriesPlot(
    string Title,
    string XLabel,
    string YLabel,
    bool LogY,
    string ValueName,
    string BoundName,
    IReadOnlyList<Series>? References = null);

/// <summary>
/// "A series stays below (or above) its bound at every step": the invariants of a proof checked along a trajectory. One
/// evidence whose value and bound are those of the worst step (the smallest relative margin; for a constant bound, the
/// largest value for ≤ and the smallest for ≥, the first step attaining it), named in the note, with the figure of the
/// series and its bound.
/// </summary>
public static class SeriesChecks
{
    /// <summary>values[k] ≤ <paramref name="bound"/> at every step (<paramref name="relation"/> may be &lt; or ≤).</summary>
    public static Evidence StaysBelow(IReadOnlyList<double> steps, IReadOnlyList<double> values, double bound, SeriesPlot plot,
        IReadOnlyList<double>? allowances = null, string? note = null, Relation relation = Relation.LessOrEqual) =>
        Check(steps, values, relation, Upper(relation), Constant(bound, values.Count), isConstant: true, plot, allowances, note);

    /// <summary>values[k] ≤ bounds[k] at every step (per-step bound, drawn as a curve).</summary>
    public static Evidence StaysBelow(IReadOnlyList<double> steps, IReadOnlyList<double> values, IReadOnlyList<double> bounds, SeriesPlot plot,
        IReadOnlyList<double>? allowances = null, string? note = null, Relation relation = Relation.LessOrEqual) =>
        Check(steps, values, relation, Upper(relation), bounds, isConstant: false, plot, allowances, note);

    /// <summary>values[k] ≥ <paramref name="bound"/> at every step (<paramref name="relation"/> may be &gt; or ≥).</summary>
    public static Evidence StaysAbove(IReadOnlyList<double> steps, IReadOnlyList<double> values, double bound, SeriesPlot plot,
        IReadOnlyList<double>? allowances = null, string? note = null, Relation relation = Relation.GreaterOrEqual) =>
        Check(steps, values, relation, Lower(relation), Constant(bound, values.Count), isConstant: true, plot, allowances, note);

    /// <summary>values[k] ≥ bounds[k] at every step (per-step bound, drawn as a curve).</summary>
    public static Evidence StaysAbove(IReadOnlyList<double> steps, IReadOnlyList<double> values, IReadOnlyList<double> bounds, SeriesPlot plot,
        IReadOnlyList<double>? allowances = null, string? note = null, Relation relation = Relation.GreaterOrEqual) =>
        Check(steps, values, relation, Lower(relation), bounds, isConstant: false, plot, allowances, note);

    /// <summary>Steps 0, 1, …, count − 1 as doubles (a series recorded at every step).</summary>
    public static List<double> EveryStep(int count) => Enumerable.Range(0, count).Select(k => (double)k).ToList();

    private static Evidence Check(IReadOnlyList<double> steps, IReadOnlyList<double> values, Relation relation, bool upper,
        IReadOnlyList<double> bounds, bool isConstant, SeriesPlot plot, IReadOnlyList<double>? allowances, string? note)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(plot);
        int count = values.Count;
        if (steps.Count != count || bounds.Count != count || (allowances is not null && allowances.Count != count))
        {
            throw new ArgumentException($"series '{plot.ValueName}': {steps.Count} steps, {count} values, {bounds.Count} bounds"
                + (allowances is null ? "" : $", {allowances.Count} allowances") + ": the lists must have one entry per step");
        }
        var figure = Draw(steps, values, bounds, isConstant, plot);
        if (count == 0)
        {
            return new Evidence(double.NaN, relation, isConstant && bounds.Count > 0 ? bounds[0] : double.NaN, double.NaN, Verdict.Fail,
                NoteText.Join("no steps recorded: nothing was checked", note), figure);
        }

        // A non-finite value anywhere fails, at the first step where it occurs.
        for (int k = 0; k < count; k++)
        {
            if (!double.IsFinite(values[k]))
            {
                return Evidence.Compare(values[k], relation, bounds[k], NoteText.Join($"value {NumberFormat.Text(values[k])} at step {NumberFormat.Text(steps[k])}", note), figure);
            }
        }

        // The worst step: the smallest relative margin; for a constant bound (margin monotone in the value) the most
        // extreme value, so that a bound of 0 (where the relative margin saturates at −1) still picks it; ties → first.
        int worst = 0;
        for (int k = 1; k < count; k++)
        {
            if (IsWorse(k, worst, values, bounds, relation, upper, isConstant))
            {
                worst = k;
            }
        }

        // A non-finite bound or allowance fails too (a constant bound with the worst value).
        for (int k = 0; k < count; k++)
        {
            double allowance = allowances?[k] ?? 0;
            if (!double.IsFinite(bounds[k]))
            {
                return isConstant
                    ? Evidence.Compare(values[worst], relation, bounds[k], note, figure)
                    : Evidence.Compare(values[k], relation, bounds[k], NoteText.Join($"bound {NumberFormat.Text(bounds[k])} at step {NumberFormat.Text(steps[k])}", note), figure);
            }
            if (!double.IsFinite(allowance) || allowance < 0)
            {
                return new Evidence(values[k], relation, bounds[k], double.NaN, Verdict.Fail,
                    NoteText.Join($"rounding allowance {NumberFormat.Text(allowance)} at step {NumberFormat.Text(steps[k])}: not a valid allowance", note), figure);
            }
        }

        bool anyFails = false, anyUndecided = false;
        for (int k = 0; k < count; k++)
        {
            double allowance = allowances?[k] ?? 0;
            bool holdsBeyond = relation.Holds(upper ? values[k] + allowance : values[k] - allowance, bounds[k]);
            bool failsBeyond = !relation.Holds(upper ? values[k] - allowance : values[k] + allowance, bounds[k]);
            anyFails |= failsBeyond;
            anyUndecided |= !holdsBeyond && !failsBeyond;
        }
        var verdict = anyFails ? Verdict.Fail : anyUndecided ? Verdict.Inconclusive : Verdict.Pass;
        string where = $"worst at step {NumberFormat.Text(steps[worst])}" + (count > 1 ? $" of {NumberFormat.Text(steps[0])}…{NumberFormat.Text(steps[^1])}" : "");
        if (allowances is not null)
        {
            where += $"; rounding allowance there {NumberFormat.Text(allowances[worst])}";
            if (verdict == Verdict.Inconclusive)
            {
                where += "; within the rounding allowance of the bound at some step: not decided";
            }
        }
        return Evidence.Decided(values[worst], relation, bounds[worst], verdict, NoteText.Join(where, note), figure);
    }

    private static bool IsWorse(int k, int worst, IReadOnlyList<double> values, IReadOnlyList<double> bounds, Relation relation, bool upper, bool isConstant)
    {
        if (isConstant)
        {
            return upper ? values[k] > values[worst] : values[k] < values[worst];
        }
        double margin = Evidence.RelativeMargin(values[k], relation, bounds[k]);
        double worstMargin = Evidence.RelativeMargin(values[worst], relation, bounds[worst]);
        if (margin != worstMargin)
        {
            return margin < worstMargin;
        }
        double excess = upper ? values[k] - bounds[k] : bounds[k] - values[k];
        double worstExcess = upper ? values[worst] - bounds[worst] : bounds[worst] - values[worst];
        return excess > worstExcess;
    }

    private static Figure Draw(IReadOnlyList<double> steps, IReadOnlyList<double> values, IReadOnlyList<double> bounds, bool isConstant, SeriesPlot plot)
    {
        var series = new List<Series> { Series.Of(plot.ValueName, steps, values) };
        if (isConstant)
        {
            // The constant bound is drawn as a line over [first step, max(first + 1, last step)].
            double from = steps.Count > 0 ? steps[0] : 0;
            double to = Math.Max(from + 1, steps.Count > 0 ? steps[^1] : 0);
            series.Add(Series.Constant(plot.BoundName, bounds.Count > 0 ? bounds[0] : double.NaN, from, to));
        }
        else
        {
            series.Add(Series.Of(plot.BoundName, steps, bounds) with { Reference = true });
        }
        series.AddRange(plot.References ?? []);
        return new Figure(plot.Title, plot.XLabel, plot.YLabel, plot.LogY, series);
    }

    private static IReadOnlyList<double> Constant(double bound, int count) => Enumerable.Repeat(bound, count).ToList();

    private static bool Upper(Relation relation) => relation.IsUpperBound()
        ? true
        : throw new ArgumentException($"StaysBelow needs < or ≤, not {relation.Symbol()}", nameof(relation));

    private static bool Lower(Relation relation) => !relation.IsUpperBound()
        ? false
        : throw new ArgumentException($"StaysAbove needs > or ≥, not {relation.Symbol()}", nameof(relation));

}

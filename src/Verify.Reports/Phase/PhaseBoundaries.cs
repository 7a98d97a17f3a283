using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The theorem's own boundaries on a <see cref="PhaseGrid"/>: (i) the Asymptotic bound on the x parameter, the median
/// bound per row of the Asymptotic-tier hypothesis that is a lower bound on x (relation ≥ or &gt;, and its value is the
/// instance's x on every instance that has both, e.g. du2019's width requirement m &gt; …); (ii) the smallest x per row at
/// which a property held on every instance of the cell: the Instance tier (every Data and Instance hypothesis passed) or
/// the conclusions (every conclusion passed, in scope or not).
/// </summary>
internal static class PhaseBoundaries
{
    /// <summary>The Asymptotic-tier hypothesis that bounds the x parameter from below, as first reported; null when none does.</summary>
    public static CheckReport? AsymptoticCheck(PhaseGrid grid, IEnumerable<InstanceReport> instances)
    {
        var onGrid = instances.Where(i => PhaseGrid.Value(i, grid.XAxis) is not null).ToList();
        var candidates = onGrid.SelectMany(i => i.Hypotheses)
            // a check whose scaling is a reference (another paper's bound shown for comparison, e.g. a baseline) is not the theorem's own
            .Where(h => h.Tier == Tier.Asymptotic && h.Relation is Relation.Greater or Relation.GreaterOrEqual && h.Scaling is not { Reference: true })
            .Select(h => h.Id).Distinct(StringComparer.Ordinal);
        foreach (string id in candidates)
        {
            var pairs = onGrid
                .Select(i => (X: PhaseGrid.Value(i, grid.XAxis)!.Value, Check: i.Hypotheses.FirstOrDefault(h => h.Id == id)))
                .Where(p => p.Check is not null)
                .ToList();
            if (pairs.Count > 0 && pairs.All(p => SameValue(p.Check!.Value, p.X)))
            {
                return pairs[0].Check;
            }
        }
        return null;
    }

    /// <summary>Per row, the median bound of the hypothesis <paramref name="id"/> over the row's instances (NaN when none is finite).</summary>
    public static IReadOnlyList<double> MedianBound(PhaseGrid grid, string id) =>
        [.. Enumerable.Range(0, grid.Ys.Count).Select(r => Statistics.Median(grid.Row(r).SelectMany(i => i.Hypotheses).Where(h => h.Id == id).Select(h => h.Bound)))];

    /// <summary>
    /// Per row, the smallest column from which on every non-empty cell has instances all of which satisfy
    /// <paramref name="holds"/> (so "holds from here" is true of every larger x on the grid); null when no such column has instances.
    /// </summary>
    public static IReadOnlyList<int?> SmallestColumn(PhaseGrid grid, Func<InstanceReport, bool> holds) =>
        [.. Enumerable.Range(0, grid.Ys.Count).Select(r =>
        {
            int? from = null;
            for (int c = grid.Xs.Count - 1; c >= 0; c--)
            {
                var cell = grid.Cell(c, r);
                if (cell.Count == 0)
                {
                    continue;
                }
                if (!cell.All(holds))
                {
                    break;
                }
                from = c;
            }
            return from;
        })];

    /// <summary>Every Data and Instance hypothesis passed (and there is at least one).</summary>
    public static bool InstanceTierHolds(InstanceReport instance)
    {
        var premises = instance.Hypotheses.Where(h => h.Tier is Tier.Data or Tier.Instance).ToList();
        return premises.Count > 0 && premises.All(h => h.Verdict == Verdict.Pass);
    }

    /// <summary>Every conclusion passed (and there is at least one), in scope or not.</summary>
    public static bool ConclusionsHeld(InstanceReport instance) =>
        instance.Conclusions.Count > 0 && instance.Conclusions.All(c => c.Verdict == Verdict.Pass);

    private static bool SameValue(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}

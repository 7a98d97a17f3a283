using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The phase diagrams of a theorem over a grid of two numeric instance parameters (e.g. m across, n up): heatmaps of
/// (a) the fraction of each cell's instances in scope, with its exact (Clopper–Pearson) 95 % interval, (b) the fraction in
/// which every conclusion was observed to hold, in scope or not, and (c) the median final loss ratio, when the instances
/// report one; over each, the theorem's own boundary (<see cref="PhaseBoundaries"/>): the Asymptotic bound on x (median per
/// row) and the smallest x from which the Instance tier held on every instance of the cell. Captions say what each colour
/// and line means and how many instances each cell has. Built from the report model alone.
/// </summary>
internal static class PhaseDiagram
{
    /// <summary>Above this many columns the interval is left out of the cells (it does not fit) and only in <see cref="PhaseSection"/>'s table.</summary>
    public const int IntervalColumns = 6;

    public static IReadOnlyList<PhaseFigure> For(TheoremReport theorem, string xAxis, string yAxis, string? lossRatioParameter)
    {
        var grid = PhaseGrid.Of(theorem, xAxis, yAxis);
        if (grid.IsEmpty)
        {
            return [];
        }
        var boundaries = Boundaries(theorem, grid, out string boundaryText);
        string cells = CellsText(grid);
        var figures = new List<PhaseFigure>
        {
            InScope(theorem, grid, boundaries, cells + boundaryText),
            ConclusionsHeld(theorem, grid, boundaries, cells + boundaryText),
        };
        if (lossRatioParameter is not null && LossRatio(theorem, grid, lossRatioParameter, boundaries, cells + boundaryText) is { } loss)
        {
            figures.Add(loss);
        }
        return figures;
    }

    private static PhaseFigure InScope(TheoremReport theorem, PhaseGrid grid, IReadOnlyList<HeatmapBoundary> boundaries, string rest)
    {
        var (values, texts) = Fractions(grid, i => i.InScope == true, withInterval: grid.Xs.Count <= IntervalColumns);
        string interval = grid.Xs.Count <= IntervalColumns ? " and, below it, the exact (Clopper–Pearson) 95 % interval of the probability of being in scope" : "";
        var heatmap = new Heatmap($"{theorem.Id}: fraction in scope", grid.XAxis, grid.YAxis, grid.Xs, grid.Ys, values, texts,
            new ColourScale("fraction in scope", 0, 1, Log: false), boundaries);
        string caption = $"{theorem.Id}, fraction in scope: the colour of a cell is the fraction of its instances in scope (every Data and Instance "
            + $"hypothesis held, so the proof applies; an undecided one counts as not in scope), from 0 (dark purple) to 1 (yellow). Cell text: in scope / instances{interval}. "
            + rest;
        return new PhaseFigure($"phase_{grid.XAxis}_{grid.YAxis}_in_scope", caption, heatmap);
    }

    private static PhaseFigure ConclusionsHeld(TheoremReport theorem, PhaseGrid grid, IReadOnlyList<HeatmapBoundary> boundaries, string rest)
    {
        var (values, texts) = Fractions(grid, PhaseBoundaries.ConclusionsHeld, withInterval: false);
        var heatmap = new Heatmap($"{theorem.Id}: fraction where every conclusion held", grid.XAxis, grid.YAxis, grid.Xs, grid.Ys, values, texts,
            new ColourScale("fraction: conclusions held", 0, 1, Log: false), boundaries);
        string caption = $"{theorem.Id}, conclusions observed: the colour of a cell is the fraction of its instances on which every conclusion was "
            + "observed to hold (verdict pass), in scope or not, from 0 (dark purple) to 1 (yellow): the theorem's stated bounds (e.g. its rate envelope) "
            + "held on the run, which alone says nothing of how far training went (see the final loss ratio); where it is high but the fraction in scope "
            + $"is low, the theorem's bounds held beyond what it covers. Cell text: instances where every conclusion held / instances. {rest}";
        return new PhaseFigure($"phase_{grid.XAxis}_{grid.YAxis}_conclusions", caption, heatmap);
    }

    private static PhaseFigure? LossRatio(TheoremReport theorem, PhaseGrid grid, string parameter, IReadOnlyList<HeatmapBoundary> boundaries, string rest)
    {
        var values = new double[grid.Xs.Count, grid.Ys.Count];
        var texts = new string?[grid.Xs.Count, grid.Ys.Count];
        int partial = 0;
        for (int c = 0; c < grid.Xs.Count; c++)
        {
            for (int r = 0; r < grid.Ys.Count; r++)
            {
                var cell = grid.Cell(c, r);
                var reported = cell.Select(i => PhaseGrid.Value(i, parameter)).OfType<double>().ToList();
                values[c, r] = Statistics.Median(reported);
                texts[c, r] = reported.Count == 0 ? (cell.Count == 0 ? null : "n/a") : NumberFormat.Text(values[c, r], 2);
                partial += reported.Count > 0 && reported.Count < cell.Count ? 1 : 0;
            }
        }
        var finite = values.Cast<double>().Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return null;
        }
        bool log = finite.All(v => v > 0) && finite.Max() > finite.Min();
        var heatmap = new Heatmap($"{theorem.Id}: median {parameter}", grid.XAxis, grid.YAxis, grid.Xs, grid.Ys, values, texts,
            new ColourScale($"median {parameter}{(log ? " (log scale)" : "")}", finite.Min(), finite.Max(), log), boundaries);
        string partialText = partial == 0 ? "" : $" In {partial} cell{(partial == 1 ? "" : "s")} not every instance reports it; the median is over those that do.";
        string caption = $"{theorem.Id}, {parameter}: the colour of a cell is the median {parameter} over its instances, from "
            + $"{NumberFormat.Text(finite.Min(), 3)} (dark purple) to {NumberFormat.Text(finite.Max(), 3)} (yellow){(log ? " on a log scale" : "")}; "
            + $"cell text: that median (n/a: no instance of the cell reports it).{partialText} {rest}";
        return new PhaseFigure($"phase_{grid.XAxis}_{grid.YAxis}_loss_ratio", caption, heatmap);
    }

    /// <summary>Per cell the fraction of instances with <paramref name="holds"/> (NaN when empty) and "k/N", with the interval on a second line when asked.</summary>
    internal static (double[,] Values, string?[,] Texts) Fractions(PhaseGrid grid, Func<InstanceReport, bool> holds, bool withInterval)
    {
        var values = new double[grid.Xs.Count, grid.Ys.Count];
        var texts = new string?[grid.Xs.Count, grid.Ys.Count];
        for (int c = 0; c < grid.Xs.Count; c++)
        {
            for (int r = 0; r < grid.Ys.Count; r++)
            {
                var cell = grid.Cell(c, r);
                if (cell.Count == 0)
                {
                    values[c, r] = double.NaN;
                    continue;
                }
                int k = cell.Count(holds);
                values[c, r] = (double)k / cell.Count;
                texts[c, r] = withInterval ? $"{k}/{cell.Count}\n{IntervalText(k, cell.Count)}" : $"{k}/{cell.Count}";
            }
        }
        return (values, texts);
    }

    /// <summary>The exact 95 % interval of k out of n, rounded outward: "[0.473, 1]".</summary>
    internal static string IntervalText(int k, int n)
    {
        var (lower, upper) = ClopperPearson.Interval(k, n);
        return Html.Interval(lower, upper);
    }

    private static IReadOnlyList<HeatmapBoundary> Boundaries(TheoremReport theorem, PhaseGrid grid, out string text)
    {
        var boundaries = new List<HeatmapBoundary>();
        var sentences = new List<string>();
        string range = $"{NumberFormat.Text(grid.Xs[0])} to {NumberFormat.Text(grid.Xs[^1])}";
        if (PhaseBoundaries.AsymptoticCheck(grid, theorem.Instances) is { } check)
        {
            var bounds = PhaseBoundaries.MedianBound(grid, check.Id);
            var axis = GridAxis.Of(grid.Xs, grid.Xs.All(x => x > 0));
            var beyond = Enumerable.Range(0, grid.Ys.Count).Where(r => double.IsFinite(bounds[r]) && !axis.Contains(bounds[r]))
                .Select(r => $"{grid.YAxis} = {NumberFormat.Text(grid.Ys[r])}: {NumberFormat.Text(bounds[r], 3)}").ToList();
            boundaries.Add(new ValueBoundary($"{check.Id}: required {grid.XAxis} (median)", bounds));
            string where = beyond.Count == 0 ? "" : beyond.Count == grid.Ys.Count
                ? $" Every row's bound lies beyond the grid ({grid.XAxis} from {range}), so the line is not drawn; the values, written at the edge of each row (→), are {string.Join("; ", beyond)}."
                : $" Beyond the grid ({grid.XAxis} from {range}), written at the edge of the row (→) instead: {string.Join("; ", beyond)}.";
            sentences.Add($"Dashed black line with diamonds: the Asymptotic tier's requirement on {grid.XAxis}, the bound of {check.Id} {check.Provenance.Tag()} "
                + $"({check.Relation.Symbol()} bound; median over each row's instances).{where}");
        }
        else
        {
            sentences.Add($"No Asymptotic-tier hypothesis bounds {grid.XAxis} from below, so no asymptotic boundary is drawn.");
        }
        var instanceTier = PhaseBoundaries.SmallestColumn(grid, PhaseBoundaries.InstanceTierHolds);
        boundaries.Add(new CellEdgeBoundary($"Instance tier holds on every instance from here", instanceTier));
        var none = Enumerable.Range(0, grid.Ys.Count).Where(r => instanceTier[r] is null).Select(r => NumberFormat.Text(grid.Ys[r])).ToList();
        sentences.Add($"Solid vermilion staircase: the left edge of the smallest {grid.XAxis} at which every Data and Instance hypothesis passed on every "
            + $"instance of the cell, per {grid.YAxis}" + (none.Count == 0 ? "." : $"; at no {grid.XAxis} of the grid for {grid.YAxis} = {string.Join(", ", none)}."));
        text = " " + string.Join(" ", sentences);
        return boundaries;
    }

    private static string CellsText(PhaseGrid grid)
    {
        var (smallest, largest) = grid.CellSizes();
        string sizes = smallest == largest ? $"{smallest} instance{(smallest == 1 ? "" : "s")}" : $"{smallest} to {largest} instances";
        int empty = Enumerable.Range(0, grid.Xs.Count).Sum(c => Enumerable.Range(0, grid.Ys.Count).Count(r => grid.Cell(c, r).Count == 0));
        string off = grid.Off == 0 ? "" : $" {grid.Off} instance{(grid.Off == 1 ? "" : "s")} without numeric {grid.XAxis} and {grid.YAxis} are not on the grid.";
        bool gaps = GridAxis.Of(grid.Xs, grid.Xs.All(x => x > 0)).HasGaps || GridAxis.Of(grid.Ys, grid.Ys.All(y => y > 0)).HasGaps;
        return $"Each cell holds the instances with that {grid.XAxis} and {grid.YAxis}: {sizes} per cell"
            + (empty == 0 ? "." : $"; grey: no instance ({empty} cell{(empty == 1 ? "" : "s")}).")
            + (gaps ? " The grid is not evenly spaced: each cell is as wide as the smaller gap to its neighbours, and white space lies between values that were not swept." : "")
            + off;
    }
}

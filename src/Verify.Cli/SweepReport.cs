using System.Globalization;
using Verify.Core;
using Verify.Reports;
using Verify.Store;

namespace Verify.Cli;

/// <summary>
/// The report of a sweep store: one theorem whose scenarios are the grid's cells (id = the cell's key, "n=4,m=1000"), each
/// cell's instances as stored; every cell is a point of a one-parameter sweep along the width m (or, without m, the
/// grid's last numeric axis), one sweep family per value of the other axes, so the usual sweep figures show each row of
/// the grid. Cells no instance of the store reached are absent.
/// </summary>
internal static class SweepReport
{
    public static RunReport Build(SweepStore store, TheoremInfo theorem, EnvironmentInfo environment, Invocation? invocation) =>
        new(environment, [Theorem(store, theorem)]) { Invocation = invocation };

    /// <summary>One theorem's part of a sweep report: the store's cells as scenarios.</summary>
    public static TheoremReport Theorem(SweepStore store, TheoremInfo theorem)
    {
        var stored = store.Instances();
        // in the grid's order: axis by axis, numbers by value (the store lists cells by their key's text: "m=100" before "m=50")
        var byCell = stored.GroupBy(s => s.Cell, StringComparer.Ordinal)
            .OrderBy(g => Parse(g.Key), Comparer<IReadOnlyList<(string Axis, string Text, double? Number)>>.Create(CompareCells)).ToList();
        var summaries = new List<ScenarioSummary>();
        var instances = new List<InstanceReport>();
        foreach (var cell in byCell)
        {
            var values = Parse(cell.Key);
            var reports = cell.Select(s => WithoutFiguresBeyondTheFirst(WithCellParameters(s.Report, values))).ToList();
            summaries.Add(TheoremRunner.Summarize(cell.Key, $"grid cell {cell.Key} of the sweep '{store.Plan.Name}' (figures drawn for instance 0 only; every value is in the store)",
                Sweep(store.Plan.Name, values), reports));
            instances.AddRange(reports);
        }
        var verdict = Scope.Combine(instances.Select(i => i.Verdict));
        return new TheoremReport(theorem.Id, theorem.Title, theorem.Citation, verdict, summaries, instances) { PassMeans = theorem.PassMeans };
    }

    /// <summary>
    /// The phase diagrams of a store: the width m (else the last varying numeric axis) across, the other varying numeric
    /// axis (e.g. n) down, the final loss ratio as the third map. Only when exactly two axes take more than one value: a
    /// third varying axis would be pooled into the cells (their fractions and medians would mix distributions), so then
    /// none is drawn and <paramref name="why"/> says so.
    /// </summary>
    public static PhasePlan? Phases(SweepStore store, out string? why)
    {
        var cells = store.Instances().Select(i => Parse(i.Cell)).ToList();
        var varying = cells.SelectMany(c => c).GroupBy(v => v.Axis).Where(g => g.Select(v => v.Text).Distinct().Count() > 1).Select(g => g.Key).ToList();
        var numeric = varying.Where(a => cells.All(c => c.Any(v => v.Axis == a && v.Number is not null))).ToList();
        if (varying.Count != 2 || numeric.Count != 2)
        {
            why = varying.Count < 2 ? null
                : $"no phase diagrams: the grid varies {varying.Count} axes ({string.Join(", ", varying)}); they need exactly two numeric ones (a third would be pooled into the cells)";
            return null;
        }
        string x = numeric.Contains("m") ? "m" : numeric[^1];
        why = null;
        return new PhasePlan(x, numeric.Single(a => a != x), Parameter.FinalLossRatio);
    }

    /// <summary><see cref="Phases(SweepStore, out string?)"/>, saying on <paramref name="output"/> why there are none when that is a choice.</summary>
    public static PhasePlan? Phases(SweepStore store, TextWriter output)
    {
        var plan = Phases(store, out string? why);
        if (why is not null)
        {
            output.WriteLine(why);
        }
        return plan;
    }

    private static int CompareCells(IReadOnlyList<(string Axis, string Text, double? Number)> a, IReadOnlyList<(string Axis, string Text, double? Number)> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            int order = a[i].Number is double x && b[i].Number is double y ? x.CompareTo(y) : string.CompareOrdinal(a[i].Text, b[i].Text);
            if (order != 0)
            {
                return order;
            }
        }
        return a.Count.CompareTo(b.Count);
    }

    /// <summary>"n=4,m=1000" → [(n, 4), (m, 1000)] (a value that is not a number, such as an init scheme, has no number).</summary>
    internal static IReadOnlyList<(string Axis, string Text, double? Number)> Parse(string cell) =>
        [.. cell.Split(',').Select(part =>
        {
            int at = part.IndexOf('=', StringComparison.Ordinal);
            string text = part[(at + 1)..];
            return (part[..at], text, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : (double?)null);
        })];

    /// <summary>The cell's place in a sweep along m (else the last numeric axis); null when the grid has no numeric axis.</summary>
    private static SweepDeclaration? Sweep(string plan, IReadOnlyList<(string Axis, string Text, double? Number)> values)
    {
        var numeric = values.Where(v => v.Number is not null).ToList();
        if (numeric.Count == 0)
        {
            return null;
        }
        string axis = numeric.Any(v => v.Axis == "m") ? "m" : numeric[^1].Axis;
        string others = string.Concat(values.Where(v => v.Axis != axis).Select(v => $"_{v.Axis}{Safe(v.Text)}"));
        return new SweepDeclaration(plan + others, axis)
        {
            Note = $"Cells of the sweep '{plan}' with {(others.Length == 0 ? "every value" : string.Join(", ", values.Where(v => v.Axis != axis).Select(v => $"{v.Axis} = {v.Text}")))}, against {axis}.",
        };
    }

    private static string Safe(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')]);

    /// <summary>
    /// A sweep's page stays readable at thousands of instances: per cell, only instance 0 keeps its checks' figures (the
    /// sweep's overlays draw instance 0 too); the values, bounds and verdicts of every instance stay.
    /// </summary>
    private static InstanceReport WithoutFiguresBeyondTheFirst(InstanceReport report)
    {
        if (report.Index == 0)
        {
            return report;
        }
        static IReadOnlyList<CheckReport> Bare(IReadOnlyList<CheckReport> checks) => [.. checks.Select(c => c with { Figure = null })];
        return report with { Hypotheses = Bare(report.Hypotheses), Conclusions = Bare(report.Conclusions), Invariants = Bare(report.Invariants) };
    }

    /// <summary>The cell's values as numeric parameters (first), unless the instance already reports a parameter of that name.</summary>
    private static InstanceReport WithCellParameters(InstanceReport report, IReadOnlyList<(string Axis, string Text, double? Number)> values)
    {
        var missing = values.Where(v => report.Parameters.All(p => p.Name != v.Axis))
            .Select(v => v.Number is double x ? Parameter.Number(v.Axis, x) : Parameter.TextOnly(v.Axis, v.Text));
        return report with { Parameters = [.. missing, .. report.Parameters] };
    }
}

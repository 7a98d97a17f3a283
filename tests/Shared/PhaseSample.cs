using System.Globalization;
using Verify.Core;

namespace Verify.Tests.Shared;

/// <summary>
/// A hand-built sweep report with known answers for the phase diagrams: theorem "grid3" on m ∈ {100, 1000, 10000} ×
/// n ∈ {4, 8, 16}, four instances per cell (plus one instance without m, off the grid). Per cell, the first
/// <see cref="InScope"/>[n][m] instances pass every Data and Instance hypothesis (in scope) and the first
/// <see cref="Held"/>[n][m] observe their conclusion. The Asymptotic width hypothesis "width" [D] has value m and
/// bound 50 n³ (1 + 0.1 i) for instance i, so its median per n is 50 n³ · 1.15 (3680, 29440, 235520 — the last beyond
/// the grid's right edge 10^4.5); a decoy Asymptotic "radius" (≥, value not m) and a step size (≤) must not be taken for it.
/// "final loss ratio" is 10^−(column+1) · (row+1).
/// </summary>
public static class PhaseSample
{
    public static readonly double[] Widths = [100, 1000, 10000];

    public static readonly double[] Sizes = [4, 8, 16];

    /// <summary>In-scope counts, [row n][column m].</summary>
    public static readonly int[][] InScope = [[2, 4, 4], [0, 3, 4], [0, 0, 1]];

    /// <summary>Counts of instances whose conclusion held, [row n][column m].</summary>
    public static readonly int[][] Held = [[4, 4, 4], [2, 4, 4], [0, 3, 4]];

    public const int PerCell = 4;

    public const string LossRatio = "final loss ratio";

    public static RunReport Report() => Report(boundFactor: 50);

    /// <summary>The same grid with the width bound <paramref name="boundFactor"/> n³ (1 + 0.1 i): at 10⁹ every row's bound lies beyond the grid, as du2019's do.</summary>
    public static RunReport Report(double boundFactor)
    {
        var instances = new List<InstanceReport>();
        int index = 0;
        for (int r = 0; r < Sizes.Length; r++)
        {
            for (int c = 0; c < Widths.Length; c++)
            {
                for (int i = 0; i < PerCell; i++)
                {
                    instances.Add(Instance(index++, Sizes[r], Widths[c], i, i < InScope[r][c], i < Held[r][c], Math.Pow(10, -(c + 1)) * (r + 1), boundFactor));
                }
            }
        }
        instances.Add(new InstanceReport("odd", index, 99, false, Verdict.BeyondScope, [Parameter.Number("n", 4)], [], [], [], null));
        int inScope = instances.Count(i => i.InScope == true);
        int held = instances.Count(i => i.Conclusions.Count > 0 && i.Conclusions.All(c => c.Verdict == Verdict.Pass));
        var theorem = new TheoremReport("grid3", "A 3 × 3 grid with known answers", "hand-built", Verdict.Pass,
            [new ScenarioSummary("grid", "m × n × 4 seeds", instances.Count, inScope, held, 0, 1, Verdict.Pass)], instances);
        var environment = new EnvironmentInfo("managed", "managed", null, 1, "4.8.12", "Debian 12", "CPU", ".NET 10.0", "0123abc", 7, DateTimeOffset.UnixEpoch, []);
        return new RunReport(environment, [theorem]);
    }

    /// <summary>A grid of <paramref name="columns"/> widths 10, 20, … × n ∈ {4, 8}, one instance per cell, every one in scope with a loss ratio of 0.5.</summary>
    public static RunReport Wide(int columns)
    {
        var instances = new List<InstanceReport>();
        for (int c = 0; c < columns; c++)
        {
            foreach (double n in new double[] { 4, 8 })
            {
                instances.Add(Instance(instances.Count, n, 10 * (c + 1), 0, inScope: true, held: true, lossRatio: 0.5, boundFactor: 50));
            }
        }
        var theorem = new TheoremReport("wide", "A wide grid", "hand-built", Verdict.Pass,
            [new ScenarioSummary("grid", "m × n", instances.Count, instances.Count, instances.Count, 0, 1, Verdict.Pass)], instances);
        return new RunReport(Report().Environment, [theorem]);
    }

    private static InstanceReport Instance(int index, double n, double m, int seed, bool inScope, bool held, double lossRatio, double boundFactor)
    {
        double bound = boundFactor * n * n * n * (1 + 0.1 * seed);
        var hypotheses = new List<CheckReport>
        {
            Check("data-ok", Tier.Data, 1, Relation.LessOrEqual, 2, Verdict.Pass, Provenance.Verified),
            Check("instance-premise", Tier.Instance, inScope ? 1 : 3, Relation.LessOrEqual, 2, inScope ? Verdict.Pass : Verdict.Fail, Provenance.Derived),
            Check("radius", Tier.Asymptotic, 0.5, Relation.GreaterOrEqual, 0.25, Verdict.Pass, Provenance.Derived),
            Check("width", Tier.Asymptotic, m, Relation.Greater, bound, m > bound ? Verdict.Pass : Verdict.Fail, Provenance.Derived),
            Check("step-size", Tier.Asymptotic, m, Relation.LessOrEqual, 1e9, Verdict.Pass, Provenance.Derived),
        };
        var conclusions = new List<CheckReport> { Check("rate", null, held ? 1 : 3, Relation.LessOrEqual, 2, held ? Verdict.Pass : Verdict.Fail, Provenance.Verified) };
        var verdict = inScope ? (held ? Verdict.Pass : Verdict.Fail) : Verdict.BeyondScope;
        string scenario = $"n{n.ToString(CultureInfo.InvariantCulture)}-m{m.ToString(CultureInfo.InvariantCulture)}";
        return new InstanceReport(scenario, index, (ulong)index, inScope, verdict,
            [Parameter.Number("n", n), Parameter.Number("m", m), Parameter.Number(LossRatio, lossRatio)], hypotheses, conclusions, [], null);
    }

    private static CheckReport Check(string id, Tier? tier, double value, Relation relation, double bound, Verdict verdict, Provenance provenance) =>
        new(id, tier, $"statement of {id}", "Thm 1", provenance, value, relation, bound, Evidence.RelativeMargin(value, relation, bound), verdict, null, null);
}

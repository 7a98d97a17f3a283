using System.Globalization;
using Verify.Core;

namespace Verify.Reports.Tests;

/// <summary>A fake report shaped like a Du et al. (2019) run: a declared width sweep with figures on every trajectory check.</summary>
internal static class SampleReports
{
    private const int Steps = 200;

    public static RunReport Du2019() => Du2019("experiment", [100, 500, 2000], instancesPerScenario: 3);

    /// <summary>Shaped like the paper experiment of Fig. 1: six widths from 100 to 10⁴, two instances each.</summary>
    public static RunReport PaperFig1() => Du2019("paper-fig1", [100, 500, 1000, 2000, 5000, 10_000], instancesPerScenario: 2);

    private static RunReport Du2019(string prefix, int[] widths, int instancesPerScenario)
    {
        var instances = new List<InstanceReport>();
        var scenarios = new List<ScenarioSummary>();
        foreach (int m in widths)
        {
            string scenario = $"{prefix}-m{m.ToString(CultureInfo.InvariantCulture)}";
            var drawn = Enumerable.Range(0, instancesPerScenario).Select(index => Instance(scenario, m, index)).ToList();
            instances.AddRange(drawn);
            int held = drawn.Count(i => i.Conclusions.All(c => c.Verdict == Verdict.Pass));
            int inScope = drawn.Count(i => i.InScope == true);
            scenarios.Add(new ScenarioSummary(scenario, $"n = 20 unit-sphere inputs, m = {m}, η = 0.8", drawn.Count, inScope, held,
                inScope == 0 ? 0 : 0.1, inScope == drawn.Count ? 1 : 0.7, drawn.Any(i => i.Verdict == Verdict.Fail) ? Verdict.Fail : inScope > 0 ? Verdict.Pass : Verdict.BeyondScope)
            {
                Sweep = new SweepDeclaration(prefix, "m"),
            });
        }
        var theorem = new TheoremReport("du2019", "Du, Zhai, Poczós, Singh 2019 — Theorem 3.1 (two-layer ReLU, GD)",
            "Gradient Descent Provably Optimizes Over-parameterized Neural Networks, ICLR 2019", Verdict.BeyondScope, scenarios, instances);
        var environment = new EnvironmentInfo("OpenBLAS", "0.3.21", "/usr/lib/x86_64-linux-gnu/libopenblas.so.0", 4, "4.8.12", "Debian 12",
            "AMD EPYC", ".NET 10.0", "0123abc", 42, DateTimeOffset.UnixEpoch, []);
        return new RunReport(environment, [theorem]);
    }

    private static InstanceReport Instance(string scenario, int m, int index)
    {
        double lambda0 = 0.12 + 0.004 * index;
        double lambdaInit = lambda0 * (1 - 0.9 / Math.Sqrt(m / 100.0)) + 0.001 * index;
        double rPrime = 2.0 / Math.Sqrt(m) * 40;
        double r = 0.35;
        double eta = 0.8;
        double rate = 1 - eta * lambda0 / 2;
        bool rateHolds = m >= 500 || index == 2;
        var hypotheses = new List<CheckReport>
        {
            Check("unit-norms", Tier.Data, "‖xᵢ‖ = 1 for every i", 1 + 1e-15, Relation.LessOrEqual, 1 + 1e-12, Verdict.Pass),
            Check("lambda0-positive", Tier.Data, "λ₀ = λ_min(H∞) > 0", lambda0, Relation.Greater, 0, Verdict.Pass),
            Check("lambda-min-init", Tier.Instance, "λ_min(H(0)) ≥ ¾λ₀", lambdaInit, Relation.GreaterOrEqual, 0.75 * lambda0),
            Check("r-prime-below-r", Tier.Instance, "R′ < R", rPrime, Relation.Less, r),
            Check("width", Tier.Asymptotic, "m ≥ 4·10⁴ (C² + ½) n⁶ / (λ₀⁴ δ³)", m, Relation.GreaterOrEqual, 1.2e29 * (1 + index * 0.1)),
            Check("step-size", Tier.Asymptotic, "η ≤ λ₀ / n²", eta, Relation.LessOrEqual, lambda0 / 400),
        };
        bool inScope = hypotheses.Where(h => h.Tier != Tier.Asymptotic).All(h => h.Verdict == Verdict.Pass);
        double[] k = [.. Enumerable.Range(0, Steps + 1).Select(i => (double)i)];
        double loss0 = 20 * (1 + 0.1 * index);
        double widthSpeedUp = 1 - 0.004 * Math.Log10(m / 100.0);
        double[] loss = [.. k.Select(s => loss0 * Math.Pow((rateHolds ? rate * 0.985 : rate * 1.008) * widthSpeedUp, s) * (1 + 0.05 * Math.Sin(s / 3.0)))];
        double[] envelope = [.. k.Select(s => loss0 * Math.Pow(rate, s))];
        double[] schedule = [0, 1, 2, 4, 8, 16, 32, 64, 128, 200];
        double[] lambdaMin = [.. schedule.Select(s => lambdaInit * (1 - 0.15 * Math.Log10(1 + s) / Math.Sqrt(m / 100.0)))];
        double[] distance = [.. k.Select(s => rPrime * 0.6 * (1 - Math.Pow(rate, s)))];
        double[] patternChanges = [.. k.Select(s => 0.2 / Math.Sqrt(m / 100.0) * (1 - Math.Exp(-s / 30)))];
        var conclusions = new List<CheckReport>
        {
            Check("linear-rate", null, "‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ ‖y − u(0)‖² for every k", loss[^1], Relation.LessOrEqual, envelope[^1],
                figure: new Figure("Loss against the theorem's envelope", "step k", "‖y − u(k)‖²", LogY: true,
                    [Series.Of("loss ‖y − u(k)‖²", k, loss), Series.Of("envelope (1 − ηλ₀/2)ᵏ‖y − u(0)‖²", k, envelope)])),
        };
        var invariants = new List<CheckReport>
        {
            Check("lambda-min-stays", null, "λ_min(H(k)) ≥ λ₀/2 (log-spaced schedule)", lambdaMin.Min(), Relation.GreaterOrEqual, lambda0 / 2,
                figure: new Figure("λ_min(H(k)) along training", "step k", "λ_min(H(k))", LogY: true,
                    [Series.Of("λ_min(H(k))", schedule, lambdaMin), Series.Constant("¾λ₀", 0.75 * lambda0, 0, Steps), Series.Constant("λ₀/2", lambda0 / 2, 0, Steps)])),
            Check("weights-stay-close", null, "maxᵣ ‖w_r(k) − w_r(0)‖ ≤ R′", distance.Max(), Relation.LessOrEqual, rPrime,
                figure: new Figure("Distance from initialisation", "step k", "maxᵣ ‖w_r(k) − w_r(0)‖", LogY: false,
                    [Series.Of("maxᵣ ‖w_r(k) − w_r(0)‖", k, distance), Series.Constant("R′", rPrime, 0, Steps), Series.Constant("R", r, 0, Steps)])),
            Check("pattern-changes", null, "fraction of activation patterns changed ≤ 4mR/(√(2π)κ)·…", patternChanges.Max(), Relation.LessOrEqual, 0.3,
                figure: new Figure("Activation pattern changes", "step k", "fraction of (i, r) changed", LogY: false,
                    [Series.Of("changed fraction", k, patternChanges)])),
        };
        var verdict = !inScope ? Verdict.BeyondScope : conclusions.All(c => c.Verdict == Verdict.Pass) ? Verdict.Pass : Verdict.Fail;
        Parameter[] parameters = [Parameter.Number("n", 20), Parameter.Number("d", 20), Parameter.Number("m", m), Parameter.Number("eta", eta)];
        return new InstanceReport(scenario, index, 1000UL * (ulong)m + (ulong)index, inScope, verdict, parameters, hypotheses, conclusions, invariants,
            index == 0 && m == 100 ? "λ_min(H(k)) recorded at a log-spaced schedule of steps" : null);
    }

    private static CheckReport Check(string id, Tier? tier, string statement, double value, Relation relation, double bound,
        Verdict? verdict = null, Figure? figure = null)
    {
        double margin = Evidence.RelativeMargin(value, relation, bound);
        var decided = verdict ?? (relation.Holds(value, bound) ? Verdict.Pass : Verdict.Fail);
        return new CheckReport(id, tier, statement, "Thm 3.1", tier == Tier.Asymptotic ? Provenance.Memory : Provenance.Verified,
            value, relation, bound, margin, decided, null, figure);
    }
}

using Verify.Core;
using Verify.Theorems.Common;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// The conclusions (a)–(c) of our theorem [D] and the per-iterate assertions of spec §7.7, checked on a run with the
/// bounds F, A and c_B = 1 − Bη/2 (README C2: the theorem holds with β := B, α := A). Each step is undecided within
/// the allowance the loss states on √f_k (relative allowance ε_k = δ_k/√f_k on f_k and on |g_k|²), never passed or failed
/// inside it.
/// </summary>
internal sealed record CriterionOutcomes(CriterionRun Run, double ValueUpper, double Alpha, double C, double Radius)
{
    /// <summary>ρ = 1 − c_B η A, rounded up (a larger ρ is a weaker claim).</summary>
    public double Contraction => SubUp(1.0, MulDown(MulDown(C, Run.StepSize), Alpha));

    /// <summary>2/(c_B√A), rounded up: the path constant of (b) and (c).</summary>
    private double PathConstant => DivUp(2.0, MulDown(C, SqrtDown(Alpha)));

    /// <summary>r_pred = 2√(F/A)/c_B (spec §7.5), rounded up.</summary>
    public double PredictedRadius => MulUp(PathConstant, SqrtUp(ValueUpper));

    private List<double> Steps => SeriesChecks.EveryStep(Run.Losses.Count);

    /// <summary>The absolute allowance on f_k: |f̂ − f| ≤ 2√f δ_k + δ_k² when |√f̂ − √f| ≤ δ_k.</summary>
    private double LossAllowance(int k)
    {
        double root = Run.RootAllowances[k];
        return 2 * Math.Sqrt(Math.Max(0, Run.Losses[k])) * root + root * root;
    }

    /// <summary>The relative allowance on f_k (and on |g_k|²): 2ε_k + ε_k², ε_k = δ_k/√f_k.</summary>
    private double Relative(int k)
    {
        double f = Run.Losses[k];
        double e = f > 0 ? Run.RootAllowances[k] / Math.Sqrt(f) : double.PositiveInfinity;
        return 2 * e + e * e;
    }

    /// <summary>
    /// (a): f_k ≤ ρᵏF at every step k ≥ 1 (F ≥ f₀, so this is implied by f_k ≤ ρᵏf₀), with the figure of f_k against the envelope.
    /// Undecided within f_k's allowance plus the envelope's own rounding (ρᵏ as exp(k ln ρ): ≲ (k|ln ρ| + 2)·2u relative).
    /// </summary>
    public Evidence Rate()
    {
        double rho = Contraction;
        if (!(rho >= 0 && rho < 1))
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, double.NaN, $"ρ = {T(rho)} is not in [0, 1): no linear rate is asserted") with { Figure = LossFigure(Run) };
        }
        if (Run.Losses.Count < 2)
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, double.NaN, "no step was taken") with { Figure = LossFigure(Run) };
        }
        // k = 0 is F ≥ f₀, true by construction (and as tight as F's rounding): the check starts at k = 1.
        var steps = Steps.Skip(1).ToList();
        var losses = Run.Losses.Skip(1).ToList();
        var envelope = new List<double>();
        var allowances = new List<double>();
        double log = Math.Log(rho);
        for (int k = 1; k < Run.Losses.Count; k++)
        {
            double bound = ValueUpper * Math.Exp(k * log);
            envelope.Add(bound);
            allowances.Add(LossAllowance(k) + bound * (k * Math.Abs(log) + 2) * 2 * UnitRoundoff + double.Epsilon);
        }
        return SeriesChecks.StaysBelow(steps, losses, envelope,
            new SeriesPlot("Loss against the rate of (⋆)", "step k", "f(x_k)", LogY: true, "f_k", "ρᵏF, ρ = 1 − c_B η A"),
            allowances, $"ρ = {T(rho)}; {Run.Ending}");
    }

    /// <summary>f_k against k alone, for a run without a proved (⋆) (observed beyond scope).</summary>
    public static Figure LossFigure(CriterionRun run) =>
        new("Loss observed ((⋆) not proved: no rate asserted)", "step k", "f(x_k)", LogY: true, [Series.Of("f_k", SeriesChecks.EveryStep(run.Losses.Count), run.Losses)]);

    /// <summary>Spec §7.7 item 1: q_k = |g_k|²/f_k ≥ A (a violation falsifies the bound on α).</summary>
    public Evidence PlRatio()
    {
        var (steps, q, allowances, skipped) = Positive(k => Run.GradientNorms[k] * Run.GradientNorms[k] / Run.Losses[k]);
        return SeriesChecks.StaysAbove(steps, q, Alpha,
            new SeriesPlot("The PL ratio along the run against the lower bound A", "step k", "q_k = |∇f(x_k)|²/f(x_k)", LogY: true, "q_k", "A ≤ α(x₀, r)"),
            allowances, skipped == 0 ? null : $"{skipped} step(s) with f_k = 0 or f_k within its own allowance left out");
    }

    /// <summary>Spec §7.7 item 2: f_{k+1} ≤ f_k − c_B η|g_k|² (a violation falsifies the Hessian bound B).</summary>
    public Evidence Descent()
    {
        int count = Run.Losses.Count - 1;
        if (count < 1)
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, 0, "no step was taken");
        }
        var steps = new List<double>();
        var excess = new List<double>();
        var allowances = new List<double>();
        for (int k = 0; k < count; k++)
        {
            double decrease = C * Run.StepSize * Run.GradientNorms[k] * Run.GradientNorms[k];
            steps.Add(k);
            excess.Add(Run.Losses[k + 1] - (Run.Losses[k] - decrease));
            // + 4 × the smallest subnormal, for products that underflow
            // The computed x_{k+1} is within u|x_{k+1}| of x_k − ηg_k, which moves f by at most about |g_{k+1}|·u|x_{k+1}| (×2).
            double update = 2 * Run.GradientNorms[k + 1] * UnitRoundoff * Run.IterateNorms[k + 1];
            allowances.Add(LossAllowance(k) + LossAllowance(k + 1) + (decrease > 0 ? decrease * Relative(k) : 0) + update + 4 * double.Epsilon);
        }
        return SeriesChecks.StaysBelow(steps, excess, 0.0,
            new SeriesPlot("Descent per step", "step k", "f_{k+1} − (f_k − c_B η|g_k|²)", LogY: false, "excess", "0"),
            allowances, $"c_B = {T(C)}, η = {T(Run.StepSize)}");
    }

    /// <summary>
    /// (b) and spec §7.7 item 4: D_k ≤ P_k ≤ (2/(c_B√A))(√F − √f_k) &lt; r at every step, with the figure of path and
    /// distance against the bound and r.
    /// </summary>
    public Evidence PathLength()
    {
        // k = 0 is trivial (P₀ = D₀ = 0 ≤ the bound, which is ≥ 0 as F ≥ f₀) and would only sit at its own rounding.
        var steps = Steps.Skip(1).ToList();
        var path = Run.Path.Skip(1).ToList();
        var bound = new List<double>();
        var allowances = new List<double>();
        for (int k = 1; k < Run.Losses.Count; k++)
        {
            bound.Add(PathConstant * (Math.Sqrt(ValueUpper) - Math.Sqrt(Math.Max(0, Run.Losses[k]))));
            allowances.Add(PathConstant * Run.RootAllowances[k] + 4 * (k + 1) * UnitRoundoff * Run.Path[k]);
        }
        if (steps.Count == 0)
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, double.NaN, "no step was taken");
        }
        // D_k ≤ P_k is the triangle inequality; computed, both carry ≲ (k + p + 2)u relative rounding.
        int dimension = Run.Kept[0].X.Length;
        int triangle = Enumerable.Range(0, Run.Losses.Count)
            .FirstOrDefault(k => Run.Distances[k] - Run.Path[k] > (k + dimension + 2) * UnitRoundoff * (Run.Distances[k] + Run.Path[k]), -1);
        double distanceOverPath = Run.Distances.Zip(Run.Path, (d, p) => d - p).Max();
        double end = Math.Max(1, steps[^1]);
        var evidence = SeriesChecks.StaysBelow(steps, path, bound,
            new SeriesPlot("Path length and distance against the radius", "step k", "length", LogY: false, "path P_k", "(2/(c_B√A))(√F − √f_k)",
                [Series.Of("distance D_k = |x_k − x₀|", Steps, Run.Distances), Series.Constant("r", Radius, 0, end) with { Reference = true },
                 Series.Constant("r_pred = 2√(F/A)/c_B", PredictedRadius, 0, end) with { Reference = true }]),
            allowances, $"max_k (D_k − P_k) = {T(distanceOverPath)} (≤ 0 up to rounding: the triangle inequality); "
                + $"so D_k ≤ P_k ≤ r_pred = 2√(F/A)/c_B = {T(PredictedRadius)} {(PredictedRadius < Radius ? "<" : "≥")} r = {T(Radius)}");
        return triangle < 0 ? evidence : evidence with
        {
            Verdict = Verdict.Fail,
            Note = NoteText.Join(evidence.Note, $"D_k > P_k beyond rounding at step {triangle}: the recorded path is not the path taken"),
        };
    }

    /// <summary>
    /// (c) and spec §7.7 item 5: |x_k − x_K| ≤ 2(√f_k + √f_K)/(c_B√A) at the kept steps (|x_k − x*| ≤ 2√f_k/(c_B√A) and
    /// |x_K − x*| ≤ 2√f_K/(c_B√A), so the triangle inequality gives the bound without knowing x*).
    /// </summary>
    public Evidence Tail()
    {
        var (lastStep, lastX) = Run.Kept[^1];
        double rootLast = Math.Sqrt(Math.Max(0, Run.Losses[lastStep]));
        var steps = new List<double>();
        var values = new List<double>();
        var bounds = new List<double>();
        var allowances = new List<double>();
        foreach (var (k, x) in Run.Kept.Take(Run.Kept.Count - 1))
        {
            steps.Add(k);
            values.Add(CriterionRun.Distance(x, lastX));
            bounds.Add(PathConstant * (Math.Sqrt(Math.Max(0, Run.Losses[k])) + rootLast));
            // the distance of two stored iterates: each coordinate difference and the sum of squares rounded (≲ (p + 2)u relative)
            allowances.Add(PathConstant * (Run.RootAllowances[k] + Run.RootAllowances[lastStep]) + (x.Length + 2) * UnitRoundoff * values[^1]);
        }
        if (steps.Count == 0)
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, double.NaN, "no step before the last was kept");
        }
        return SeriesChecks.StaysBelow(steps, values, bounds,
            new SeriesPlot("Distance to the last iterate", "step k", "|x_k − x_K|", LogY: true, "|x_k − x_K|", "2(√f_k + √f_K)/(c_B√A)"),
            allowances, $"K = {lastStep}");
    }

    /// <summary>
    /// The steps with f_k &gt; 0 whose relative allowance R on f_k and |g_k|² is below ½, with q_k's allowance
    /// q_k·2R/(1 − R) (q_true ∈ q_k·[(1 − R)/(1 + R), (1 + R)/(1 − R)]); the others are left out and counted.
    /// </summary>
    private (List<double> Steps, List<double> Values, List<double> Allowances, int Skipped) Positive(Func<int, double> value)
    {
        var steps = new List<double>();
        var values = new List<double>();
        var allowances = new List<double>();
        int skipped = 0;
        for (int k = 0; k < Run.Losses.Count; k++)
        {
            double r = Relative(k);
            if (!(Run.Losses[k] > 0 && double.IsFinite(Run.Losses[k]) && r < 0.5))
            {
                skipped++;
                continue;
            }
            double v = value(k);
            steps.Add(k);
            values.Add(v);
            allowances.Add(v * 2 * r / (1 - r));
        }
        return (steps, values, allowances, skipped);
    }

    private static string T(double value) => NumberFormat.Text(value);
}

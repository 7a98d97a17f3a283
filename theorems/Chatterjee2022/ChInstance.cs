using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>A loss, its starting point and its bounds F, A(r), B(r): what an instance of this module is made of.</summary>
internal sealed record CriterionProblem(ISmoothLoss Loss, double[] Start, Func<ICriterionBounds> Bounds, double? StepSize, int Steps);

/// <summary>
/// One instance: the criterion and (⋆) at x₀ from the bounds (scan over r, Z3), the refutation search, then gradient descent
/// with the §7.7 records and our theorem's conclusions checked against the bounds F, A and c_B.
/// </summary>
internal sealed class ChInstance : ISetupInstance
{
    private readonly CriterionProblem _problem;
    private readonly InstanceContext _context;
    private readonly IReadOnlyList<Check> _extraHypotheses;
    private readonly IReadOnlyList<Parameter> _extraParameters;
    private readonly Lazy<CriterionScan> _scan;
    private readonly Lazy<Choice> _choice;
    private readonly Lazy<CriterionRun> _run;
    private readonly Lazy<Evidence> _star;

    /// <summary>The radius and step the instance uses: (⋆)'s best radius and the given η, or half the largest admissible step there.</summary>
    private sealed record Choice(RadiusRow? Row, double StepSize, string How);

    public ChInstance(CriterionProblem problem, InstanceContext context, IReadOnlyList<Check>? extraHypotheses = null, IReadOnlyList<Parameter>? extraParameters = null)
    {
        _problem = problem;
        _context = context;
        _extraHypotheses = extraHypotheses ?? [];
        _extraParameters = extraParameters ?? [];
        _scan = new(() => CriterionScan.Run(problem.Bounds(), context.Cancellation));
        _choice = new(Choose);
        _star = new(() => _choice.Value.Row is { } row
            ? CriterionDecision.Star(row, StepSize, _choice.Value.How)
            : Evidence.Inconclusive(double.NaN, Relation.Greater, 1.0, $"no radius has both a lower bound on α and a Hessian bound: {Missing()}"));
        _run = new(() => CriterionRun.Train(problem.Loss, problem.Start, _choice.Value.StepSize, problem.Steps, context.Cancellation,
            TrainingProgressAdapter.For(context, "f")));
    }

    internal CriterionScan Scan => _scan.Value;

    internal double StepSize => _choice.Value.StepSize;

    internal CriterionRun Run => _run.Value;

    public IReadOnlyList<Parameter> Parameters
    {
        get
        {
            var list = new List<Parameter> { Parameter.TextOnly("f", _problem.Loss.Name), Parameter.Number("p", _problem.Loss.Dimension) };
            list.AddRange(_extraParameters);
            if (_choice.IsValueCreated)
            {
                var choice = _choice.Value;
                list.Add(Parameter.Number("F ≥ f(x₀)", Scan.ValueUpper));
                if (Scan.BestForCriterion is { } criterion)
                {
                    list.Add(Parameter.Number("r (criterion)", criterion.Radius));
                }
                if (choice.Row is { } row)
                {
                    list.Add(Parameter.Number("r ((⋆))", row.Radius));
                    list.Add(Parameter.Number("A(r)", row.Alpha.Value));
                    list.Add(Parameter.Number("B(r)", row.Hessian.Value));
                }
                list.Add(Parameter.Number("η", choice.StepSize));
                list.Add(Parameter.TextOnly("η from", choice.How));
            }
            list.Add(Parameter.Number("steps", _problem.Steps));
            // f = ½‖F_L − Y‖² for a network, so f_K/f₀ is the final loss ratio; a toy problem's f is no residual
            if (_problem.Loss is NetworkLoss && _run.IsValueCreated && _run.Value.Losses is { Count: > 0 } losses)
            {
                list.Add(Parameter.Number(Parameter.FinalLossRatio, losses[^1] / losses[0]));
            }
            return list;
        }
    }

    public IEnumerable<Check> Hypotheses() =>
    [
        .. _extraHypotheses,
        new(ChChecks.Criterion, () => Scan.BestForCriterion is { } row
            ? CriterionDecision.Criterion(row, Scan.Rows.All(r => !(r.Alpha.Value > 0))
                ? $"A(r) = 0 at every scanned radius ({T(Scan.Rows[0].Radius)} to {T(Scan.Rows[^1].Radius)})" : null, ScanFigure())
            : Evidence.Inconclusive(double.NaN, Relation.Greater, 1.0, "no radius has a lower bound on α") with { Figure = ScanFigure() }),
        new(ChChecks.Star, () => _star.Value),
    ];

    public IEnumerable<Check> Outcomes() =>
    [
        new(ChChecks.Rate, () => Outcomes(o => o.Rate(), observed: true)),
        new(ChChecks.Limit, () => Outcomes(o => o.Tail())),
        new(ChChecks.PlRatio, () => Outcomes(o => o.PlRatio())),
        new(ChChecks.Descent, () => Outcomes(o => o.Descent())),
        new(ChChecks.Search, Search),
        new(ChChecks.Path, () => Outcomes(o => o.PathLength())),
    ];

    public IEnumerable<Recommendation> Recommendations()
    {
        var row = _choice.Value.Row;
        double bound = row?.StepBound ?? double.NaN;
        bool admissible = bound > 0;
        yield return new Recommendation("ch-step-size",
            admissible ? $"(⋆) at r = {NumberFormat.Text(row!.Radius)} needs η < (2/B)(1 − 2√(F/A)/r)"
                : "no step certifies (⋆) at any scanned radius: 4F ≥ r²A there (these bounds do not establish the criterion itself)",
            admissible ? bound : null,
            "the criterion needs r²A > 4F: for a network, a larger output scale λ raises A ∝ λ² on a fixed ball, which helps only while f(x₀) stays "
            + "bounded, i.e. the outputs at θ₀ do not grow with λ (σ(0) = 0 with W₁ = 0, as tanh with the positive initialisation; otherwise an output offset)")
        {
            AlreadyHolds = _star.Value.Verdict == Verdict.Pass,
        };
    }

    private Choice Choose()
    {
        var row = Scan.BestForStar(_problem.StepSize);
        if (_problem.StepSize is double eta)
        {
            return new Choice(row, eta, "given");
        }
        if (row is not null && row.StepBound > 0)
        {
            return new Choice(row, row.StepBound / 2, "½ × the largest admissible step (2/B)(1 − 2√(F/A)/r) at r");
        }
        double fallback = FallbackStep();
        return new Choice(row, fallback, "no admissible step: 1/(power-iteration estimate of ‖∇²f(x₀)‖), to observe GD beyond scope");
    }

    /// <summary>1/λ̂ with λ̂ a power-iteration estimate of ‖∇²f(x₀)‖ (20 iterations): for training beyond scope only.</summary>
    private double FallbackStep()
    {
        var random = _context.CreateRandom();
        var v = Verify.Numerics.Gaussian.Sample(1, _problem.Loss.Dimension, random).Row(0).ToArray();
        double estimate = 0;
        for (int i = 0; i < 20; i++)
        {
            double norm = CriterionRun.Norm(v);
            v = _problem.Loss.HessianVector(_problem.Start, [.. v.Select(t => t / norm)]);
            estimate = CriterionRun.Norm(v);
        }
        return estimate > 0 && double.IsFinite(estimate) ? 1 / estimate : 1e-3;
    }

    /// <summary>
    /// The adversarial search at the radius the instance uses: against A(r) when there is a certificate (a point below it
    /// falsifies A), else against 4f(x₀)/r² (a point below it refutes the exact criterion at r). Undecided within the
    /// allowance the loss states on √f at the points compared.
    /// </summary>
    private Evidence Search()
    {
        var row = _choice.Value.Row ?? Scan.BestForCriterion;
        if (row is null)
        {
            return Evidence.Inconclusive(double.NaN, Relation.GreaterOrEqual, double.NaN, "no radius scanned");
        }
        var found = AdversarialSearch.Search(_problem.Loss, _problem.Start, row.Radius, _context.CreateRandom(), cancellation: _context.Cancellation);
        double allowance = found.RelativeAllowance;
        bool refuted = found.Ratio * (1 + allowance) <= 1;
        string refutation = refuted ? "this refutes the exact criterion at this r: α(x₀, r) ≤ it ≤ 4f(x₀)/r²"
            : found.Ratio * (1 - allowance) > 1 ? "no refutation of the exact criterion found (that proves nothing)"
            : "within the rounding allowance of refuting the exact criterion: undecided";
        string note = $"r = {T(row.Radius)}: min |∇f|²/f found = {T(found.Quotient)} at distance {T(found.Distance)} from x₀, "
            + $"r²q/(4f(x₀)) = {T(found.Ratio)}; {refutation}; {found.Evaluations} evaluations, relative allowance {T(allowance)}";
        bool proved = _star.Value.Verdict == Verdict.Pass;
        double bound = proved ? row.Alpha.Value : 4 * _problem.Loss.Value(_problem.Start) / (row.Radius * row.Radius);
        var verdict = found.Quotient * (1 - allowance) >= bound ? Verdict.Pass : found.Quotient * (1 + allowance) < bound ? Verdict.Fail : Verdict.Inconclusive;
        return Evidence.Decided(found.Quotient, Relation.GreaterOrEqual, bound, verdict,
            NoteText.Join(proved ? "bound: A(r)" : "no certificate; bound: 4f(x₀)/r², the refutation threshold", note));
    }

    /// <summary>
    /// A check of the run against the bounds A and c_B of a proved (⋆); without them nothing is asserted (Inconclusive), and the loss
    /// curve alone is still drawn when <paramref name="observed"/> (GD observed beyond scope).
    /// </summary>
    private Evidence Outcomes(Func<CriterionOutcomes, Evidence> check, bool observed = false)
    {
        var row = _choice.Value.Row;
        // c_B rounded down (a smaller c weakens every bound it enters): Bη rounded up, halved exactly, subtracted downward.
        double c = row is null ? double.NaN : DirectedRounding.SubDown(1.0, DirectedRounding.MulUp(row.Hessian.Value, StepSize) / 2);
        if (row is null || _star.Value.Verdict != Verdict.Pass || !(c > 0))
        {
            var run = Run;
            var evidence = Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, double.NaN,
                $"(⋆) is not proved: nothing to check the run against; GD observed: {run.Ending}, f_K/f₀ = {T(run.Losses[^1] / run.Losses[0])}");
            return observed ? FigureThinning.LogSpaced(evidence with { Figure = CriterionOutcomes.LossFigure(run) }) : evidence;
        }
        return FigureThinning.LogSpaced(check(new CriterionOutcomes(Run, Scan.ValueUpper, row.Alpha.Value, c, row.Radius)));
    }

    private string Missing()
    {
        var row = Scan.Rows.FirstOrDefault();
        return row is null ? "no radius scanned" : !row.Alpha.IsAvailable ? row.Alpha.How : row.Hessian.How;
    }

    /// <summary>A(r) and 4F/r² against r (and 4F/(c_B²r²) at the run's step): where A(r) is above, the criterion holds at r.</summary>
    private Figure ScanFigure()
    {
        var rows = Scan.Rows.Where(r => r.Alpha.IsAvailable && r.Alpha.Value > 0).ToList();
        var radii = Scan.Rows.Select(r => r.Radius).ToList();
        var series = new List<Series>
        {
            Series.Of("A(r) ≤ α(x₀, r), lower bound", [.. rows.Select(r => r.Radius)], [.. rows.Select(r => r.Alpha.Value)]),
            Series.Of("4F/r² (the criterion's threshold)", radii, [.. Scan.Rows.Select(r => r.Threshold)]) with { Reference = true },
        };
        if (_choice.Value.Row is { Hessian.IsAvailable: true })
        {
            var withB = Scan.Rows.Where(r => r.Hessian.IsAvailable && 1 - r.Hessian.Value * StepSize / 2 > 0).ToList();
            series.Add(Series.Of("4F/(c_B²r²) at the run's η ((⋆)'s threshold)", [.. withB.Select(r => r.Radius)],
                [.. withB.Select(r => r.Threshold / Math.Pow(1 - r.Hessian.Value * StepSize / 2, 2))]) with { Reference = true });
        }
        return new Figure("The lower bound A(r) against the criterion's threshold", "radius r", "value", LogY: true, series)
        {
            Note = rows.Count < Scan.Rows.Count ? $"{Scan.Rows.Count - rows.Count} radii with A(r) = 0 or no bound are not drawn on the log axis" : null,
        };
    }

    private static string T(double value) => NumberFormat.Text(value);
}

using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>One Nguyen 2021 instance: the model's hypotheses and (H0)–(H3) of spec §5 at θ₀, then training and the outcomes.</summary>
internal sealed class N21Instance : ISetupInstance, IExplainsChain
{
    private readonly ILinearAlgebraBackend _backend;
    private readonly InstanceContext _context;
    private readonly N21Setup _setup;
    private readonly IReadOnlyList<Parameter> _extra;
    private readonly IReadOnlyList<Check> _extraHypotheses;
    private readonly Lazy<N21Analysis> _analysis;
    private readonly Lazy<double> _stepSize;
    private readonly Lazy<Trajectory> _trajectory;
    private readonly N21Probes _probes;

    public N21Instance(ILinearAlgebraBackend backend, N21Setup setup, InstanceContext context,
        IReadOnlyList<Parameter>? extra = null, IReadOnlyList<Check>? extraHypotheses = null)
    {
        _backend = backend;
        _context = context;
        _setup = setup;
        _extra = extra ?? [];
        _extraHypotheses = extraHypotheses ?? [];
        _analysis = new(() => new N21Analysis(backend, setup));
        _stepSize = new(() => setup.StepSize ?? _analysis.Value.LargestStepSize());
        _probes = new N21Probes(setup.Initial.Depth);
        _trajectory = new(Train);
    }

    /// <summary>n_{L−1} (d for L = 1).</summary>
    public int LastHiddenWidth => _setup.Initial.Depth < 2 ? _setup.Inputs.ColumnCount : _setup.Initial.Spec.Widths[_setup.Initial.Depth - 2];

    internal N21Analysis Analysis => _analysis.Value;

    internal double StepSize => _stepSize.Value;

    public IReadOnlyList<Parameter> Parameters
    {
        get
        {
            var spec = _setup.Initial.Spec;
            var list = new List<Parameter>
            {
                Parameter.Number("N", _setup.Inputs.RowCount),
                Parameter.Number("d", _setup.Inputs.ColumnCount),
                Parameter.Number("n_{L−1}", LastHiddenWidth),
                Parameter.TextOnly("widths", $"[{string.Join(", ", spec.Widths)}]"),
                Parameter.Number("L", spec.Depth),
                Parameter.TextOnly("σ", _setup.Initial.Activation.ToString()),
                _stepSize.IsValueCreated ? Parameter.Number("η", _stepSize.Value)
                    : _setup.StepSize is double eta ? Parameter.Number("η", eta) : Parameter.TextOnly("η", "0.99/(‖X‖_F² λ̄_{1→L−1}²)"),
                Parameter.Number("steps", _setup.Steps),
            };
            if (_analysis.IsValueCreated)
            {
                var a = _analysis.Value;
                list.Add(Parameter.Number("λ_F", a.LambdaF.Lower));
                list.Add(Parameter.Number("‖X‖_F", a.XFrobeniusUpper));
                list.Add(Parameter.Number("Φ₀", a.Phi0));
                list.Add(Parameter.Number("B", a.Pessimistic.B));
                for (int l = 0; l < a.Depth; l++)
                {
                    list.Add(Parameter.Number($"‖W_{l + 1}⁰‖₂", a.LayerNormsUpper[l]));
                    list.Add(Parameter.Number($"ρ_{l + 1}", a.Radii[l]));
                    list.Add(Parameter.Number($"R_{l + 1}", a.Pessimistic.Movements[l]));
                }
                list.Add(Parameter.TextOnly("radii", a.RadiiAreFixedPoint ? "least fixed point of ρ ← R(ρ), +10⁻⁶, checked" : "ρ_l = 1 (no fixed point)"));
            }
            if (_trajectory.IsValueCreated && _trajectory.Value.SquaredResidualNorms is { Count: > 0 } losses)
            {
                list.Add(Parameter.Number(Parameter.FinalLossRatio, losses[^1] / losses[0]));
            }
            list.AddRange(_extra);
            return list;
        }
    }

    public IEnumerable<Check> Hypotheses() =>
    [
        new(N21Checks.DistinctInputs, () => DataHypotheses.DistinctRows(_setup.Inputs)),
        new(N21Checks.Depth, () => N21HypothesisChecks.Depth(_setup.Initial.Spec)),
        new(N21Checks.WideLastHiddenLayer, () => N21HypothesisChecks.WideLastHidden(_setup.Initial.Spec, _setup.Inputs.RowCount)),
        new(N21Checks.Relu, () => N21HypothesisChecks.Relu(_setup.Initial.Activation)),
        new(N21Checks.H0, () => N21HypothesisChecks.H0(_analysis.Value)),
        new(N21Checks.H1, () => N21HypothesisChecks.H1(_analysis.Value)),
        new(N21Checks.H2, () => N21HypothesisChecks.H2(_analysis.Value)),
        new(N21Checks.H3, () => N21HypothesisChecks.H3(_analysis.Value, _stepSize.Value)),
        new(N21Checks.PaperA, () => N21HypothesisChecks.PaperA(_analysis.Value)),
        new(N21Checks.PaperB, () => N21HypothesisChecks.PaperB(_analysis.Value)),
        new(N21Checks.PaperC, () => N21HypothesisChecks.PaperC(_analysis.Value, _stepSize.Value)),
        new(N21Checks.FeatureScale, () => N21HypothesisChecks.FeatureScale(_analysis.Value, LastHiddenWidth)),
        .. _extraHypotheses,
    ];

    public IEnumerable<Check> Outcomes() =>
    [
        new(N21Checks.Rate, () => N21OutcomeChecks.Rate(_trajectory.Value, _analysis.Value, _stepSize.Value)),
        new(N21Checks.WeightDistance, () => N21OutcomeChecks.WeightDistance(_trajectory.Value, _probes, _analysis.Value)),
        new(N21Checks.LastHiddenWellConditioned, () => N21OutcomeChecks.LastHiddenWellConditioned(_trajectory.Value, _probes, _analysis.Value, LastHiddenWidth)),
    ];

    /// <summary>The chain of §5 quantity by quantity, at the pessimistic end.</summary>
    public IReadOnlyList<ChainStep> Chain()
    {
        var q = _analysis.Value.Pessimistic;
        var steps = new List<ChainStep>
        {
            new("λ_F", "σ_N(F_{L−1}⁰), the last hidden layer's N-th singular value (lower end)", q.LambdaF, "> 0", q.LambdaF > 0),
            new("‖X‖_F", "the inputs' Frobenius norm (upper end)", q.Inputs.XFrobenius, null, null),
            new("√(2Φ₀)", "‖F_L⁰ − Y‖_F (upper end)", q.Inputs.Residual, null, null),
            new("λ̄_{1→L}", "Π_l (‖W_l⁰‖₂ + ρ_l)", q.ProductAll, null, null),
            new("B", "‖X‖_F² λ̄_{1→L}² Σ_{l<L} λ̄_l⁻²: the cross term's constant", q.B, $"≤ λ_F²/8 = {NumberFormat.Text(q.LambdaFSquared / SectionFiveQuantities.H0Factor)}", q.H0Ratio >= 1),
            new("max_l R_l/ρ_l", "the movement of each layer over its radius", 1 / q.H1Ratio, "≤ 1", q.H1Ratio >= 1),
            new("movement of F_{L−1}", "‖X‖_F Σ_{l<L} (λ̄_{1→L−1}/λ̄_l) R_l", q.ConditioningLeft, $"≤ λ_F/2 = {NumberFormat.Text(q.LambdaF / 2)}", q.H2Ratio >= 1),
        };
        return steps;
    }

    /// <summary>What (H0)–(H3) lack.</summary>
    public IEnumerable<Recommendation> Recommendations()
    {
        var q = _analysis.Value.Pessimistic;
        double h0 = q.H0Ratio;
        yield return new Recommendation("n21-h0-gap",
            h0 >= 1 ? "(H0) already holds at the pessimistic ends"
            : !(h0 > 0) ? "(H0) cannot hold while λ_F = 0: F_{L−1} needs rank N (n_{L−1} ≥ N and distinct inputs)"
            : $"(H0) needs λ_F² {NumberFormat.Text(1 / h0)}× larger relative to 8B",
            h0 >= 1 || !(h0 > 0) ? null : 1 / h0,
            "a wider last hidden layer raises λ_F² ∝ n_{L−1} under LeCun; for L ≥ 3, B grows with n_{L−1} too, and a wider layer L−2 helps (spec §5)")
        {
            AlreadyHolds = h0 >= 1,
        };
        double h2 = Math.Min(q.H1Ratio, q.H2Ratio);
        yield return new Recommendation("n21-h1-h2-gap",
            h2 >= 1 ? "(H1) and (H2) already hold at the pessimistic ends" : $"(H1)/(H2) need √(2Φ₀) smaller (targets closer to the initial outputs) or λ_F larger",
            h2 >= 1 ? null : 1 / h2,
            "R_l ∝ √(2Φ₀)/λ_F²; the radii are the least fixed point of ρ ← R(ρ), which exists only when √(2Φ₀) is small enough")
        {
            AlreadyHolds = h2 >= 1,
        };
        double largest = _analysis.Value.LargestStepSize();
        double bound = _analysis.Value.Pessimistic.StepBound;
        bool holds = _setup.StepSize is double eta && eta <= bound;
        yield return new Recommendation("n21-step-size",
            holds ? $"η = {NumberFormat.Text(_setup.StepSize!.Value)} already meets (H3), η ≤ 1/(‖X‖_F² λ̄_{{1→L−1}}²) = {NumberFormat.Text(bound)}; the value is the step the runs use, 0.99 of it"
            : $"η ≤ {NumberFormat.Text(largest)} = 0.99/(‖X‖_F² λ̄_{{1→L−1}}²) for (H3)",
            largest,
            "(H3) makes η‖F_{L−1}‖₂² ≤ 1 on the whole ball; GD often converges at larger steps, outside the theorem")
        {
            AlreadyHolds = holds,
        };
    }

    private Trajectory Train()
    {
        var initial = _setup.Initial;
        var descent = new GradientDescent(_backend, initial, _setup.Inputs, _setup.Targets, [.. Enumerable.Repeat(_stepSize.Value, initial.Depth)]);
        var progress = TrainingProgressAdapter.For(_context, "‖F_L − Y‖²_F");
        return TrajectoryRunner.Train(descent, _setup.Steps, _probes.All, TrajectoryOptions.Default, _context.Cancellation, progress);
    }
}

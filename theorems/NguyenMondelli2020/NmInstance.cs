using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>One Nguyen–Mondelli instance: Assumptions 2.1–2.2 and §3a's (H1), (H2) at θ₀, then training and the outcomes.</summary>
internal sealed class NmInstance : ISetupInstance, IExplainsChain
{
    private readonly ILinearAlgebraBackend _backend;
    private readonly InstanceContext _context;
    private readonly NmSetup _setup;
    private readonly IReadOnlyList<Parameter> _extra;
    private readonly Lazy<InitialAnalysis> _initial;
    private readonly Lazy<LimitKernel> _kernel;
    private readonly Lazy<double> _stepSize;
    private readonly Lazy<Trajectory> _trajectory;
    private readonly NmProbes _probes;

    public NmInstance(ILinearAlgebraBackend backend, NmSetup setup, InstanceContext context, IReadOnlyList<Parameter>? extra = null)
    {
        _backend = backend;
        _context = context;
        _setup = setup;
        _extra = extra ?? [];
        _initial = new(() => new InitialAnalysis(backend, setup));
        _kernel = new(() => LimitKernel.Compute(backend, setup.Inputs, setup.Initial.Activation, context.Seed));
        _stepSize = new(() => setup.StepSize ?? _initial.Value.LargestStepSize());
        _probes = new NmProbes(setup.Initial.Depth, Activation.Properties.InfDerivative);
        _trajectory = new(Train);
    }

    private Activation Activation => _setup.Initial.Activation;

    private bool MeetsAssumption22 => Activation.Properties is { InfDerivative: > 0, SupDerivative: <= 1, Smooth: true, BoundedByIdentity: true } p
        && double.IsFinite(p.SupAbsSecondDerivative);

    public IReadOnlyList<Parameter> Parameters
    {
        get
        {
            var spec = _setup.Initial.Spec;
            var list = new List<Parameter>
            {
                Parameter.Number("N", _setup.Inputs.RowCount),
                Parameter.Number("d", _setup.Inputs.ColumnCount),
                Parameter.Number("n₁", spec.Widths[0]),
                Parameter.TextOnly("widths", $"[{string.Join(", ", spec.Widths)}]"),
                Parameter.Number("L", spec.Depth),
                Parameter.TextOnly("σ", Activation.ToString()),
                _stepSize.IsValueCreated ? Parameter.Number("η", _stepSize.Value)
                    : _setup.StepSize is double eta ? Parameter.Number("η", eta) : Parameter.TextOnly("η", "0.99/Q(R + ηG)"),
                Parameter.Number("steps", _setup.Steps),
            };
            if (_initial.IsValueCreated)
            {
                var i = _initial.Value;
                list.Add(Parameter.Number("λ_F", i.LambdaF.Lower));
                list.Add(Parameter.Number("‖X‖₂", i.XNorm2Upper));
                list.Add(Parameter.Number("Φ₀", i.Phi0));
                list.Add(Parameter.Number("μ", i.Pessimistic.Mu));
                list.Add(Parameter.Number("R", i.Pessimistic.Radius));
            }
            // λ_* is reported, never deciding scope: there is no "reported only" check kind in Core, so it is a parameter.
            if (_setup.Inputs.RowCount <= LimitKernel.MaxSamples)
            {
                list.Add(Parameter.Number("λ_* (Monte Carlo)", _kernel.Value.Estimate));
                list.Add(Parameter.Number("λ_* standard error", _kernel.Value.StandardError));
            }
            else
            {
                list.Add(Parameter.TextOnly("λ_* (Monte Carlo)", $"not estimated: N > {LimitKernel.MaxSamples} (N×N eigensolves per batch)"));
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
        new(NmChecks.DistinctInputs, () => DataHypotheses.DistinctRows(_setup.Inputs)),
        new(NmChecks.WideFirstLayer, () => AssumptionChecks.WideFirstLayer(_setup.Initial.Spec, _setup.Inputs.RowCount)),
        new(NmChecks.Pyramidal, () => AssumptionChecks.Pyramidal(_setup.Initial.Spec)),
        new(NmChecks.DerivativeRange, () => AssumptionChecks.DerivativeRange(Activation)),
        new(NmChecks.BoundedByIdentity, () => AssumptionChecks.BoundedByIdentity(Activation)),
        new(NmChecks.LipschitzDerivative, () => AssumptionChecks.LipschitzDerivative(Activation)),
        new(NmChecks.Initialisation, () => InstanceChecks.Initialisation(_initial.Value)),
        new(NmChecks.StepSize, StepSize),
        new(NmChecks.PaperForm, () => InstanceChecks.PaperForm(_initial.Value)),
    ];

    private Evidence StepSize()
    {
        if (!MeetsAssumption22)
        {
            return Evidence.Inconclusive(_setup.StepSize ?? double.NaN, Relation.LessOrEqual, double.NaN,
                "not evaluated: Q is built from γ > 0 and a finite β (Assumption 2.2), which this activation does not have");
        }
        return InstanceChecks.StepSize(_initial.Value, _stepSize.Value);
    }

    public IEnumerable<Check> Outcomes() =>
    [
        new(NmChecks.LinearRate, () => OutcomeChecks.LinearRate(_trajectory.Value, _initial.Value, _stepSize.Value)),
        new(NmChecks.PathLength, () => OutcomeChecks.PathLength(_trajectory.Value, _probes, _initial.Value, _stepSize.Value)),
        new(NmChecks.WeightDistance, () => OutcomeChecks.WeightDistance(_trajectory.Value, _probes, _initial.Value, Widest)),
        new(NmChecks.FeaturesStayWellConditioned, () => OutcomeChecks.FeaturesStayWellConditioned(_trajectory.Value, _probes, _initial.Value)),
        new(NmChecks.WeightsStayWellConditioned, () => OutcomeChecks.WeightsStayWellConditioned(_trajectory.Value, _probes, _initial.Value)),
        new(NmChecks.PolyakLojasiewicz, () => OutcomeChecks.PolyakLojasiewicz(_trajectory.Value, _probes)),
        new(NmChecks.Descent, () => OutcomeChecks.Descent(_trajectory.Value, _probes, _stepSize.Value, Widest)),
    ];

    private int Widest => Math.Max(_setup.Inputs.ColumnCount, _setup.Initial.Spec.Widths.Max());

    /// <summary>The chain of §3a quantity by quantity (<see cref="ChainTable"/>).</summary>
    public IReadOnlyList<ChainStep> Chain() => ChainTable.Of(_initial.Value);

    /// <summary>What (H1) lacks, as a factor on its left side (or on √(2Φ₀) the other way round).</summary>
    public IEnumerable<Recommendation> Recommendations()
    {
        var ends = _initial.Value.Pessimistic;
        double ratio = ends.Right == 0 ? double.PositiveInfinity : ends.Left / ends.Right;
        string factor = NumberFormat.Text(1 / ratio);
        yield return new Recommendation("nm-h1-gap",
            ratio >= 1 ? "(H1) already holds at the pessimistic ends"
            : ratio == 0 ? "(H1) cannot hold: its left side is 0 (λ_F = 0 or some λ_l = 0: n₁ < N, or a rank-deficient layer); no scaling of the targets fixes that"
            : $"(H1) needs its left side λ_F λ_{{3→L}} min(λ_F/‖X‖₂, min λ_l) {factor}× larger, or √(2Φ₀) {factor}× smaller",
            ratio >= 1 || ratio == 0 ? null : 1 / ratio,
            "a wider first layer raises λ_F (≈ √(n₁λ_*) under LeCun); larger W_l (l ≥ 3) raise λ_l; targets closer to the initial outputs lower Φ₀ (spec §4)")
        {
            AlreadyHolds = ratio >= 1,
        };
        if (MeetsAssumption22)
        {
            double largest = _initial.Value.LargestStepSize();
            bool atR = _initial.Value.Pessimistic.Radius <= _initial.Value.WellConditionedRadius;
            bool holds = atR && _setup.StepSize is double eta && eta <= largest;
            yield return new Recommendation("nm-step-size",
                holds ? "η already meets (H2) with the largest step below"
                : atR ? $"η ≤ {NumberFormat.Text(largest)} = 0.99/Q(ρ + η₀G) for (H2)"
                : $"η ≤ {NumberFormat.Text(largest)}: 0.99/Q on the ball where the features stay well-conditioned (min(λ_F/(2‖X‖₂), min λ_l/2)); (H1) fails, so R exceeds that ball and no η makes (H2) hold there",
                largest,
                "Q bounds ‖∇²Φ‖₂ on the whole ball around θ₀ (README.md), so it is a worst case: GD often converges at larger steps, outside the theorem")
            {
                AlreadyHolds = holds,
            };
        }
    }

    private Trajectory Train()
    {
        var initial = _setup.Initial;
        var descent = new GradientDescent(_backend, initial, _setup.Inputs, _setup.Targets, [.. Enumerable.Repeat(_stepSize.Value, initial.Depth)]);
        var progress = TrainingProgressAdapter.For(_context, "‖F_L − Y‖²_F");
        return TrajectoryRunner.Train(descent, _setup.Steps, _probes.All, TrajectoryOptions.Default, _context.Cancellation, progress);
    }
}

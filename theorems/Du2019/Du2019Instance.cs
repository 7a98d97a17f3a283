using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>One Du et al. 2019 instance: the three tiers at initialisation, then training and the outcomes.</summary>
internal sealed class Du2019Instance : ISetupInstance, IExplainsChain
{
    private readonly ILinearAlgebraBackend _backend;
    private readonly CancellationToken _cancellation;
    private readonly InstanceContext _context;
    private readonly Du2019Setup _setup;
    private readonly Lazy<DataAnalysis> _data;
    private readonly Lazy<InitialAnalysis> _initial;
    private readonly Lazy<FirstLayerGradientDescent> _descent;
    private readonly Lazy<Trajectory> _trajectory;
    private readonly Lazy<SymmetricEigenDecomposition> _spectrum;

    public Du2019Instance(ILinearAlgebraBackend backend, Du2019Setup setup, InstanceContext context)
    {
        _backend = backend;
        _cancellation = context.Cancellation;
        _context = context;
        _setup = setup;
        _data = new(() => new DataAnalysis(backend, setup.Inputs, setup.Labels));
        _initial = new(() => new InitialAnalysis(backend, _data.Value, InitialPreActivations(), setup.Initial.W, setup.Initial.A, StepSize, setup.Delta));
        _descent = new(() => new FirstLayerGradientDescent(backend, setup.Inputs, setup.Labels.AsArray() ?? setup.Labels.ToArray(), setup.Initial, StepSize));
        _trajectory = new(() => Train(context));
        _spectrum = new(() => backend.SymmetricEigen(_data.Value.InfiniteWidthGram));
    }

    private double StepSize => _setup.StepSize ?? _data.Value.Lambda0 / (4.0 * _data.Value.N * _data.Value.N);

    /// <summary>
    /// Z(0) = X W(0)ᵀ: the descent's own buffer before its first step when the step size allows a descent (so the
    /// instance holds one n×m array, not two), else computed for the analysis alone.
    /// </summary>
    private Matrix<double> InitialPreActivations()
    {
        if (!(StepSize > 0 && double.IsFinite(StepSize)))
        {
            return Gram.PreActivations(_backend, _setup.Inputs, _setup.Initial.W);
        }

        var descent = _descent.Value;
        if (descent.Iteration != 0)
        {
            throw new InvalidOperationException("Internal: the initial analysis must read Z(0) before the descent steps.");
        }

        return descent.PreActivations;
    }

    public IReadOnlyList<Parameter> Parameters =>
    [
        Parameter.Number("n", _setup.Inputs.RowCount),
        Parameter.Number("d", _setup.Inputs.ColumnCount),
        Parameter.Number("m", _setup.Initial.Width),
        _data.IsValueCreated ? Parameter.Number("η", StepSize)
            : _setup.StepSize is double eta ? Parameter.Number("η", eta)
            : Parameter.TextOnly("η", "λ₀/(4n²)"),
        Parameter.Number("steps", _setup.Steps),
        Parameter.Number("δ", _setup.Delta),
        Parameter.Number("C", _setup.LabelBound),
        _data.IsValueCreated ? Parameter.Number("λ₀", _data.Value.Lambda0Estimate) : Parameter.TextOnly("λ₀", "not computed"),
        _trajectory.IsValueCreated && _trajectory.Value.SquaredResidualNorms is { Count: > 0 } losses
            ? Parameter.Number(Parameter.FinalLossRatio, losses[^1] / losses[0])
            : Parameter.TextOnly(Parameter.FinalLossRatio, "not trained"),
    ];

    public IEnumerable<Check> Hypotheses() =>
    [
        new(Du2019Checks.UnitNorm, () => DataChecks.UnitNorm(_data.Value)),
        new(Du2019Checks.LabelsBounded, () => DataChecks.LabelsBounded(_data.Value, _setup.LabelBound)),
        new(Du2019Checks.NonParallel, () => DataChecks.NonParallel(_data.Value)),
        new(Du2019Checks.Lambda0Positive, () => WithSpectrum(DataChecks.Lambda0Positive(_data.Value))),
        new(Du2019Checks.OutputSigns, () => InstanceChecks.OutputSigns(_setup.Initial.A)),
        new(Du2019Checks.H0NearHInfinity, WithInitial(InstanceChecks.H0NearHInfinity)),
        new(Du2019Checks.FlipPerturbation, WithInitial(InstanceChecks.FlipPerturbation)),
        new(Du2019Checks.StepContraction, WithInitial(InstanceChecks.StepContraction)),
        new(Du2019Checks.Width, WithInitial(i => InstanceChecks.Width(i, _setup.LabelBound))),
        new(Du2019Checks.StepSize, WithInitial(InstanceChecks.StepSize)),
        new(Du2019Checks.PaperRadius, WithInitial(InstanceChecks.PaperRadius)),
    ];

    public IEnumerable<Check> Outcomes() =>
    [
        new(Du2019Checks.LinearRate, WithInitial(i => OutcomeChecks.LinearRate(_trajectory.Value, i, new KernelRegime(_spectrum.Value, i.InitialResidualVector, i.StepSize)), outcome: true)),
        new(Du2019Checks.LambdaMinStays, WithInitial(i => OutcomeChecks.LambdaMinStays(_trajectory.Value, i), outcome: true)),
        new(Du2019Checks.DistanceBounded, WithInitial(i => OutcomeChecks.DistanceBounded(_trajectory.Value, i), outcome: true)),
        new(Du2019Checks.PatternChanges, WithInitial(i => OutcomeChecks.PatternChanges(_trajectory.Value, i), outcome: true)),
    ];

    /// <summary>The Instance-tier chain quantity by quantity; empty when the analysis cannot run (λ₀ not established positive, XXᵀ overflows).</summary>
    public IReadOnlyList<ChainStep> Chain() =>
        _data.Value.GramIsFinite && _data.Value.Lambda0 > 0 ? ChainTable.Of(_initial.Value) : [];

    public IEnumerable<Recommendation> Recommendations() =>
        Du2019Advice.Recommend(_backend, _setup, _data.Value, _initial, _context);

    /// <summary>
    /// A check on the initial analysis, or, when XXᵀ overflows (huge but finite inputs), a failure that says so: the
    /// analysis cannot be computed, and the Data tier already fails on the norms.
    /// </summary>
    private Func<Evidence> WithInitial(Func<InitialAnalysis, Evidence> check, bool outcome = false) => () =>
    {
        var data = _data.Value;
        if (!data.GramIsFinite)
        {
            return Evidence.Compare(double.NaN, Relation.LessOrEqual, double.NaN, DataAnalysis.GramOverflowNote);
        }
        if (data.Lambda0 > 0)
        {
            return check(_initial.Value);
        }
        // Every link divides by λ₀ (R′ ∝ 1/λ₀) or compares with a share of it: with λ₀ = 0 none can hold, and with λ₀
        // not established positive none can be decided. A conclusion or invariant then asserts nothing (a rate of
        // 1 − ηλ₀/2 = 1, a radius of ∞), so it is not applicable rather than failed.
        if (outcome)
        {
            return Evidence.Inconclusive(data.Lambda0, Relation.Greater, 0, $"not applicable: with λ₀ ∈ {data.Lambda0Enclosure} not established positive the theorem asserts no rate, radius or bound here");
        }
        return data.Lambda0Upper <= 0
            ? Evidence.Decided(data.Lambda0Upper, Relation.Greater, 0, Verdict.Fail, $"λ₀ = 0 ({data.Lambda0Enclosure.Note}): the chain's bounds, which divide by λ₀, cannot hold")
            : Evidence.Inconclusive(data.Lambda0, Relation.Greater, 0, $"λ₀ ∈ {data.Lambda0Enclosure} is not established positive: the chain's bounds, which divide by λ₀, are undecided");
    };

    /// <summary>The λ₀ check with H∞'s spectrum as its figure (none when XXᵀ overflows: there is no spectrum).</summary>
    private Evidence WithSpectrum(Evidence evidence) => _data.Value.GramIsFinite
        ? evidence with { Figure = KernelRegime.SpectrumFigure(_spectrum.Value.Values, _data.Value.Lambda0) }
        : evidence;

    private Trajectory Train(InstanceContext context)
    {
        _ = _initial.Value; // reads Z(0) from the descent's buffer, which the first step overwrites
        var progress = TrainingProgressAdapter.For(context, "‖y − u‖²");
        return TrajectoryRunner.Train(_descent.Value, _setup.Steps, TrajectoryProbes, TrajectoryOptions.Default, context.Cancellation, progress);
    }

    /// <summary>What the outcome checks read: max_r ‖w_r(k) − w_r(0)‖ and the pattern-change fraction at every step, λ_min(H(k)) on the schedule.</summary>
    internal static IReadOnlyList<IProbe> TrajectoryProbes { get; } =
        [FirstLayerProbes.MaxNeuronDistance, FirstLayerProbes.PatternChangeFraction, FirstLayerProbes.SmallestNtkEigenvalue];
}

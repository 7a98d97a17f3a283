using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// One Razborov 2022 instance: the data and model hypotheses, the certificate's hypotheses at its inputs (scope), the
/// baselines' widths (Asymptotic), then two-rate GD and the certificate's conclusions; an experiment instance also reports
/// the measurements of spec §5 (protocol [P]: converged, steps to ε, the "beyond NTK" indicators) as parameters, never checks.
/// </summary>
internal sealed class RzInstance : ISetupInstance
{
    private readonly ILinearAlgebraBackend _backend;
    private readonly RzSetup _setup;
    private readonly InstanceContext _context;
    private readonly IReadOnlyList<Parameter> _extra;
    private readonly bool _experiment;
    private readonly Lazy<RzAnalysis> _analysis;
    private readonly Lazy<Baselines> _baselines;
    private readonly Lazy<RzRun> _run;
    private readonly Lazy<RzIndicators> _indicators;

    public RzInstance(ILinearAlgebraBackend backend, RzSetup setup, InstanceContext context, IReadOnlyList<Parameter>? extra = null, bool experiment = false)
    {
        _backend = backend;
        _setup = setup;
        _context = context;
        _extra = extra ?? [];
        _experiment = experiment;
        _analysis = new(() => new RzAnalysis(backend, setup));
        _baselines = new(() => Baselines.Of(backend, setup.Inputs, setup.Targets));
        _run = new(() => RzRun.Train(backend, setup, context));
        _indicators = new(() => RzIndicators.Of(backend, setup, _run.Value));
    }

    internal RzAnalysis Analysis => _analysis.Value;

    internal RzRun Run => _run.Value;

    internal RzSetup Setup => _setup;

    private int Width => _setup.Initial.Spec.Widths[0];

    public IReadOnlyList<Parameter> Parameters
    {
        get
        {
            var list = new List<Parameter>
            {
                Parameter.Number("n", _setup.Inputs.RowCount),
                Parameter.Number("d", _setup.Inputs.ColumnCount),
                Parameter.Number("m", Width),
                Parameter.Number("md/n", Width * (double)_setup.Inputs.ColumnCount / _setup.Inputs.RowCount),
                Parameter.Number("κ", _setup.Initial.Spec.OutputScale),
                Parameter.Number("η₁", _setup.Eta1),
                Parameter.Number("η₂", _setup.Eta2),
                Parameter.Number("step cap", _setup.Steps),
            };
            list.AddRange(_extra);
            if (_analysis.IsValueCreated)
            {
                var a = _analysis.Value;
                list.Add(Parameter.Number("λ_F (lower end of σ_n(F₀))", a.LambdaF.Lower));
                list.Add(Parameter.Number("‖F₀‖₂ (upper)", a.FeatureNormUpper));
                list.Add(Parameter.Number("‖X‖₂ (upper)", a.XNormUpper));
                list.Add(Parameter.Number("‖a₀‖₂ (upper)", a.OutputNormUpper));
                list.Add(Parameter.Number("‖e₀‖₂ (upper)", a.ResidualUpper));
                var c = a.Certificate;
                list.Add(double.IsFinite(c.Contraction) ? Parameter.Number("ρ (certificate)", c.Contraction) : Parameter.TextOnly("ρ (certificate)", NotGiven));
                list.Add(double.IsFinite(c.RadiusW) ? Parameter.Number("R_W (certificate)", c.RadiusW) : Parameter.TextOnly("R_W (certificate)", NotGiven));
                list.Add(double.IsFinite(c.RadiusA) ? Parameter.Number("R_a (certificate)", c.RadiusA) : Parameter.TextOnly("R_a (certificate)", NotGiven));
            }
            if (_baselines.IsValueCreated)
            {
                list.AddRange(_baselines.Value.AsParameters());
            }
            else
            {
                list.Add(Parameter.TextOnly(Baselines.RazborovName, Baselines.RazborovWidth));
            }
            if (_run.IsValueCreated)
            {
                var run = _run.Value;
                list.Add(Parameter.Number("steps taken", run.Steps));
                if (run.SquaredResiduals is { Count: > 0 } losses)
                {
                    list.Add(Parameter.Number(Parameter.FinalLossRatio, losses[^1] / losses[0]));
                }
                if (_experiment)
                {
                    list.Add(Parameter.Number(RzIndicators.ConvergedName, run.ReachedTargetAt is null ? 0 : 1));
                    list.Add(run.ReachedTargetAt is int at ? Parameter.Number(RzIndicators.StepsName, at)
                        : Parameter.TextOnly(RzIndicators.StepsName, run.DivergedAt is int dv ? $"diverged at step {dv}" : $"not reached within the cap (final ‖u − y‖²/‖y‖² = {NumberFormat.Text(run.SquaredResiduals[^1] / SquaredNorm())})"));
                }
            }
            if (_experiment && _run.IsValueCreated)
            {
                list.AddRange(_indicators.Value.AsParameters(_run.Value.ReachedTargetAt is not null));
            }
            return list;
        }
    }

    private const string NotGiven = "not given (the certificate yields no finite value)";

    public IEnumerable<Check> Hypotheses()
    {
        var checks = new List<Check>
        {
            new(RzChecks.DistinctInputs, () => DataHypotheses.DistinctRows(_setup.Inputs)),
            new(RzChecks.TwoLayerRelu, () => RzModel.Mismatch(_setup.Initial.Spec, new Verify.Core.Networks.TrainingSpec([_setup.Eta1, _setup.Eta2], _setup.Steps)) is string reason
                ? Evidence.Compare(0, Relation.GreaterOrEqual, 1, reason)
                : Evidence.Compare(1, Relation.GreaterOrEqual, 1, $"widths [{Width}, 1], ReLU, κ = {NumberFormat.Text(_setup.Initial.Spec.OutputScale)}, η = [{NumberFormat.Text(_setup.Eta1)}, {NumberFormat.Text(_setup.Eta2)}]")),
        };
        var analysis = _analysis.Value;
        checks.AddRange(TwoRateCertificate.Between(analysis.Certificate, analysis.Favourable, "the enclosures of λ_F, ‖F₀‖₂, ‖X‖₂, |a₀| and |e₀|")
            .Select(h => new Check(h.Spec, h.Decide)));
        checks.AddRange(_baselines.Value.Checks(Width));
        return checks;
    }

    private double SquaredNorm() => _setup.Targets.Enumerate().Sum(v => v * v);

    public IEnumerable<Check> Outcomes() =>
    [
        new(RzChecks.Rate, Rate),
        new(RzChecks.HiddenDistance, () => Distance(_run.Value.HiddenDistances, _analysis.Value.Certificate.RadiusW, "‖W_k − W₀‖_F", "R_W")),
        new(RzChecks.OutputDistance, () => Distance(_run.Value.OutputDistances, _analysis.Value.Certificate.RadiusA, "‖a_k − a₀‖₂", "R_a")),
        new(RzChecks.FeaturesWellConditioned, FeaturesWellConditioned),
        new(RzChecks.FeatureNormBounded, FeatureNormBounded),
    ];

    /// <summary>‖F_k‖₂ ≤ F̄ on the log-spaced steps: Pass when every enclosure's upper end meets it, Fail when some lower end exceeds it.</summary>
    private Evidence FeatureNormBounded()
    {
        var certificate = _analysis.Value.Certificate;
        double bar = certificate.FeatureBar;
        var points = _run.Value.FeatureNorms;
        if (!double.IsFinite(bar))
        {
            return Evidence.Inconclusive(points.Max(p => p.Norm.Upper), Relation.LessOrEqual, bar,
                $"not evaluated: the certificate gives no finite R_W (R_W = {NumberFormat.Text(certificate.RadiusW)}), so no F̄ = ‖F₀‖₂ + κ‖X‖₂R_W");
        }
        var steps = points.Select(p => (double)p.Step).ToList();
        var middles = points.Select(p => p.Norm.Lower / 2 + p.Norm.Upper / 2).ToList();
        var allowances = points.Select(p => Math.BitIncrement((p.Norm.Upper - p.Norm.Lower) / 2)).ToList();
        return SeriesChecks.StaysBelow(steps, middles, bar,
            new SeriesPlot("‖F_k‖₂ against F̄", "step k", "‖F_k‖₂", false, "‖F_k‖₂", "F̄"), allowances,
            $"F̄ = {NumberFormat.Text(bar)} = ‖F₀‖₂ (upper end {NumberFormat.Text(certificate.Inputs.FeatureNorm)}) + κ‖X‖₂R_W, rounded up; log-spaced steps");
    }

    /// <summary>σ_n(F_k) ≥ λ_F/2 on the log-spaced steps: Pass when every enclosure's lower end meets it, Fail when some upper end misses it.</summary>
    private Evidence FeaturesWellConditioned()
    {
        var analysis = _analysis.Value;
        if (!double.IsFinite(analysis.Certificate.Contraction))
        {
            return Evidence.Inconclusive(double.NaN, Relation.GreaterOrEqual, analysis.LambdaF.Lower / 2,
                "not evaluated: the certificate certifies nothing here (no finite ρ), so it asserts no σ_n(F_k) ≥ λ_F/2");
        }
        var points = _run.Value.FeatureSmallest;
        if (points.Count == 0)
        {
            return Evidence.Inconclusive(0, Relation.GreaterOrEqual, analysis.LambdaF.Lower / 2, $"not applicable: m = {Width} < n, so σ_n(F_k) = 0");
        }
        var steps = points.Select(p => (double)p.Step).ToList();
        var middles = points.Select(p => p.Smallest.Lower / 2 + p.Smallest.Upper / 2).ToList();
        var allowances = points.Select(p => Math.BitIncrement((p.Smallest.Upper - p.Smallest.Lower) / 2)).ToList();
        return SeriesChecks.StaysAbove(steps, middles, analysis.LambdaF.Lower / 2,
            new SeriesPlot("σ_n(F_k) against λ_F/2", "step k", "σ_n(F_k)", false, "σ_n(F_k)", "λ_F/2"), allowances,
            $"λ_F = {NumberFormat.Text(analysis.LambdaF.Lower)} (lower end of σ_n(F₀)); log-spaced steps");
    }

    private Evidence Rate()
    {
        var run = _run.Value;
        double rho = _analysis.Value.Certificate.Contraction;
        string ending = run.DivergedAt is int dv ? $"; the run diverged at step {dv}" : $"; {run.Steps} steps";
        if (!double.IsFinite(rho))
        {
            return Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, 1, $"the certificate gives no finite contraction ρ ({NumberFormat.Text(rho)}): nothing to check the residual against{ending}");
        }
        return FigureThinning.LogSpaced(LinearRateEnvelope.Check(run.SquaredResiduals, rho * rho, LinearRateEnvelope.LogFloorOfSquare(_analysis.Value.ResidualResolution),
            new EnvelopePlot("Residual and the certificate's envelope", "step k", "‖u − y‖²", "‖u(k) − y‖²", "ρ^{2k}‖u(0) − y‖²"),
            $"ρ = {NumberFormat.Text(rho)} (certificate [D])" + ending));
    }

    private static Evidence Distance(IReadOnlyList<double> values, double radius, string name, string radiusName)
    {
        if (!double.IsFinite(radius))
        {
            return Evidence.Inconclusive(values.Max(), Relation.LessOrEqual, radius, $"the certificate gives no finite radius {radiusName} ({NumberFormat.Text(radius)}): nothing to check {name} against");
        }
        return FigureThinning.LogSpaced(SeriesChecks.StaysBelow(SeriesChecks.EveryStep(values.Count), values, radius,
            new SeriesPlot($"{name} against {radiusName}", "step k", name, false, name, radiusName), note: $"{radiusName} = {NumberFormat.Text(radius)} (certificate [D])"));
    }

    public IEnumerable<Recommendation> Recommendations()
    {
        var advice = _analysis.Value.Certificate.AdviseEta1();
        yield return new Recommendation("razborov2022-eta1", advice.Statement, advice.Eta1,
            "the certificate's hidden-layer rate bound [D]; the paper's own rate conditions are not available")
        {
            AlreadyHolds = advice.Eta1 is double eta1 && _setup.Eta1 <= eta1,
        };
    }
}

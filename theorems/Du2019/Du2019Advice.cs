using Verify.Core;
using Verify.Numerics;
using Verify.Symbolic;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>
/// What a user would have to change for Du et al. 2019 to cover their setup: what no width can fix (Data
/// tier), the smallest width and largest step of the Asymptotic tier (closed forms confirmed by Z3), the
/// largest step at the given width and the smallest width found for the Instance tier.
/// </summary>
internal static class Du2019Advice
{
    /// <summary>Instance-tier width search stops when the n×m activations would exceed this many entries.</summary>
    public const long SearchCap = 10_000_000;

    public static IEnumerable<Recommendation> Recommend(ILinearAlgebraBackend backend, Du2019Setup setup, DataAnalysis data, Lazy<InitialAnalysis> analysis, InstanceContext context)
    {
        var unfixable = Unfixable(data).ToList();
        if (unfixable.Count > 0)
        {
            // Width and step size cannot help: advising either would contradict "no width or step size can fix this".
            foreach (var recommendation in unfixable)
            {
                yield return recommendation;
            }
            yield break;
        }
        if (!(data.Lambda0 > 0))
        {
            yield return new Recommendation(Du2019Checks.Lambda0Positive.Id, "λ₀ > 0 could not be established", null,
                $"λ₀ ∈ {data.Lambda0Enclosure}: no width or step size can be advised until λ₀ is known to be positive (nearly parallel inputs?)");
            yield break;
        }
        var initial = analysis.Value;
        var width = AsymptoticWidth(initial, setup.LabelBound);
        yield return width with { AlreadyHolds = width.Value is double m && initial.M >= m };
        var step = AsymptoticStepSize(initial);
        yield return step with { AlreadyHolds = step.Value is double eta && initial.StepSize <= eta };
        var instanceStep = InstanceStepSize(initial, $"at the given width m = {NumberFormat.Text(initial.M)}");
        yield return instanceStep with { AlreadyHolds = instanceStep.Value is double largest && initial.StepSize > 0 && initial.StepSize <= largest };
        yield return StabilityLimit(backend, data, initial);
        if (setup.InitSeed is ulong seed)
        {
            yield return InstanceWidthSearch.Run(backend, setup, data, initial, seed, context);
        }
    }

    /// <summary>
    /// The practical limit η &lt; 2/λ_max(H∞): the linearised (kernel-regime) dynamics u(k+1) − y = (I − ηH∞)(u(k) − y)
    /// diverge beyond it. Not a hypothesis of the theorem — the theorem's own step bounds are far smaller — but what a
    /// practitioner tunes against. λ_max from the verified upper bound on the computed H∞ plus its assembly error, so the limit is rounded down.
    /// </summary>
    private static Recommendation StabilityLimit(ILinearAlgebraBackend backend, DataAnalysis data, InitialAnalysis initial)
    {
        const string statement = "practical stability limit of the linearised dynamics, η < 2/λ_max(H∞) (not a hypothesis of the theorem)";
        var largest = VerifiedBounds.LargestEigenvalueUpperBound(backend, data.InfiniteWidthGram);
        if (!largest.IsCertified)
        {
            return new Recommendation("stability-limit", statement, null, $"λ_max(H∞) could not be bounded: {largest.Note}");
        }
        double upper = DirectedRounding.AddUp(largest.Value, data.InfiniteWidthRounding);
        double limit = Math.BitDecrement(2 / upper);
        return new Recommendation("stability-limit", statement, limit,
            $"λ_max(H∞) ≤ {NumberFormat.Text(upper)}; given η = {NumberFormat.Text(initial.StepSize)}")
        {
            AlreadyHolds = initial.StepSize < limit,
        };
    }

    private static IEnumerable<Recommendation> Unfixable(DataAnalysis data)
    {
        var checks = new (CheckSpec Spec, Evidence Evidence, string Consequence)[]
        {
            (Du2019Checks.UnitNorm, DataChecks.UnitNorm(data), "the theorem assumes ‖x_i‖ = 1; rescale the inputs yourself if that is what you mean (Verify never does)"),
            (Du2019Checks.NonParallel, DataChecks.NonParallel(data), ParallelConsequence(data)),
            (Du2019Checks.Lambda0Positive, DataChecks.Lambda0Positive(data), "with λ₀ = 0 no width and no step size satisfy the theorem"),
        };
        foreach (var (spec, evidence, consequence) in checks.Where(c => c.Evidence.Verdict == Verdict.Fail))
        {
            yield return new Recommendation(spec.Id, $"no width or step size can fix this: {spec.Statement}", null, $"{evidence.Note}; {consequence}");
        }
    }

    /// <summary>
    /// Why the most parallel pair matters: a parallel pair (cos = +1) gives two proportional rows of H∞, so λ₀ = 0; an
    /// antiparallel pair (cos = −1) gives H∞_ij = 0 and need not make H∞ singular, but the theorem's hypothesis excludes it too.
    /// </summary>
    internal static string ParallelConsequence(DataAnalysis data)
    {
        if (data.Parallel.ZeroRows.Count > 0)
        {
            return "a zero input has no direction (and makes a zero row of H∞, so λ₀ = 0): remove it";
        }
        if (data.Parallel.Pair is (int i, int j) && data.InputGram[i, j] < 0)
        {
            return $"inputs {i + 1} and {j + 1} point in opposite directions: H∞ stays positive definite here (λ₀ ∈ {data.Lambda0Enclosure}), "
                + "but the theorem's hypothesis excludes antiparallel pairs; remove or negate one of them (and its label) to be covered";
        }
        return "a parallel pair makes two rows of H∞ proportional, so λ₀ = 0: remove or merge duplicated / parallel samples";
    }

    private static Recommendation AsymptoticWidth(InitialAnalysis initial, double labelBound)
    {
        double required = InstanceChecks.RequiredWidth(initial.N, initial.Lambda0, initial.Delta, labelBound);
        if (!double.IsFinite(required))
        {
            // n⁶/(λ₀⁴δ³) beyond a double: no width to confirm (and Z3 takes no infinite rational).
            return new Recommendation(Du2019Checks.Width.Id, $"smallest width for the headline bound (δ = {NumberFormat.Text(initial.Delta)}, C = {NumberFormat.Text(labelBound)})",
                null, $"the bound 262144(C² + ½)n⁶/(2πλ₀⁴δ³) overflows a double (n = {initial.N}, λ₀ = {NumberFormat.Text(initial.Lambda0)}, δ = {NumberFormat.Text(initial.Delta)}): no width a computer can hold meets it");
        }
        // The closed form is computed in floating point: raise it by ulps until Z3 confirms it.
        double smallest = Math.Floor(required) + 1;
        for (int attempt = 0; attempt < 64 && WidthHolds(initial, labelBound, smallest).Verdict != Verdict.Pass; attempt++)
        {
            smallest = Math.Max(smallest + 1, Math.BitIncrement(smallest));
        }
        string confirmation = Confirm(WidthHolds(initial, labelBound, smallest), smallest > 1 && smallest - 1 != smallest ? WidthHolds(initial, labelBound, smallest - 1) : null);
        return new Recommendation(Du2019Checks.Width.Id, $"smallest width for the headline bound (δ = {NumberFormat.Text(initial.Delta)}, C = {NumberFormat.Text(labelBound)})",
            smallest, $"m ≥ {NumberFormat.Text(smallest)}, {NumberFormat.Text(smallest / initial.M)}× the given width; {confirmation}");
    }

    private static Recommendation AsymptoticStepSize(InitialAnalysis initial)
    {
        if (initial.N < 4)
        {
            return new Recommendation(Du2019Checks.StepSize.Id, "largest step size of the paper's step-size lemma", null,
                $"the lemma needs n ≥ 4 samples; this setup has n = {initial.N}");
        }
        double? largest = LargestConfirmed(initial.Lambda0 / (4.0 * initial.N * initial.N), eta => Z3Evidence.Decide(
            Z3Evidence.Define(("eta", eta), ("n", initial.N), ("lambda0", initial.Lambda0)), "(<= eta (/ lambda0 (* 4.0 n n)))", eta, Relation.LessOrEqual, eta));
        return new Recommendation(Du2019Checks.StepSize.Id, "largest step size of the paper's step-size lemma, η = λ₀/(4n²)", largest,
            $"given η = {NumberFormat.Text(initial.StepSize)}; " + (largest is null ? "Z3 did not confirm the closed form" : "confirmed by Z3 over exact rationals"));
    }

    /// <summary>
    /// The margin every advised setting keeps, as a fraction of the bound it must clear (λ₀/4 or λ₀/2): the verdicts
    /// are decided on the pessimistic ends of enclosures whose widths (rounding, ≲ 10⁻⁸ relative even for
    /// nearly parallel inputs) and backend-to-backend spread (a few ulps of the eigensolver's shift) are ≥ 10⁴ times
    /// smaller, so an advised width or step is decided the same way on every backend, and costs only 0.1 %.
    /// </summary>
    public const double AdvisedMargin = 1e-3;

    /// <summary>
    /// The chain's step condition 2μ − 2h⊥ − 2τ − ηn²ν⁴ ≥ λ₀/2 is linear in η once μ, h⊥, τ are measured (they do
    /// not depend on η): η* = (2μ − 2h⊥ − 2τ − (1 + <see cref="AdvisedMargin"/>)λ₀/2)/(n²ν⁴) on the pessimistic chain
    /// with λ₀'s upper end, lowered by ulps until Z3 confirms it.
    /// </summary>
    public static Recommendation InstanceStepSize(InitialAnalysis initial, string where)
    {
        double required = (1 + AdvisedMargin) * initial.Lambda0Upper / 2;
        double slackWithoutStep = 2 * initial.Mu - 2 * initial.PerpendicularNorm - 2 * initial.FlipTerm - required;
        if (!(slackWithoutStep > 0))
        {
            return new Recommendation(Du2019Checks.StepContraction.Id, $"largest step size for the Instance tier {where}", null,
                $"even as η → 0, 2μ − 2h⊥ − 2τ = {NumberFormat.Text(slackWithoutStep + required)} < (1 + {NumberFormat.Text(AdvisedMargin)})·λ₀/2 = {NumberFormat.Text(required)}; a wider layer is needed");
        }
        double? largest = LargestConfirmed(slackWithoutStep / ((double)initial.N * initial.N * initial.NormFactor), eta => InstanceChecks.StepContraction(initial, eta));
        return new Recommendation(Du2019Checks.StepContraction.Id, $"largest step size for the Instance tier {where}", largest,
            largest is double eta
                ? $"η ≤ {NumberFormat.Text(eta)}{Given(initial)}, keeping a margin of {NumberFormat.Text(AdvisedMargin * 100)} % of λ₀/2 above the rounding allowances; confirmed by Z3 over exact rationals"
                : "Z3 did not confirm the closed form");
    }

    /// <summary>
    /// A closed-form largest value, computed in floating point, can exceed the exact threshold by rounding: lower it
    /// by a few ulps until Z3 confirms it over exact rationals (null if it never does).
    /// </summary>
    private static double? LargestConfirmed(double closedForm, Func<double, Evidence> holds)
    {
        double candidate = closedForm;
        for (int attempt = 0; attempt < 64; attempt++)
        {
            if (holds(candidate).Verdict == Verdict.Pass)
            {
                return candidate;
            }
            candidate = Math.BitDecrement(candidate) * (1 - 1e-15);
        }
        return null;
    }

    private static Evidence WidthHolds(InitialAnalysis initial, double labelBound, double width) =>
        InstanceChecks.Width(initial.N, width, initial.Lambda0, initial.Delta, labelBound);

    private static string Confirm(Evidence holds, Evidence? below) => (holds.Verdict, below?.Verdict) switch
    {
        (Verdict.Pass, Verdict.Fail) => "confirmed by Z3: holds at this width and fails one below",
        (Verdict.Pass, null) => "confirmed by Z3",
        (Verdict.Pass, _) => "Z3 confirms this width; it also accepted one below (rounding of the closed form)",
        _ => $"Z3 did not confirm it: {holds.Note}",
    };

    private static string Given(InitialAnalysis initial) => initial.StepSize > 0 ? $" (given {NumberFormat.Text(initial.StepSize)})" : "";

}

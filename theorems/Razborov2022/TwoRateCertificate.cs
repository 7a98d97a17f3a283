using Verify.Core;
using Verify.Numerics;
using Verify.Symbolic;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// What the two-rate certificate needs at initialisation (W₀, a₀), each an enclosure end on its pessimistic side.
/// </summary>
/// <param name="LambdaF">0 &lt; λ_F ≤ σ_n(F₀), F₀ = κσ(XW₀ᵀ) (n × m; needs m ≥ n).</param>
/// <param name="FeatureNorm">‖F₀‖₂ ≤ this.</param>
/// <param name="XNorm">‖X‖₂ ≤ this (spectral norm).</param>
/// <param name="OutputNorm">|a₀|₂ ≤ this.</param>
/// <param name="Kappa">κ &gt; 0, the output scale (exact).</param>
/// <param name="Residual">|e₀|₂ = |F₀a₀ − y|₂ ≤ this.</param>
/// <param name="Eta1">η₁ ≥ 0, the hidden layer's rate (exact).</param>
/// <param name="Eta2">η₂ &gt; 0, the output layer's rate (exact).</param>
internal sealed record TwoRateInputs(double LambdaF, double FeatureNorm, double XNorm, double OutputNorm, double Kappa, double Residual, double Eta1, double Eta2);

/// <summary>The certificate's advice on η₁ at the caller's η₂: <paramref name="Eta1"/> is null when no η₁ ≥ 0 is proved to work.</summary>
internal sealed record Eta1Advice(double? Eta1, string Statement);

/// <summary>
/// The two-rate certificate of README.md in this folder ("Proof") [D]: under (r1)–(r4), two-rate gradient descent on
/// f(x) = κ Σ_r a_r σ(w_rᵀx) has |e_k| ≤ ρᵏ|e₀| with ρ = 1 − η₂λ_F²/8, |W_k − W₀|_F ≤ R_W, |a_k − a₀| ≤ R_a and
/// σ_n(F_k) ≥ λ_F/2 for every k. The radii R_W, R_a are the least fixed point of R = L(R) (README.md "Proof", part F), raised by
/// 10⁻⁶ relatively and computed with directed rounding; every hypothesis is decided by Z3 on the exact binary values of
/// the inputs and radii, so a Pass is a proof for the caller's inputs (README.md "Proof", step S: bounds are enough).
/// </summary>
internal sealed class TwoRateCertificate
{
    /// <summary>The relative inflation of the fixed point's radii (README.md "Proof", F2).</summary>
    public const double Inflation = 1e-6;

    /// <summary>The relative margin by which <see cref="LargestEta1"/>'s floating-point search keeps every ratio above 1.</summary>
    public const double AdviceMargin = 1e-9;

    /// <summary>How often <see cref="AdviseEta1"/> halves the searched η₁ before it gives up on an η₁ &gt; 0.</summary>
    public const int AdviceHalvings = 4;

    private readonly bool _finite;
    private readonly bool _radiiFound;
    private readonly Lazy<Eta1Advice> _advice;

    private TwoRateCertificate(TwoRateInputs inputs)
    {
        Inputs = inputs;
        double[] all = [inputs.LambdaF, inputs.FeatureNorm, inputs.XNorm, inputs.OutputNorm, inputs.Kappa, inputs.Residual, inputs.Eta1, inputs.Eta2];
        _finite = all.All(double.IsFinite);
        (RadiusW, RadiusA, _radiiFound) = ComputeRadii(inputs, inputs.Eta1);
        double decrease = Math.Max(0.0, DirectedRounding.Down(DirectedRounding.MulDown(inputs.Eta2, LambdaFSquaredDown(inputs)) / 8.0));
        Contraction = _finite ? DirectedRounding.SubUp(1.0, decrease) : double.NaN;
        Ratios = RatiosAt(inputs, inputs.Eta1, RadiusW, RadiusA);
        LargestEta1 = _finite ? SearchLargestEta1(inputs) : 0.0;
        _advice = new(() => AdviseFrom(LargestEta1));
        Hypotheses =
        [
            (TwoRateChecks.Step, () => Decide(0)),
            (TwoRateChecks.CrossTerm, () => Decide(1)),
            (TwoRateChecks.Radii, () => Decide(2)),
            (TwoRateChecks.Conditioning, () => Decide(3)),
        ];
    }

    public static TwoRateCertificate Evaluate(TwoRateInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new TwoRateCertificate(inputs);
    }

    public TwoRateInputs Inputs { get; }

    /// <summary>ρ ≥ 1 − η₂λ_F²/8 (rounded up): |e_k| ≤ ρᵏ|e₀| when every hypothesis holds.</summary>
    public double Contraction { get; }

    /// <summary>R_W ≥ |W_k − W₀|_F for all k (0 when η₁ = 0; +∞ when no radii were found).</summary>
    public double RadiusW { get; }

    /// <summary>R_a ≥ |a_k − a₀|₂ for all k (+∞ when no radii were found).</summary>
    public double RadiusA { get; }

    /// <summary>
    /// The largest η₁ (to a relative 10⁻¹² by bisection) at which (r1), (r2), (r4) hold by the floating-point ratios with
    /// relative margin <see cref="AdviceMargin"/> and radii exist ((r3), given η₂ and the other inputs); 0 if none. Not a proof:
    /// <see cref="AdviseEta1"/> advises it only once Z3 has proved every hypothesis there. Every hypothesis only gets harder as
    /// η₁ grows (README.md "Proof", step S).
    /// </summary>
    public double LargestEta1 { get; }

    /// <summary>
    /// The η₁ to advise at this η₂, each confirmed by Z3 (all four hypotheses Pass at the pessimistic inputs): <see cref="LargestEta1"/>,
    /// else it halved up to <see cref="AdviceHalvings"/> times, else 0 when η₁ = 0 is proved, else none, naming the hypothesis
    /// that fails at η₁ = 0.
    /// </summary>
    public Eta1Advice AdviseEta1() => _advice.Value;

    internal Eta1Advice AdviseFrom(double start)
    {
        if (!_finite)
        {
            return new(null, "no η₁ is advised: an input of the certificate is not finite");
        }
        if (FirstUnproved(0.0) is (int index, Verdict verdict))
        {
            return new(null, $"no η₁ works at this η₂: (r{index + 1}) {(verdict == Verdict.Fail ? "fails" : "is not proved")} at η₁ = 0; "
                + "lower η₂ (η₂F̄² ≤ 1 with F̄ ≥ ‖F₀‖₂) or widen the network (λ_F grows with m)");
        }
        double eta1 = start;
        for (int halving = 0; eta1 > 0 && halving <= AdviceHalvings; halving++, eta1 /= 2)
        {
            if (FirstUnproved(eta1) is null)
            {
                return new(eta1, $"η₁ ≤ {F(eta1)} for the certificate at this η₂ (all four hypotheses proved by Z3 there)");
            }
        }
        return new(0.0, "η₁ = 0 (output layer only) is proved at this η₂, but no η₁ > 0 could be confirmed by Z3 there; "
            + "lower η₂ or widen the network to allow a hidden-layer rate");
    }

    private (int Index, Verdict Verdict)? FirstUnproved(double eta1)
    {
        var certificate = eta1 == Inputs.Eta1 ? this : Evaluate(Inputs with { Eta1 = eta1 });
        var verdicts = certificate.Hypotheses.Select(h => h.Decide().Verdict).ToList();
        int index = verdicts.FindIndex(v => v != Verdict.Pass);
        return index < 0 ? null : (index, verdicts[index]);
    }

    /// <summary>(r1)–(r4), each decided by Z3 over exact rationals; value = a ratio ≥ 1 when it holds.</summary>
    public IReadOnlyList<(CheckSpec Spec, Func<Evidence> Decide)> Hypotheses { get; }

    /// <summary>
    /// (r1)–(r4) between two certificates whose inputs enclose the exact ones: Pass when proved at the pessimistic inputs,
    /// Fail when refuted even at the favourable ones (evaluated only then), otherwise Inconclusive (<see cref="Evidence.Between"/>).
    /// </summary>
    public static IReadOnlyList<(CheckSpec Spec, Func<Evidence> Decide)> Between(TwoRateCertificate pessimistic, Lazy<TwoRateCertificate> favourable, string allowances) =>
        [.. pessimistic.Hypotheses.Select((h, i) => (h.Spec, (Func<Evidence>)(() => Evidence.Between(h.Decide(), () => favourable.Value.Hypotheses[i].Decide(), allowances))))];

    /// <summary>The floating-point ratios of (r1)–(r4) shown with the verdicts (≥ 1 when the hypothesis holds, up to rounding).</summary>
    internal IReadOnlyList<double> Ratios { get; }

    /// <summary>F̄ = ‖F₀‖₂ + κ‖X‖₂R_W rounded up (+∞ when no radii were found): ‖F_k‖₂ ≤ F̄ for all k (README.md "Proof", P2).</summary>
    internal double FeatureBar => DirectedRounding.AddUp(Inputs.FeatureNorm, DirectedRounding.MulUp(DirectedRounding.MulUp(Inputs.Kappa, Inputs.XNorm), RadiusW));

    /// <summary>Ā = |a₀| + R_a (floating point, for display).</summary>
    internal double OutputBar => Inputs.OutputNorm + RadiusA;

    private static double LambdaFSquaredDown(TwoRateInputs i) => DirectedRounding.MulDown(i.LambdaF, i.LambdaF);

    /// <summary>
    /// The least fixed point of R_a = c_a(‖F₀‖₂ + κ‖X‖₂R_W), R_W = c_W(|a₀| + R_a) with c_a = 8|e₀|/λ_F² and
    /// c_W = 8η₁κ‖X‖₂|e₀|/(η₂λ_F²) (README.md "Proof", part F), in closed form rounded up, R_W raised by <see cref="Inflation"/>;
    /// (+∞, +∞, false) when t = c_a c_W κ‖X‖₂ ≥ 1 (then no radii exist) or on overflow.
    /// </summary>
    internal static (double RadiusW, double RadiusA, bool Found) ComputeRadii(TwoRateInputs i, double eta1)
    {
        double lf2 = LambdaFSquaredDown(i);
        bool sane = lf2 > 0 && i.Eta2 > 0 && eta1 >= 0 && i.Kappa > 0 && i.XNorm >= 0 && i.FeatureNorm >= 0 && i.OutputNorm >= 0 && i.Residual >= 0
            && new[] { i.LambdaF, i.FeatureNorm, i.XNorm, i.OutputNorm, i.Kappa, i.Residual, eta1, i.Eta2 }.All(double.IsFinite);
        if (!sane)
        {
            return (double.PositiveInfinity, double.PositiveInfinity, false);
        }
        double ca = DirectedRounding.DivUp(DirectedRounding.MulUp(8.0, i.Residual), lf2);
        double b = DirectedRounding.MulUp(i.Kappa, i.XNorm);
        if (eta1 == 0)
        {
            double only = DirectedRounding.MulUp(ca, i.FeatureNorm);
            return double.IsFinite(only) ? (0.0, only, true) : (double.PositiveInfinity, double.PositiveInfinity, false);
        }
        double cw = DirectedRounding.DivUp(
            DirectedRounding.MulUp(DirectedRounding.MulUp(DirectedRounding.MulUp(8.0, eta1), b), i.Residual),
            DirectedRounding.MulDown(i.Eta2, lf2));
        double t = DirectedRounding.MulUp(DirectedRounding.MulUp(ca, cw), b);
        if (!(t < 1) || !double.IsFinite(cw))
        {
            return (double.PositiveInfinity, double.PositiveInfinity, false);
        }
        double rw = DirectedRounding.DivUp(DirectedRounding.MulUp(cw, DirectedRounding.AddUp(i.OutputNorm, DirectedRounding.MulUp(ca, i.FeatureNorm))), DirectedRounding.SubDown(1.0, t));
        rw = DirectedRounding.MulUp(rw, 1.0 + Inflation);
        double ra = DirectedRounding.MulUp(ca, DirectedRounding.AddUp(i.FeatureNorm, DirectedRounding.MulUp(b, rw)));
        return double.IsFinite(rw) && double.IsFinite(ra) ? (rw, ra, true) : (double.PositiveInfinity, double.PositiveInfinity, false);
    }

    /// <summary>The floating-point ratios of (r1)–(r4) at η₁ and radii (R_W, R_a); double.MaxValue where a bound is 0.</summary>
    internal static double[] RatiosAt(TwoRateInputs i, double eta1, double rw, double ra)
    {
        double lf2 = i.LambdaF * i.LambdaF, kx = i.Kappa * i.XNorm;
        double fb = i.FeatureNorm + kx * rw, ab = i.OutputNorm + ra;
        double r1 = 1.0 / (i.Eta2 * fb * fb);
        double r2 = eta1 == 0 ? double.MaxValue : i.Eta2 * lf2 / (8.0 * eta1 * kx * kx * ab * ab);
        double movementA = 8.0 * i.Residual * fb / lf2, movementW = 8.0 * eta1 * kx * ab * i.Residual / (i.Eta2 * lf2);
        double r3 = Math.Min(movementA == 0 ? double.MaxValue : ra / movementA, movementW == 0 ? double.MaxValue : rw / movementW);
        double r4 = kx * rw == 0 ? double.MaxValue : i.LambdaF / (2.0 * kx * rw);
        return [r1, r2, r3, r4];
    }

    private static bool HoldsWithMargin(TwoRateInputs i, double eta1)
    {
        var (rw, ra, found) = ComputeRadii(i, eta1);
        if (!found || !(i.LambdaF <= i.FeatureNorm))
        {
            return false;
        }
        // (r3) holds by construction of the radii (up to rounding; Z3 decides it exactly when evaluated): R_a = L_a(R_W)
        // rounded up, so its ratio is 1 to rounding and no margin is asked of it.
        var ratios = RatiosAt(i, eta1, rw, ra);
        return ratios[0] >= 1.0 + AdviceMargin && ratios[1] >= 1.0 + AdviceMargin && ratios[2] >= 1.0 - AdviceMargin && ratios[3] >= 1.0 + AdviceMargin;
    }

    private static double SearchLargestEta1(TwoRateInputs i)
    {
        if (!HoldsWithMargin(i, 0.0))
        {
            return 0.0;
        }
        double hi = Math.Max(double.Epsilon, i.Eta2);
        int doublings = 0;
        while (HoldsWithMargin(i, hi))
        {
            if (++doublings > 2100)
            {
                return hi;
            }
            hi *= 2;
        }
        double lo = 0.0;
        for (int step = 0; step < 200 && hi - lo > 1e-12 * hi; step++)
        {
            double mid = lo + (hi - lo) / 2;
            if (HoldsWithMargin(i, mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private const string Sane = "(> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0)";

    /// <summary>(r1)–(r4) as Z3 decides them (obligations/monotone-*.smt2 and radii-necessary.smt2 assume them verbatim).</summary>
    internal static readonly string[] Goals =
    [
        $"(and {Sane} (<= (* eta2 fb fb) 1.0))",
        "(and (>= eta1 0.0) (<= (* 8.0 eta1 kap kap x x ab ab) (* eta2 lf lf)))",
        "(and (<= (* 8.0 e0 fb) (* ra lf lf)) (<= (* 8.0 eta1 kap x ab e0) (* rw eta2 lf lf)))",
        "(<= (* 2.0 kap x rw) lf)",
    ];

    /// <summary>
    /// With no radii found, (r3) is decided by its necessary condition (R_a ≥ 0 and L(R) ≤ R force
    /// R_a(1 − t) ≥ c_a‖F₀‖₂ &gt; 0, so t &lt; 1 when |e₀|, ‖F₀‖₂ &gt; 0; obligations/radii-none.smt2 and
    /// radii-necessary.smt2): refuted means no radii exist (Fail).
    /// </summary>
    internal const string RadiiNecessary =
        "(and (> lf 0.0) (or (<= e0 0.0) (<= fn 0.0) (< (* 64.0 eta1 kap kap x x e0 e0) (* eta2 lf lf lf lf))))";

    private Evidence Decide(int index)
    {
        double ratio = Ratios[index];
        string note = Describe();
        if (!_finite)
        {
            return Evidence.Inconclusive(ratio, Relation.GreaterOrEqual, 1.0, $"not decided: an input is not finite; {note}");
        }
        if (_radiiFound)
        {
            return Z3Evidence.Decide(Premises(RadiusW, RadiusA), Goals[index], ratio, Relation.GreaterOrEqual, 1.0, note);
        }
        // No radii: a hypothesis refuted at R_W = R_a = 0 fails at every radii (each only gets harder as the radii grow,
        // obligations/monotone-*.smt2); (r3) by its necessary condition (radii-necessary.smt2). Otherwise undecided.
        if (!NoRadiiPremisesHold(index))
        {
            return Evidence.Inconclusive(ratio, Relation.GreaterOrEqual, 1.0,
                $"not decided: no radii, and the inputs are outside the premises of {(index == 2 ? "radii-necessary.smt2 ((r1)'s sanity conditions, η₁ ≥ 0)" : "the monotonicity obligations (‖F₀‖₂, ‖X‖₂, |a₀| ≥ 0, κ > 0)")}; {note}");
        }
        string goal = index == 2 ? RadiiNecessary : Goals[index];
        var atZero = Z3Evidence.Decide(Premises(0.0, 0.0), goal, index == 2 ? 0.0 : RatiosAt(Inputs, Inputs.Eta1, 0, 0)[index], Relation.GreaterOrEqual, 1.0,
            $"no radii: t = c_a c_W κ‖X‖₂ ≥ 1 or overflow; {(index == 2 ? "decided by the necessary condition 64η₁κ²‖X‖₂²|e₀|² < η₂λ_F⁴" : "decided at R_W = R_a = 0")}; {note}");
        return atZero.Verdict == Verdict.Fail ? atZero
            : Evidence.Inconclusive(atZero.Value, Relation.GreaterOrEqual, 1.0, $"{atZero.Note}; holds there, but no radii were found");
    }

    /// <summary>The premises, beyond the hypothesis carried over, of the obligations the no-radii decisions rest on (exact comparisons).</summary>
    private bool NoRadiiPremisesHold(int index)
    {
        var i = Inputs;
        bool signs = i.FeatureNorm >= 0 && i.Kappa > 0 && i.XNorm >= 0 && i.OutputNorm >= 0;
        return index != 2 ? signs
            : signs && i.LambdaF > 0 && i.LambdaF <= i.FeatureNorm && i.Residual >= 0 && i.Eta2 > 0 && i.Eta1 >= 0;
    }

    private string Premises(double rw, double ra) =>
        Z3Evidence.Define(
            ("lf", Inputs.LambdaF), ("fn", Inputs.FeatureNorm), ("x", Inputs.XNorm), ("a0", Inputs.OutputNorm), ("kap", Inputs.Kappa),
            ("e0", Inputs.Residual), ("eta1", Inputs.Eta1), ("eta2", Inputs.Eta2), ("rw", rw), ("ra", ra))
        + "(define-fun fb () Real (+ fn (* kap x rw)))\n(define-fun ab () Real (+ a0 ra))\n";

    private string Describe() =>
        $"λ_F = {F(Inputs.LambdaF)}, ‖F₀‖₂ ≤ {F(Inputs.FeatureNorm)}, ‖X‖₂ ≤ {F(Inputs.XNorm)}, |a₀| ≤ {F(Inputs.OutputNorm)}, κ = {F(Inputs.Kappa)}, |e₀| ≤ {F(Inputs.Residual)}, "
        + $"η₁ = {F(Inputs.Eta1)}, η₂ = {F(Inputs.Eta2)}; R_W = {F(RadiusW)}, R_a = {F(RadiusA)}, F̄ = {F(FeatureBar)}, Ā = {F(OutputBar)}; "
        + $"factor per step ρ = {F(Contraction)}; largest η₁ ≈ {F(LargestEta1)}";

    private static string F(double value) => NumberFormat.Text(value);
}

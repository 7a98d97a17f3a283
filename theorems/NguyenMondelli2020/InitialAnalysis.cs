using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// The quantities of §3a at initialisation, each as an enclosure of the exact value at θ₀ (the given doubles):
/// λ_F = σ_N(F₁⁰), λ_l = σ_min(W_l⁰) for l ≥ 3, ‖X‖₂, ‖X‖_F, ‖W_l⁰‖₂ and √(2Φ₀) = ‖F_L⁰ − Y‖_F; with the pessimistic and
/// optimistic <see cref="Ends"/> that the three-valued decisions take.
/// </summary>
internal sealed class InitialAnalysis
{
    private const double Epsilon = Spectral.MachineEpsilon;

    public InitialAnalysis(ILinearAlgebraBackend backend, NmSetup setup)
    {
        var network = setup.Initial;
        var x = setup.Inputs;
        N = x.RowCount;
        Depth = network.Depth;
        var properties = network.Activation.Properties;
        Gamma = properties.InfDerivative;
        Beta = properties.SupAbsSecondDerivative;
        // β as computed ((1 − γ)b/4 for smooth-leaky) carries two roundings of ½ulp each: two ulps up cover them
        BetaUpper = DirectedRounding.Up(DirectedRounding.Up(Beta));

        XNorm2Upper = SingularValueEnclosures.Norm2Upper(backend, x);
        XNorm2Lower = SingularValueEnclosures.Norm2Lower(x);
        XFrobeniusUpper = SingularValueEnclosures.FrobeniusUpper(x);
        LayerNormsUpper = [.. network.Weights.Select(w => SingularValueEnclosures.Norm2Upper(backend, w))];
        LayerNormsLower = [.. network.Weights.Select(SingularValueEnclosures.Norm2Lower)];

        var features = network.Features(backend, x);
        var f1 = features[1];
        LambdaF = f1.ColumnCount < N
            ? new Enclosure(0, 0, $"n₁ = {f1.ColumnCount} < N = {N}: rank F₁ ≤ n₁ < N, so σ_N(F₁) = 0")
            : SingularValueEnclosures.Smallest(backend, f1, FeatureEnclosure.EvaluatedActivation(x, network.Weight(1), f1),
                "F₁ = σ(XW₁) as computed vs exact: γ_d‖X‖_F‖W₁‖_F for the product, σ evaluated to 4 ulp (documented, not proven)");
        LayerSmallest = [.. Enumerable.Range(3, Math.Max(0, Depth - 2)).Select(l => LayerSmallestOf(backend, network.Weight(l), l))];

        var residual = features[Depth] - setup.Targets;
        Residual = residual.FrobeniusNorm();
        double outputs = features[Depth].FrobeniusNorm(), targets = setup.Targets.FrobeniusNorm();
        ResidualAllowance = ForwardAllowance(x.ColumnCount, network.Spec.Widths, outputs, targets);
        ResidualUpper = AddUp(Residual, ResidualAllowance);
        ResidualLower = Math.Max(0, SubDown(Residual, ResidualAllowance));
        ResidualResolution = 16 * Epsilon * (outputs + targets) + double.Epsilon;

        Pessimistic = new Ends(Depth, Gamma, LambdaF.Lower, Product(LayerSmallest.Select(e => e.Lower), up: false), Min(LayerSmallest.Select(e => e.Lower)), XNorm2Upper, ResidualUpper);
        Optimistic = new Ends(Depth, Gamma, LambdaF.Upper, Product(LayerSmallest.Select(e => e.Upper), up: true), Min(LayerSmallest.Select(e => e.Upper)), XNorm2Lower, ResidualLower);
    }

    public int N { get; }

    public int Depth { get; }

    /// <summary>γ = inf σ′.</summary>
    public double Gamma { get; }

    /// <summary>β = sup |σ″|.</summary>
    public double Beta { get; }

    /// <summary>β rounded up past the rounding of its formula: what the Hessian bound of a Pass uses.</summary>
    public double BetaUpper { get; }

    /// <summary>λ_F = σ_N(F₁⁰).</summary>
    public Enclosure LambdaF { get; }

    /// <summary>λ_l = σ_{n_l}(W_l⁰) for l = 3 … L (index l − 3).</summary>
    public IReadOnlyList<Enclosure> LayerSmallest { get; }

    public double XNorm2Upper { get; }

    public double XNorm2Lower { get; }

    public double XFrobeniusUpper { get; }

    /// <summary>Upper bounds on ‖W_l⁰‖₂, l = 1 … L (index l − 1).</summary>
    public IReadOnlyList<double> LayerNormsUpper { get; }

    /// <summary>Lower bounds on ‖W_l⁰‖₂, l = 1 … L (index l − 1).</summary>
    public IReadOnlyList<double> LayerNormsLower { get; }

    /// <summary>‖F_L⁰ − Y‖_F as computed.</summary>
    public double Residual { get; }

    /// <summary>Φ₀ = ½‖F_L⁰ − Y‖²_F as computed.</summary>
    public double Phi0 => 0.5 * Residual * Residual;

    /// <summary>The allowance between the computed and the exact ‖F_L⁰ − Y‖_F (documented, not proven).</summary>
    public double ResidualAllowance { get; }

    public double ResidualUpper { get; }

    public double ResidualLower { get; }

    /// <summary>The float64 resolution of ‖F_L − Y‖_F: 16ε(‖F_L⁰‖_F + ‖Y‖_F), the floor of the rate check.</summary>
    public double ResidualResolution { get; }

    /// <summary>The ends that make (H1) hardest: λ's low, ‖X‖₂ and √(2Φ₀) high (μ low, R high).</summary>
    public Ends Pessimistic { get; }

    /// <summary>The ends that make (H1) easiest (μ high, R low).</summary>
    public Ends Optimistic { get; }

    /// <summary>
    /// What <see cref="HessianBound"/> is computed from, at the pessimistic (upper) or optimistic (lower) ends; the lower
    /// end of ‖X‖_F is that of ‖X‖₂ (‖X‖_F ≥ ‖X‖₂), loose but valid.
    /// </summary>
    public HessianBoundInputs HessianInputs(bool pessimistic) => pessimistic
        ? new(XNorm2Upper, XFrobeniusUpper, LayerNormsUpper, Gamma, BetaUpper, ResidualUpper)
        : new(XNorm2Lower, XNorm2Lower, LayerNormsLower, Gamma, Beta, ResidualLower);

    /// <summary>
    /// min(λ_F/(2‖X‖₂), min_{l≥3} λ_l/2) at the pessimistic ends: the radius within which the proof keeps σ_N(F₁) ≥ λ_F/2
    /// and σ_min(W_l) ≥ λ_l/2; (H1) says R is at most this.
    /// </summary>
    public double WellConditionedRadius => Math.Min(Pessimistic.LambdaF / (2 * Pessimistic.XNorm2), Pessimistic.MinLayer / 2);

    /// <summary>
    /// The largest η the step-size hypothesis allows, 0.99/Q(ρ + η₀G) with η₀ = 1/Q(ρ) and ρ = R (pessimistic ends): Q
    /// grows with the radius, so η ≤ η₀ gives Q(ρ + ηG) ≤ Q(ρ + η₀G) and ηQ(ρ + ηG) ≤ 0.99. When (H1) fails R exceeds
    /// <see cref="WellConditionedRadius"/> (or is infinite) and ρ is that radius instead: the step the same bound allows on
    /// the ball where the features stay well-conditioned, so that runs beyond scope still train at a meaningful step.
    /// </summary>
    public double LargestStepSize()
    {
        var inputs = HessianInputs(pessimistic: true);
        double radius = Math.Min(Pessimistic.Radius, WellConditionedRadius);
        double g = HessianBound.GradientBound(inputs, radius);
        double first = 1 / HessianBound.Upper(inputs, radius);
        return 0.99 / HessianBound.Upper(inputs, radius + first * g);
    }

    /// <summary>
    /// The allowance between the computed and the exact ‖F_L − Y‖_F: 8ε·(d + Σ n_l)·(‖F_L‖_F + ‖Y‖_F), a forward-error
    /// heuristic for the products and σ evaluations through the layers (documented, not proven).
    /// </summary>
    private static double ForwardAllowance(int d, IReadOnlyList<int> widths, double outputs, double targets) =>
        MulUp(8 * Epsilon * (d + widths.Sum()), outputs + targets);

    private static Enclosure LayerSmallestOf(ILinearAlgebraBackend backend, Matrix<double> w, int layer) =>
        w.RowCount < w.ColumnCount
            ? new Enclosure(0, 0, $"W_{layer} is {w.RowCount}×{w.ColumnCount} (n_{layer - 1} < n_{layer}): σ_{{n_{layer}}} = 0")
            : SingularValueEnclosures.Smallest(backend, w, 0, "");

    /// <summary>Π values rounded toward +∞ or −∞ (the empty product is 1).</summary>
    private static double Product(IEnumerable<double> values, bool up) =>
        values.Aggregate(1.0, (a, b) => up ? DirectedRounding.MulUp(a, b) : Math.Max(0, DirectedRounding.MulDown(a, b)));

    private static double Min(IEnumerable<double> values) => values.DefaultIfEmpty(double.PositiveInfinity).Min();
}

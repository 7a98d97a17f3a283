using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// One end of the measured inputs of spec §5: λ_F = σ_N(F_{L−1}⁰), ‖W_l⁰‖₂ (l = 1 … L, index l − 1), ‖X‖_F and
/// r₀ = √(2Φ₀) = ‖F_L⁰ − Y‖_F. The pessimistic end has λ_F low and the others high (every hypothesis hardest).
/// </summary>
internal sealed record SectionFiveInputs(double LambdaF, IReadOnlyList<double> LayerNorms, double XFrobenius, double Residual)
{
    public int Depth => LayerNorms.Count;
}

/// <summary>
/// The quantities of our theorem, spec §5 [D], from one end of the inputs and the radii ρ_l:
/// λ̄_l = ‖W_l⁰‖₂ + ρ_l, λ̄_{i→j} = Π_{l=i}^{j} λ̄_l,
/// B = ‖X‖_F² λ̄_{1→L}² Σ_{l&lt;L} λ̄_l⁻², R_l = 8‖X‖_F λ̄_{1→L} √(2Φ₀) / (λ_F² λ̄_l),
/// (H0) λ_F² ≥ 8B; (H1) R_l ≤ ρ_l for every l; (H2) ‖X‖_F Σ_{l&lt;L} (λ̄_{1→L−1}/λ̄_l) R_l ≤ λ_F/2;
/// (H3) η ≤ 1/(‖X‖_F² λ̄_{1→L−1}²); the guaranteed factor per step on ‖F_L − Y‖_F is 1 − ηλ_F²/8.
/// Every constant is one of the named constants below (the lead reconciles them with the proof's ChainBounds). Each
/// quantity is rounded toward the side that makes its hypothesis harder when <c>pessimistic</c> (left sides down, right
/// sides up), and easier otherwise, so that the reported ratios never flatter the decision; Z3 decides from the inputs.
/// </summary>
internal sealed record SectionFiveQuantities(
    SectionFiveInputs Inputs,
    IReadOnlyList<double> Radii,
    IReadOnlyList<double> LambdaBar,
    double ProductAll,
    double ProductHidden,
    double InverseSquareSum,
    double B,
    IReadOnlyList<double> Movements,
    double ConditioningLeft)
{
    /// <summary>(H0): λ_F² ≥ H0Factor · B.</summary>
    public const double H0Factor = 8;

    /// <summary>
    /// R_l = MovementFactor · ‖X‖_F λ̄_{1→L} √(2Φ₀) / (λ_F² λ̄_l): Σ_k η‖∇_{W_l}Φ_k‖_F ≤ η‖X‖_F (λ̄_{1→L}/λ̄_l) √(2Φ₀) Σ_k qᵏ
    /// with q = 1 − ηλ_F²/RateDivisor, and Σ_k qᵏ = RateDivisor/(ηλ_F²): so MovementFactor = RateDivisor.
    /// </summary>
    public const double MovementFactor = RateDivisor;

    /// <summary>(H2): the movement of F_{L−1} is at most ConditioningFraction · λ_F, so σ_N(F_{L−1}^k) ≥ (1 − ConditioningFraction) λ_F.</summary>
    public const double ConditioningFraction = 0.5;

    /// <summary>The factor per step on ‖F_L − Y‖_F is 1 − η λ_F² / RateDivisor.</summary>
    public const double RateDivisor = 8;

    /// <summary>Radii used when ρ ← R(ρ) has no fixed point: ρ_l = 1, the paper's reconstructed radius (spec §4, [M]).</summary>
    public const double FallbackRadius = 1;

    public double LambdaF => Inputs.LambdaF;

    public int Depth => Inputs.Depth;

    /// <summary>λ_F² (rounded down when pessimistic).</summary>
    public double LambdaFSquared { get; init; }

    /// <summary>(H0) as a ratio λ_F² / (8B) (≥ 1 when it holds).</summary>
    public double H0Ratio => LambdaFSquared / (H0Factor * B);

    /// <summary>(H1) as min_l ρ_l / R_l (≥ 1 when it holds).</summary>
    public double H1Ratio => Enumerable.Range(0, Depth).Min(l => Radii[l] / Movements[l]);

    /// <summary>(H2) as (λ_F/2) / (‖X‖_F Σ_{l&lt;L} (λ̄_{1→L−1}/λ̄_l) R_l) (≥ 1 when it holds).</summary>
    public double H2Ratio => ConditioningFraction * LambdaF / ConditioningLeft;

    /// <summary>(H3)'s bound 1/(‖X‖_F² λ̄_{1→L−1}²) on η (rounded down when pessimistic).</summary>
    public double StepBound { get; init; }

    /// <summary>The guaranteed factor per step on ‖F_L − Y‖_F, 1 − ηλ_F²/8.</summary>
    public double Factor(double stepSize) => 1 - stepSize * LambdaFSquared / RateDivisor;

    /// <summary>The quantities at these inputs and radii.</summary>
    public static SectionFiveQuantities From(SectionFiveInputs inputs, IReadOnlyList<double> radii, bool pessimistic)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(radii);
        int depth = inputs.Depth;
        if (radii.Count != depth)
        {
            throw new ArgumentException($"{radii.Count} radii for {depth} layers", nameof(radii));
        }
        // Rounded in the "harder" direction: up for right sides and movements, down for left sides (the reverse when
        // optimistic). Quotients of products are formed as products over the other layers, never by dividing rounded values.
        // every quantity is ≥ 0: rounding a 0 down must not make it −4.9e−324 (a negative R_l or λ_F²)
        Func<double, double, double> add = pessimistic ? AddUp : (a, b) => Math.Max(0, AddDown(a, b));
        Func<double, double, double> mul = pessimistic ? MulUp : (a, b) => Math.Max(0, MulDown(a, b));
        Func<double, double, double> div = pessimistic ? DivUp : (a, b) => Math.Max(0, DivDown(a, b));
        Func<double, double, double> mulLow = pessimistic ? (a, b) => Math.Max(0, MulDown(a, b)) : MulUp;
        var bar = Enumerable.Range(0, depth).Select(l => add(inputs.LayerNorms[l], radii[l])).ToList();
        double Product(int count, int except) => Enumerable.Range(0, count).Where(p => p != except).Aggregate(1.0, (a, p) => mul(a, bar[p]));
        double all = Product(depth, -1);
        double hidden = Product(depth - 1, -1);
        double x2 = mul(inputs.XFrobenius, inputs.XFrobenius);
        double squares = 0, inverseSquares = 0;
        for (int l = 0; l < depth - 1; l++)
        {
            double others = Product(depth, l);
            squares = add(squares, mul(others, others));
            inverseSquares = add(inverseSquares, div(1, mulLow(bar[l], bar[l])));
        }
        double b = mul(x2, squares);
        double lf2 = mulLow(inputs.LambdaF, inputs.LambdaF);
        double scale = mul(mul(MovementFactor, inputs.XFrobenius), inputs.Residual);
        var movements = Enumerable.Range(0, depth).Select(l => div(mul(scale, Product(depth, l)), lf2)).ToList();
        double conditioning = 0;
        for (int l = 0; l < depth - 1; l++)
        {
            conditioning = add(conditioning, mul(Product(depth - 1, l), movements[l]));
        }
        conditioning = mul(inputs.XFrobenius, conditioning);
        double stepBound = pessimistic ? DivDown(1, MulUp(x2, MulUp(hidden, hidden))) : DivUp(1, MulDown(x2, MulDown(hidden, hidden)));
        return new SectionFiveQuantities(inputs, radii, bar, all, hidden, inverseSquares, b, movements, conditioning)
        {
            LambdaFSquared = lf2,
            StepBound = stepBound,
        };
    }

    /// <summary>
    /// The radii: the least fixed point of ρ ← R(ρ), checked (R(ρ) ≤ ρ rounded up) by <see cref="ChainBounds.FixedPointRadii"/>
    /// (README "Proof", Part F); when there is none (or the inputs leave no finite R), ρ_l = <see cref="FallbackRadius"/>
    /// and FixedPoint is false (the report says so).
    /// </summary>
    public static (IReadOnlyList<double> Radii, bool FixedPoint) ChooseRadii(SectionFiveInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var fallback = Enumerable.Repeat(FallbackRadius, inputs.Depth).ToList();
        if (!(inputs.LambdaF > 0) || !double.IsFinite(inputs.Residual) || inputs.Depth < 2
            || !double.IsFinite(inputs.XFrobenius) || !inputs.LayerNorms.All(double.IsFinite))
        {
            return (fallback, false);
        }
        var search = ChainBounds.FixedPointRadii(new ChainInputs(inputs.XFrobenius, inputs.LayerNorms, inputs.Residual, inputs.LambdaF));
        return search.Radii is { } radii ? (radii, true) : (fallback, false);
    }

    /// <summary>
    /// The iterates of ρ ← R(ρ) from ρ = 0 with R rounded down (the favourable rounding), at <paramref name="inputs"/>: each
    /// stays below the exact iterate, hence below the least fixed point and every feasible ρ (README "Proof", Part F), so
    /// hypotheses that only get harder with larger radii ((H0), (H2)) can be failed at them. Settled: the iteration stopped
    /// moving (a fixed point exists, within rounding); otherwise it ran past 10 000 steps or overflowed, which proves nothing.
    /// </summary>
    public static (IReadOnlyList<double> Radii, bool Settled) RadiiFromBelow(SectionFiveInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rho = new double[inputs.Depth];
        if (!(inputs.LambdaF > 0) || !double.IsFinite(inputs.Residual) || !double.IsFinite(inputs.XFrobenius) || !inputs.LayerNorms.All(double.IsFinite))
        {
            return (rho, false);
        }
        for (int t = 0; t < ChainBounds.MaxIterations; t++)
        {
            var next = From(inputs, rho, pessimistic: false).Movements.Select(r => Math.Max(0, r)).ToArray();
            if (!next.All(r => double.IsFinite(r) && r < double.MaxValue))
            {
                return (rho, false);
            }
            bool settled = next.Zip(rho).All(p => p.First - p.Second <= 1e-14 * p.First);
            rho = next;
            if (settled)
            {
                return (rho, true);
            }
        }
        return (rho, false);
    }

    private static double DivDown(double a, double b) => Math.BitDecrement(a / b);
}

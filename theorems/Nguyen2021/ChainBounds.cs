using Verify.Numerics;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// What <see cref="ChainBounds"/> needs at initialisation θ₀: upper bounds on ‖X‖_F, on ‖W_l⁰‖₂ (l = 1 … L) and on
/// ‖F_L⁰ − Y‖_F = √(2Φ₀), and a lower bound on λ_F = σ_N(F_{L−1}⁰) (each already rounded the safe way by the caller).
/// </summary>
/// <param name="XFrobenius">X̄ ≥ ‖X‖_F.</param>
/// <param name="LayerNorms">w_l ≥ ‖W_l⁰‖₂ for l = 1 … L (index l − 1), L ≥ 2.</param>
/// <param name="InitialResidual">p ≥ √(2Φ₀) = ‖F_L⁰ − Y‖_F.</param>
/// <param name="LambdaF">0 &lt; λ_F ≤ σ_N(F_{L−1}⁰).</param>
internal sealed record ChainInputs(double XFrobenius, IReadOnlyList<double> LayerNorms, double InitialResidual, double LambdaF)
{
    /// <summary>The depth L.</summary>
    public int Depth => LayerNorms.Count;
}

/// <summary>
/// The quantities of the derived theorem (theorems/Nguyen2021/README.md) at radii ρ, each rounded toward the safe side,
/// so that a hypothesis whose slack here is ≥ 0 holds exactly for the caller's inputs, and each conclusion holds with
/// the bound given here.
/// </summary>
/// <param name="Radii">ρ_l (exact as given; the ball is ‖W_l − W_l⁰‖_F ≤ ρ_l).</param>
/// <param name="LambdaBar">λ̄_l ≥ ‖W_l⁰‖₂ + ρ_l (rounded up).</param>
/// <param name="B">B ≥ X̄² λ̄_L² Σ_{l&lt;L} Π_{p&lt;L, p≠l} λ̄_p² (= ‖X‖_F² λ̄_{1→L}² Σ_{l&lt;L} λ̄_l⁻²; rounded up).</param>
/// <param name="Movement">R_l ≥ 8 X̄ p Π_{p≠l} λ̄_p / λ_F² (= 8‖X‖_F λ̄_{1→L} √(2Φ₀) / (λ_F² λ̄_l); rounded up).</param>
/// <param name="H0Slack">≤ λ_F² − 8B; (H0) holds when ≥ 0.</param>
/// <param name="H1Slack">≤ min_l (ρ_l − R_l); (H1) holds when ≥ 0.</param>
/// <param name="H2Slack">≤ λ_F/2 − X̄ Σ_{l&lt;L} Π_{p&lt;L, p≠l} λ̄_p R_l; (H2) holds when ≥ 0.</param>
/// <param name="MaxStepSize">≤ 1/(X̄² λ̄_{1→L−1}²); (H3) holds for every 0 &lt; η ≤ this.</param>
/// <param name="LambdaFSquared">≤ λ_F² (rounded down).</param>
internal sealed record ChainQuantities(
    IReadOnlyList<double> Radii, IReadOnlyList<double> LambdaBar, double B, IReadOnlyList<double> Movement,
    double H0Slack, double H1Slack, double H2Slack, double MaxStepSize, double LambdaFSquared)
{
    /// <summary>(H0)–(H2) hold (their slacks are ≥ 0); (H3) is a condition on the step, see <see cref="MaxStepSize"/>.</summary>
    public bool HypothesesH0ToH2Hold => H0Slack >= 0 && H1Slack >= 0 && H2Slack >= 0;

    /// <summary>
    /// An upper bound on the guaranteed per-step factor 1 − ηλ_F²/8 of ‖F_L^k − Y‖_F, for a step 0 &lt; η (the theorem
    /// needs η ≤ <see cref="MaxStepSize"/>).
    /// </summary>
    public double ContractionFactor(double eta)
    {
        if (!(eta > 0) || !double.IsFinite(eta))
        {
            throw new ArgumentOutOfRangeException(nameof(eta), eta, "η must be finite and > 0.");
        }

        // 1 − (η·λ_F²)/8 is decreasing in η·λ_F²: round that product down (and /8 down), the difference up.
        return DirectedRounding.SubUp(1.0, Math.Max(0.0, DirectedRounding.Down(DirectedRounding.MulDown(eta, LambdaFSquared) / 8.0)));
    }
}

/// <summary>The outcome of the search for radii with R_l(ρ) ≤ ρ_l: the radii, or why none was found.</summary>
/// <param name="Radii">The verified radii (R_l(ρ) ≤ ρ_l for all l, with R rounded up), or null.</param>
/// <param name="Iterations">How many steps ρ ← R(ρ) were taken.</param>
/// <param name="Failure">Why no radii were returned, or null.</param>
internal sealed record RadiiSearch(IReadOnlyList<double>? Radii, int Iterations, string? Failure)
{
    public bool Found => Radii is not null;
}

/// <summary>
/// The bounds of the derived theorem for a deep ReLU network with one wide layer (theorems/Nguyen2021/README.md):
/// radii ρ by the least fixed point of ρ = R(ρ) (Part F), and at given radii λ̄_l, B, R_l, the slacks of (H0)–(H2) and
/// the step bound of (H3). Rounding (README.md, step F5): every quantity is a sum or product of non-negative numbers,
/// or a quotient of such by a positive one; an upper bound rounds each operation up and uses upper bounds of the
/// operands (lower bounds of a divisor), a lower bound the reverse, with <see cref="DirectedRounding"/>, so each value is
/// on its stated side of the exact formula on the caller's inputs. The theorem holds for any λ̄_l ≥ ‖W_l⁰‖₂ + ρ_l and any
/// upper bounds X̄, p and lower bound λ_F (every hypothesis only gets harder as they move that way: README.md, step S).
/// </summary>
internal static class ChainBounds
{
    /// <summary>The relative inflation ε of the fixed point's iterate: the returned radii are (1 + ε)ρ⁽ᵗ⁾, then checked.</summary>
    public const double Inflation = 1e-6;

    /// <summary>The most steps ρ ← R(ρ) before the search gives up.</summary>
    public const int MaxIterations = 10_000;

    /// <summary>
    /// Radii by the iteration ρ⁽⁰⁾ = 0, ρ⁽ᵗ⁺¹⁾ = R(ρ⁽ᵗ⁾) (R rounded up). It is non-decreasing and stays below every ρ* with
    /// R(ρ*) ≤ ρ*, so it converges to the least such point when one exists (README.md, F1–F4). Once a step changes no
    /// radius by more than ε/4 relatively, the candidate (1 + ε)ρ⁽ᵗ⁺¹⁾ (rounded up) is checked directly — R(ρ) ≤ ρ with
    /// R rounded up — and returned if it passes. The search stops with a failure after <see cref="MaxIterations"/>
    /// steps or when a radius overflows; it never returns unchecked radii.
    /// </summary>
    public static RadiiSearch FixedPointRadii(ChainInputs inputs)
    {
        Validate(inputs);
        int depth = inputs.Depth;
        var rho = new double[depth];
        for (int t = 1; t <= MaxIterations; t++)
        {
            double[] next = Movement(inputs, LambdaBar(inputs, rho));
            if (!next.All(double.IsFinite))
            {
                return new RadiiSearch(null, t, $"the iteration ρ ← R(ρ) overflowed after {t} steps: no radii with R(ρ) ≤ ρ were found");
            }

            bool settled = next.Zip(rho).All(p => p.First <= p.Second * (1 + (Inflation / 4)));
            rho = next;
            if (settled || t % 64 == 0)
            {
                double[] candidate = [.. rho.Select(r => Mul(r, 1 + Inflation))];
                if (Satisfies(inputs, candidate))
                {
                    return new RadiiSearch(candidate, t, null);
                }
            }
        }

        return new RadiiSearch(null, MaxIterations,
            $"the iteration ρ ← R(ρ) did not settle within {MaxIterations} steps (radii {string.Join(", ", rho)}): no radii with R(ρ) ≤ ρ were found");
    }

    /// <summary>Every quantity of the theorem at <paramref name="radii"/> (ρ_l ≥ 0, finite), rounded the safe way.</summary>
    public static ChainQuantities At(ChainInputs inputs, IReadOnlyList<double> radii)
    {
        Validate(inputs);
        ArgumentNullException.ThrowIfNull(radii);
        if (radii.Count != inputs.Depth || !radii.All(r => r >= 0 && double.IsFinite(r)))
        {
            throw new ArgumentException($"Give {inputs.Depth} radii, each finite and ≥ 0.", nameof(radii));
        }

        int depth = inputs.Depth;
        double[] lambdaBar = LambdaBar(inputs, radii);
        double[] movement = Movement(inputs, lambdaBar);
        double xf = inputs.XFrobenius;
        double lfSquaredDown = LambdaFSquaredDown(inputs);

        // B = X̄² λ̄_L² Σ_{l<L} P_l², P_l = Π_{p<L, p≠l} λ̄_p; (H2) sum H = Σ_{l<L} P_l R_l.
        double sumSquares = 0, h = 0;
        for (int l = 1; l < depth; l++)
        {
            double pl = ProductExcept(lambdaBar, depth - 1, l);
            sumSquares = DirectedRounding.AddUp(sumSquares, Mul(pl, pl));
            h = DirectedRounding.AddUp(h, Mul(pl, movement[l - 1]));
        }

        double b = Mul(Mul(Mul(xf, xf), Mul(lambdaBar[depth - 1], lambdaBar[depth - 1])), sumSquares);
        double h0 = DirectedRounding.SubDown(lfSquaredDown, Mul(8.0, b));
        double h1 = radii.Zip(movement).Min(p => DirectedRounding.SubDown(p.First, p.Second));
        double h2 = DirectedRounding.SubDown(DirectedRounding.Down(inputs.LambdaF / 2.0), Mul(xf, h));
        double hidden = Mul(xf, ProductExcept(lambdaBar, depth - 1, 0)); // X̄ λ̄_{1→L−1}
        double maxStep = Math.Max(0.0, DirectedRounding.Down(1.0 / Mul(hidden, hidden)));
        return new ChainQuantities([.. radii], lambdaBar, b, movement, h0, h1, h2, maxStep, lfSquaredDown);
    }

    /// <summary>Whether R_l(ρ) ≤ ρ_l for all l, with R rounded up ((H1) at ρ).</summary>
    public static bool Satisfies(ChainInputs inputs, IReadOnlyList<double> radii) =>
        Movement(inputs, LambdaBar(inputs, radii)).Zip(radii).All(p => p.First <= p.Second);

    /// <summary>λ̄_l = w_l + ρ_l rounded up.</summary>
    private static double[] LambdaBar(ChainInputs inputs, IReadOnlyList<double> radii) =>
        [.. inputs.LayerNorms.Select((w, i) => DirectedRounding.AddUp(w, radii[i]))];

    /// <summary>R_l = 8 X̄ p Π_{p≠l} λ̄_p / λ_F², the numerator rounded up, λ_F² down, the quotient up.</summary>
    private static double[] Movement(ChainInputs inputs, double[] lambdaBar)
    {
        double lfSquaredDown = LambdaFSquaredDown(inputs);
        double scale = Mul(8.0, Mul(inputs.XFrobenius, inputs.InitialResidual));
        return [.. Enumerable.Range(1, inputs.Depth).Select(l =>
        {
            double numerator = Mul(scale, ProductExcept(lambdaBar, inputs.Depth, l));
            return numerator == 0 ? 0.0 : DirectedRounding.DivUp(numerator, lfSquaredDown);
        })];
    }

    /// <summary>λ_F² rounded down, never below 0 (a product that underflows to 0 would otherwise round to −2⁻¹⁰⁷⁴).</summary>
    private static double LambdaFSquaredDown(ChainInputs inputs) => Math.Max(0.0, DirectedRounding.MulDown(inputs.LambdaF, inputs.LambdaF));

    /// <summary>Π_{p ≤ upTo, p ≠ except} λ̄_p (1-based; except = 0 excludes none), rounded up; the empty product is 1.</summary>
    private static double ProductExcept(double[] lambdaBar, int upTo, int except)
    {
        double product = 1.0;
        for (int p = 1; p <= upTo; p++)
        {
            if (p != except)
            {
                product = Mul(product, lambdaBar[p - 1]);
            }
        }

        return product;
    }

    /// <summary>
    /// An upward-rounded product of non-negative bounds; a zero operand gives an exact 0 (so 0·∞ is 0, not NaN). A
    /// product with the factor 1 or 8 is exact in binary floating point unless it overflows, and rounding up keeps it valid.
    /// </summary>
    private static double Mul(double x, double y) => x == 0 || y == 0 ? 0.0 : DirectedRounding.MulUp(x, y);

    private static void Validate(ChainInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(inputs.LayerNorms);
        if (inputs.Depth < 2)
        {
            throw new ArgumentException("The theorem needs depth L ≥ 2 (a hidden layer F_{L−1}).", nameof(inputs));
        }

        static bool Valid(double value) => value >= 0 && double.IsFinite(value);
        if (!Valid(inputs.XFrobenius) || !Valid(inputs.InitialResidual) || !inputs.LayerNorms.All(Valid))
        {
            throw new ArgumentException("‖X‖_F, √(2Φ₀) and every ‖W_l⁰‖₂ must be finite and ≥ 0.", nameof(inputs));
        }

        if (!(inputs.LambdaF > 0) || !double.IsFinite(inputs.LambdaF))
        {
            throw new ArgumentException($"λ_F must be finite and > 0 (a wide layer n_(L−1) ≥ N with σ_N > 0), but is {inputs.LambdaF}.", nameof(inputs));
        }
    }
}

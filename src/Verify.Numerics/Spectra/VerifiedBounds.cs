using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Numerics;

/// <summary>
/// Certified (proven) bounds on eigenvalues, ‖·‖₂ and extreme singular values of float64 matrices, taken as exact
/// real matrices. Every floating-point operation that feeds a bound is rounded in the safe direction with
/// <see cref="DirectedRounding"/>; the backend's eigensolver only supplies an estimate (a shift), never a bound.
/// <para>
/// Core theorem (certified λ_min lower bound). Let B ∈ F^{n×n} be symmetric with b_jj ≥ 0, 4(n + 1)u &lt; 1, and let
/// the floating-point Cholesky factorisation <see cref="CholeskySucceeds"/> run to completion with computed
/// upper-triangular R̂, r̂_jj &gt; 0 — the recurrences are exactly Rump's (2.1): r̂_ij = fl(fl(b_ij − Σ_{k&lt;i} r̂_ki r̂_kj)/r̂_ii)
/// and r̂_jj = fl(√fl(b_jj − Σ_{k&lt;j} r̂_kj²)), each sum subtracted from left to right. Then
/// λ_min(B) &gt; −c_B, c_B = γ_{n+1}/(1 − γ_{n+1})·tr(B) + 8ηn(2(n + 1) + max_j b_jj), η = 2⁻¹⁰⁷⁴, γ_k = ku/(1 − ku).
/// Proof. Rump, "Verification of positive definiteness", BIT 46 (2006) 433–452, Theorem 2.3 gives
/// |B − R̂ᵀR̂| ≤ Δ entrywise with Δ_ij = α_ij d_i d_j + 4η(n + 1 + max b_jj), α_ij = (min(i, j) + 2)u (0-based),
/// d_j = √((b_jj + 2jη)/(1 − α_jj)), including gradual underflow; and, for ‖x‖₂ = 1, |x|ᵀΔ|x| ≤
/// γ_{n+1}·tr(B) + 4ηn(2(n + 1) + max b_jj) (his Corollary 2.4). Both are machine-checked in Coq by ValidSDP
/// (github.com/validsdp/validsdp, theories/cholesky.v: th_2_3, c_upper_bound, corollary_2_4_with_c_upper_bound;
/// with the improved constants of Rump–Jeannerod, SIMAX 35 (2014) 684–698). Since R̂ is triangular with a positive
/// diagonal, R̂ᵀR̂ ≻ 0, so for unit x: xᵀBx = xᵀR̂ᵀR̂x + xᵀ(B − R̂ᵀR̂)x &gt; −|x|ᵀΔ|x| ≥ −c_B (our c_B is larger: the
/// trace factor γ/(1 − γ) ≥ γ, and twice the underflow term, covering η = 2⁻¹⁰⁷⁴ versus 2⁻¹⁰⁷⁵ conventions).
/// Without underflow the same bound also follows from Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.,
/// Theorem 10.3 (R̂ᵀR̂ = B + ΔB, |ΔB| ≤ γ_{n+1}|R̂|ᵀ|R̂|) and ‖r_j‖² ≤ b_jj/(1 − γ_{n+1}) for the columns r_j of R̂.
/// </para>
/// <para>
/// Shift. To bound λ_min(A) we factor B = fl(A − σI): B equals A off the diagonal (exactly) and b_jj = fl(a_jj − σ).
/// Then A = B + D with D = diag(a_jj − b_jj) exactly, so λ_min(A) ≥ λ_min(B) + min_j(a_jj − b_jj) &gt;
/// min_j(a_jj − b_jj) − c_B. The bound returned is that expression with every operation rounded down (differences)
/// or up (c_B), so no directed rounding of the shift itself is needed. σ is the backend's λ_min estimate minus a gap
/// of a few c_B; on failure the gap grows by 4× up to 8 times. Gershgorin's lower bound
/// min_j(a_jj − Σ_{i≠j}|a_ij|), rounded down, is always valid too, and the larger of the two is returned.
/// </para>
/// <para>
/// The backend's Cholesky (dpotrf) is deliberately not used: the theorem is proven for a known evaluation of the
/// recurrences, and optimised LAPACK/BLAS may reorganise them (blocked/recursive dpotrf, dtrsm by multiplying with
/// reciprocals — an extra rounding per entry) in undocumented ways. The managed O(n³/3) factorisation costs about as
/// much as one eigensolve. Its products and subtractions are separate C# operations, each rounded once: .NET never
/// contracts them into fused multiply-adds on its own, which keeps the code literally Rump's (2.1).
/// </para>
/// </summary>
public static class VerifiedBounds
{
    private const int MaxAttempts = 8;

    /// <summary>
    /// A certified upper bound on ‖A‖₂ for any dense finite A (rectangular allowed; 0 for an empty matrix):
    /// min(‖A‖_F, √(‖A‖₁‖A‖_∞)) with every sum, product and square root rounded up. Both are classical bounds
    /// (‖A‖₂ ≤ ‖A‖_F, and ‖A‖₂² = ρ(AᵀA) ≤ ‖AᵀA‖_∞ ≤ ‖Aᵀ‖_∞‖A‖_∞ = ‖A‖₁‖A‖_∞; Golub–Van Loan, Matrix Computations,
    /// 4th ed., §2.3.2). Each upward-rounded operation is ≥ its exact result and all operands are non-negative, so
    /// the chain is monotone and the result is ≥ the exact expression. Not tight (up to √min(r,c) too large); see
    /// <see cref="SymmetricNorm2UpperBound"/> for a tight certified bound on symmetric matrices.
    /// </summary>
    public static double Norm2UpperBound(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        RequireRoundToNearest();
        var values = MatrixArguments.FiniteValues(a, nameof(a), "A certified norm bound");
        return Norm2UpperBoundOf(values, a.RowCount, a.ColumnCount);
    }

    /// <summary>
    /// A certified lower bound on λ_min(A) for an exactly symmetric, finite A (n ≥ 1): see the class remarks for the
    /// theorem and proof. Never returns an uncertified number: on failure the result is NaN with the reason.
    /// A positive value proves A positive definite.
    /// </summary>
    public static CertifiedBound SmallestEigenvalueLowerBound(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireRoundToNearest();
        var values = ExactlySymmetricValues(a, nameof(a));
        return LowerBoundOf(backend, a, values);
    }

    /// <summary>
    /// A certified enclosure of λ_min(A) for an exactly symmetric, finite A (n ≥ 1): the lower end is
    /// <see cref="SmallestEigenvalueLowerBound"/>, the upper end a Rayleigh quotient rounded up (<see cref="RayleighBound"/>).
    /// </summary>
    public static Enclosure SmallestEigenvalueEnclosure(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireRoundToNearest();
        return EnclosureOf(backend, a, ExactlySymmetricValues(a, nameof(a)));
    }

    /// <summary>
    /// A certified enclosure of σ_min = σ_{min(r, c)} of a finite r×c matrix M: λ_min of its Gram matrix Ĝ = fl(MᵀM) (or
    /// fl(MMᵀ), the smaller; plain dot products of length n) enclosed by <see cref="SmallestEigenvalueEnclosure"/>, widened
    /// by ‖Ĝ − G‖₂ ≤ γ_n‖M‖²_F + pnη (the bound of <see cref="SingularValueBounds"/>), square roots rounded outward
    /// (upper end +∞ if it overflows).
    /// </summary>
    public static Enclosure SmallestSingularValueEnclosure(ILinearAlgebraBackend backend, Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(m);
        RequireRoundToNearest();
        var values = MatrixArguments.FiniteValues(m, nameof(m), "A certified smallest singular value");
        var (gram, p, length) = Gram(values, m.RowCount, m.ColumnCount);
        var frobeniusSquared = 0.0;
        foreach (var v in values)
        {
            frobeniusSquared = AddUp(frobeniusSquared, MulUp(v, v));
        }

        var gramError = AddUp(MulUp(GammaUp(length), frobeniusSquared), MulUp((double)p * length, Eta));
        var eigen = EnclosureOf(backend, Matrix<double>.Build.Dense(p, p, gram), gram);
        var lowerSquare = SubDown(eigen.Lower, gramError);
        var upperSquare = AddUp(eigen.Upper, gramError);
        return new Enclosure(
            double.IsFinite(lowerSquare) ? SqrtDown(Math.Max(0, lowerSquare)) : 0,
            double.IsFinite(upperSquare) ? SqrtUp(Math.Max(0, upperSquare)) : double.PositiveInfinity,
            $"√λ_min of the Gram matrix, {eigen.Note}; ± {NumberFormat.Text(gramError)} (Gram rounding)");
    }

    /// <summary>
    /// A certified enclosure of ‖A‖₂ = max(−λ_min, λ_max) for an exactly symmetric, finite A: from the enclosures of
    /// λ_min(A) and λ_min(−A) = −λ_max(A) (negation is exact); the upper end is never above <see cref="Norm2UpperBound"/>
    /// and the lower end never below max |a_ij| (= |e_iᵀAe_j| ≤ ‖A‖₂).
    /// </summary>
    public static Enclosure SymmetricNorm2Enclosure(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireRoundToNearest();
        var values = ExactlySymmetricValues(a, nameof(a));
        var negated = -a;
        var smallest = EnclosureOf(backend, a, values);
        var negatedSmallest = EnclosureOf(backend, negated, MatrixArguments.DenseValues(negated, nameof(a)));
        var largestEntry = values.Length == 0 ? 0.0 : values.Max(Math.Abs);
        var lower = Math.Max(largestEntry, Math.Max(-smallest.Upper, -negatedSmallest.Upper));
        var upper = Math.Min(Norm2UpperBound(a), Math.Max(-smallest.Lower, -negatedSmallest.Lower));
        return new Enclosure(lower, upper, $"λ_min: {smallest.Note}; λ_max: {negatedSmallest.Note}");
    }

    /// <summary>
    /// A certified upper bound on λ_max(A) for an exactly symmetric, finite A: −(certified lower bound on λ_min(−A)),
    /// exact because negation is exact in floating point.
    /// </summary>
    public static CertifiedBound LargestEigenvalueUpperBound(ILinearAlgebraBackend backend, Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(backend);
        RequireRoundToNearest();
        ExactlySymmetricValues(a, nameof(a));
        var negated = -a;
        var lower = LowerBoundOf(backend, negated, MatrixArguments.DenseValues(negated, nameof(a)));
        return lower.IsCertified ? lower with { Value = -lower.Value, Note = "−(λ_min(−A) bound): " + lower.Note } : lower;
    }

    /// <summary>
    /// A certified, usually tight, upper bound on ‖A‖₂ = max(λ_max, −λ_min) for an exactly symmetric finite A:
    /// min(<see cref="Norm2UpperBound"/>, max(λ_max upper bound, −λ_min lower bound)); the second term is used only
    /// when both eigenvalue bounds are certified.
    /// </summary>
    public static double SymmetricNorm2UpperBound(ILinearAlgebraBackend backend, Matrix<double> a) =>
        SymmetricNorm2Enclosure(backend, a).Upper;

    /// <summary>
    /// Certified bounds on σ_min = σ_{min(r,c)} and σ_max of a dense finite r×c matrix M (r, c ≥ 1).
    /// <para>
    /// The Gram matrix G = MᵀM (c×c, when r ≥ c) or MMᵀ (r×r, otherwise) has eigenvalues σ_i², i ≤ p = min(r, c).
    /// Ĝ = fl(G) is computed here by plain length-L dot products, L = max(r, c), mirrored so that Ĝ is exactly
    /// symmetric. Error (Higham ASNA §3.1, with IEEE gradual underflow: each product has error ≤ u|xy| + η/2, sums
    /// none beyond u relative): |ĝ_ij − g_ij| ≤ γ_L(|M|ᵀ|M|)_ij + L·η, since the η/2 terms are carried through at
    /// most L − 1 additions with factors ≤ 1 + γ_{L−1} &lt; 2. So, with E = Ĝ − G,
    /// ‖E‖₂ ≤ ‖E‖_F ≤ γ_L‖|M|ᵀ|M|‖_F + pLη ≤ γ_L‖M‖_F² + pLη (Frobenius submultiplicativity), rounded up.
    /// Weyl: λ_min(G) ≥ λ_min(Ĝ) − ‖E‖₂ and λ_max(G) ≤ λ_max(Ĝ) + ‖E‖₂, with λ_min(Ĝ)/λ_max(Ĝ) bounded by
    /// <see cref="SmallestEigenvalueLowerBound"/>/<see cref="LargestEigenvalueUpperBound"/>.
    /// Then σ_min ≥ √max(0, ·) rounded down, and σ_max ≤ min(√(·) rounded up, <see cref="Norm2UpperBound"/>(M)).
    /// </para>
    /// </summary>
    public static SingularValueBounds SingularValueBounds(ILinearAlgebraBackend backend, Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(m);
        RequireRoundToNearest();
        var values = MatrixArguments.FiniteValues(m, nameof(m), "Certified singular-value bounds");
        int r = m.RowCount, c = m.ColumnCount;
        if (r == 0 || c == 0)
        {
            throw new ArgumentException("The matrix is empty; it has no singular values.", nameof(m));
        }

        var cheapUpper = Norm2UpperBoundOf(values, r, c);
        var (gram, p, length) = Gram(values, r, c);
        var frobeniusSquared = 0.0;
        foreach (var v in values)
        {
            frobeniusSquared = AddUp(frobeniusSquared, MulUp(v, v));
        }

        var gramError = AddUp(MulUp(GammaUp(length), frobeniusSquared), MulUp((double)p * length, Eta));
        var g = Matrix<double>.Build.Dense(p, p, gram);

        var lowerG = LowerBoundOf(backend, g, gram);
        var smallest = lowerG.IsCertified
            ? CertifiedBound.Proven(
                SqrtDown(Math.Max(0.0, SubDown(lowerG.Value, gramError))),
                string.Create(CultureInfo.InvariantCulture, $"√(λ_min(Ĝ) bound − ‖E‖₂ bound {NumberFormat.Text(gramError, 3)}); Ĝ: {lowerG.Note}"))
            : CertifiedBound.NotCertified("λ_min of the Gram matrix not certified: " + lowerG.Note);

        var upperG = LargestEigenvalueUpperBound(backend, g);
        var largest = upperG.IsCertified ? Math.Min(cheapUpper, SqrtUp(Math.Max(0.0, AddUp(upperG.Value, gramError)))) : cheapUpper;
        return new SingularValueBounds(smallest, largest);
    }

    /// <summary>
    /// The floating-point Cholesky factorisation B = R̂ᵀR̂ in the inner-product form (Higham ASNA Algorithm 10.2),
    /// in place on the upper triangle of the column-major n×n <paramref name="b"/> (the strict lower triangle is not
    /// read): r_ij = (b_ij − Σ_{k&lt;i} r_ki r_kj)/r_ii, r_jj = √(b_jj − Σ_{k&lt;j} r_kj²). Returns false as soon as a
    /// radicand is not positive or an entry is not finite.
    /// </summary>
    internal static bool CholeskySucceeds(double[] b, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var column = j * n;
            for (var i = 0; i < j; i++)
            {
                var row = i * n;
                var s = b[column + i];
                for (var k = 0; k < i; k++)
                {
                    s -= b[row + k] * b[column + k];
                }

                var rij = s / b[row + i];
                if (!double.IsFinite(rij))
                {
                    return false;
                }

                b[column + i] = rij;
            }

            var d = b[column + j];
            for (var k = 0; k < j; k++)
            {
                d -= b[column + k] * b[column + k];
            }

            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }

            b[column + j] = Math.Sqrt(d);
        }

        return true;
    }

    /// <summary>
    /// The core theorem applied to B = fl(A − σI): a certified lower bound on λ_min(A), or NaN when the Cholesky
    /// factorisation of B fails; <paramref name="factor"/> is then the computed R̂ (column-major upper triangle).
    /// <paramref name="a"/> is column-major, exactly symmetric, finite.
    /// </summary>
    internal static double ShiftedCholeskyLowerBound(double[] a, int n, double sigma, out double[]? factor)
    {
        factor = null;
        if (4.0 * (n + 1) * UnitRoundoff >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The theorem needs 4(n + 1)u < 1.");
        }

        var b = (double[])a.Clone();
        var minDifference = double.PositiveInfinity;
        var trace = 0.0;
        var maxDiagonal = 0.0;
        for (var j = 0; j < n; j++)
        {
            var jj = (j * n) + j;
            b[jj] = a[jj] - sigma;
            if (!(b[jj] > 0) || !double.IsFinite(b[jj]))
            {
                return double.NaN; // the Cholesky factorisation would fail at this column (or earlier)
            }

            minDifference = Math.Min(minDifference, SubDown(a[jj], b[jj]));
            trace = AddUp(trace, b[jj]);
            maxDiagonal = Math.Max(maxDiagonal, b[jj]);
        }

        if (!CholeskySucceeds(b, n))
        {
            return double.NaN;
        }

        var gamma = GammaUp(n + 1);
        var alpha = DivUp(gamma, SubDown(1.0, gamma));
        var underflow = MulUp(MulUp(8.0 * n, AddUp(2.0 * (n + 1), maxDiagonal)), Eta);
        var cB = AddUp(MulUp(alpha, trace), underflow);
        factor = b;
        return SubDown(minDifference, cB);
    }

    /// <summary>
    /// Gershgorin's lower bound min_j(a_jj − Σ_{i≠j}|a_ij|) (column sums = row sums for symmetric A), radii rounded up
    /// and differences down: a certified lower bound on λ_min(A) (Gershgorin circle theorem).
    /// </summary>
    internal static double GershgorinLowerBound(double[] a, int n)
    {
        var lower = double.PositiveInfinity;
        for (var j = 0; j < n; j++)
        {
            var radius = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i != j)
                {
                    radius = AddUp(radius, Math.Abs(a[(j * n) + i]));
                }
            }

            lower = Math.Min(lower, SubDown(a[(j * n) + j], radius));
        }

        return lower;
    }

    private static CertifiedBound LowerBoundOf(ILinearAlgebraBackend backend, Matrix<double> a, double[] values) =>
        LowerBoundOf(backend, a, values, out _);

    /// <summary>
    /// [certified lower bound, Rayleigh-quotient upper bound] on λ_min(A): the upper end uses the vector inverse
    /// iteration gets from the successful Cholesky factor, and is never above min_j a_jj (the quotient of e_j, exact).
    /// </summary>
    private static Enclosure EnclosureOf(ILinearAlgebraBackend backend, Matrix<double> a, double[] values)
    {
        var n = a.RowCount;
        var lower = LowerBoundOf(backend, a, values, out var factor);
        var upper = double.PositiveInfinity;
        for (var j = 0; j < n; j++)
        {
            upper = Math.Min(upper, values[(j * n) + j]);
        }

        if (factor is not null)
        {
            upper = Math.Min(upper, RayleighBound.UpperBound(values, n, RayleighBound.InverseIteration(factor, n)));
        }

        return new Enclosure(lower.IsCertified ? lower.Value : double.NegativeInfinity, upper, lower.Note + "; upper end: Rayleigh quotient");
    }

    private static CertifiedBound LowerBoundOf(ILinearAlgebraBackend backend, Matrix<double> a, double[] values, out double[]? factor)
    {
        factor = null;
        var n = a.RowCount;
        var gershgorin = GershgorinLowerBound(values, n);
        // The estimate only chooses the shift, so it is computed on A·2⁻ᵏ with max|a_ij|·2⁻ᵏ ∈ [1, 2) (exact unless
        // entries fall into the subnormal range, which only perturbs the estimate), keeping the eigensolver and the
        // gap heuristic away from overflow and underflow; σ is scaled back by 2ᵏ.
        var maxAbs = 0.0;
        foreach (var v in values)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        var exponent = maxAbs > 0 ? Math.ILogB(maxAbs) : 0;
        var scaled = a.Map(v => Math.ScaleB(v, -exponent));
        var scaledValues = MatrixArguments.DenseValues(scaled, nameof(a));
        var estimate = backend.SmallestSymmetricEigenvalues(scaled, 1)[0];
        if (!double.IsFinite(estimate))
        {
            return double.IsFinite(gershgorin)
                ? CertifiedBound.Proven(gershgorin, "Gershgorin (the eigensolver's estimate is not finite)")
                : CertifiedBound.NotCertified("the eigensolver's estimate and Gershgorin's bound are not finite");
        }

        // Expected size of c_B for B = A − λ̂I, plus the eigensolver's own error scale, plus a floor for A = 0.
        var gamma = GammaUp(n + 1);
        var spread = 0.0;
        for (var j = 0; j < n; j++)
        {
            spread += Math.Abs(scaledValues[(j * n) + j] - estimate);
        }

        var gap = (2 * gamma * spread) + (8 * n * UnitRoundoff * Norm2UpperBoundOf(scaledValues, n, n)) + 1e-300;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++, gap *= 4)
        {
            var sigma = Math.ScaleB(estimate - gap, exponent);
            var bound = ShiftedCholeskyLowerBound(values, n, sigma, out factor);
            if (!double.IsNaN(bound))
            {
                var note = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cholesky of A − σI succeeded (σ = {sigma:R}, attempt {attempt}); Gershgorin {gershgorin:R}");
                return CertifiedBound.Proven(Math.Max(bound, gershgorin), note);
            }
        }

        return double.IsFinite(gershgorin)
            ? CertifiedBound.Proven(gershgorin, $"Gershgorin only: Cholesky of A − σI failed for {MaxAttempts} shifts")
            : CertifiedBound.NotCertified($"Cholesky of A − σI failed for {MaxAttempts} shifts and Gershgorin overflowed");
    }

    private static double Norm2UpperBoundOf(double[] values, int rows, int columns)
    {
        var sumOfSquares = 0.0;
        var maxColumnSum = 0.0;
        var rowSums = new double[rows];
        for (var j = 0; j < columns; j++)
        {
            var columnSum = 0.0;
            for (var i = 0; i < rows; i++)
            {
                var v = values[(j * rows) + i];
                var abs = Math.Abs(v);
                columnSum = AddUp(columnSum, abs);
                rowSums[i] = AddUp(rowSums[i], abs);
                sumOfSquares = AddUp(sumOfSquares, MulUp(v, v));
            }

            maxColumnSum = Math.Max(maxColumnSum, columnSum);
        }

        var maxRowSum = rowSums.Length == 0 ? 0.0 : rowSums.Max();
        return Math.Min(SqrtUp(sumOfSquares), SqrtUp(MulUp(maxColumnSum, maxRowSum)));
    }

    /// <summary>Ĝ = fl(MᵀM) (r ≥ c) or fl(MMᵀ), column-major p×p, exactly symmetric; also p and the dot length.</summary>
    private static (double[] Gram, int P, int Length) Gram(double[] m, int r, int c)
    {
        var columnsGram = r >= c;
        var p = columnsGram ? c : r;
        var length = columnsGram ? r : c;
        var gram = new double[p * p];
        for (var j = 0; j < p; j++)
        {
            for (var i = 0; i <= j; i++)
            {
                var s = 0.0;
                for (var k = 0; k < length; k++)
                {
                    s += columnsGram ? m[(i * r) + k] * m[(j * r) + k] : m[(k * r) + i] * m[(k * r) + j];
                }

                gram[(j * p) + i] = s;
                gram[(i * p) + j] = s;
            }
        }

        return (gram, p, length);
    }

    private static double[] ExactlySymmetricValues(Matrix<double> a, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(a);
        var values = MatrixArguments.SymmetricValues(a, parameterName, "A certified eigenvalue bound");
        var n = a.RowCount;
        if (n == 0)
        {
            throw new ArgumentException("The matrix is empty (0×0); it has no eigenvalues.", parameterName);
        }

        for (var j = 0; j < n; j++)
        {
            for (var i = j + 1; i < n; i++)
            {
                if (values[(j * n) + i] != values[(i * n) + j])
                {
                    throw new ArgumentException(
                        $"A certified eigenvalue bound needs an exactly symmetric matrix (the proof is about the matrix whose upper triangle is factored), but '{parameterName}'[{i},{j}] ≠ [{j},{i}].",
                        parameterName);
                }
            }
        }

        return values;
    }

    private static void RequireRoundToNearest()
    {
        if (!RoundingIsToNearest())
        {
            throw new InvalidOperationException("Certified bounds need IEEE round-to-nearest, but the rounding mode differs.");
        }
    }
}

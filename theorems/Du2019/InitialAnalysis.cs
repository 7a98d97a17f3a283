using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The deterministic premises of the gradient-descent proof, measured on one drawn instance at
/// initialisation (README.md, "The Instance tier"): H(0) against H∞, the radius R′ of Corollary 4.1
/// from the actual ‖y − u(0)‖, the neurons that can flip within R′ counted exactly, and the bounds
/// F(R′), h⊥ and τ they give. Every quantity is known only within a rounding allowance, so the chain's
/// numbers come twice (<see cref="ChainBounds"/>): <see cref="Pessimistic"/>, every allowance against the
/// premises (what a Pass uses), and <see cref="Optimistic"/>, every allowance in their favour (what a Fail
/// needs); the exact values lie between.
/// </summary>
internal sealed class InitialAnalysis
{
    private readonly double _maxWeightNorm;

    /// <summary>The analysis of the network (W(0), a): computes Z(0) = X W(0)ᵀ itself.</summary>
    public InitialAnalysis(ILinearAlgebraBackend backend, DataAnalysis data, Matrix<double> initialWeights, IReadOnlyList<double> outputWeights, double stepSize, double delta)
        : this(backend, data, Gram.PreActivations(backend, data.Inputs, initialWeights), initialWeights, outputWeights, stepSize, delta)
    {
    }

    /// <summary>The analysis of the network (W(0), a) from its pre-activations Z(0) = X W(0)ᵀ (n×m; only read).</summary>
    public InitialAnalysis(ILinearAlgebraBackend backend, DataAnalysis data, Matrix<double> preactivations, Matrix<double> initialWeights, IReadOnlyList<double> outputWeights, double stepSize, double delta)
    {
        int n = data.N;
        int m = initialWeights.RowCount;
        (N, M, StepSize, Delta) = (n, m, stepSize, delta);
        Lambda0 = data.Lambda0;
        Lambda0Upper = data.Lambda0Upper;
        GramRounding = data.GramRounding;

        var initialGram = Gram.FiniteWidthReluNtk(backend, data.InputGram, preactivations);
        LambdaMinH0Enclosure = VerifiedBounds.SmallestEigenvalueEnclosure(backend, initialGram).Widen(data.GramRounding, "assembly of H(0) from X");
        // D̂ = fl(Ĥ(0) − Ĥ∞) is within ε|d̂_ij| of the exact difference entrywise, so within ε‖D̂‖_F in norm.
        var deviation = initialGram - data.InfiniteWidthGram;
        double assembly = AddUp(AddUp(MulUp(Spectral.MachineEpsilon, FrobeniusUp(deviation)), data.GramRounding), data.InfiniteWidthRounding);
        H0DeviationEnclosure = VerifiedBounds.SymmetricNorm2Enclosure(backend, deviation).Widen(assembly, "assembly of H(0) − H∞ from X");

        // u_i = Σ_r a_r σ(z_ir)/√m: the m-term sum and the division err by at most (m + 2)ε Σ_r |a_r| σ(ẑ_ir)/√m, and
        // each z_ir by γ_d ‖x_i‖ ‖w_r‖ (a dot product's error is relative to ‖x‖‖w‖, not to |z|), which σ (1-Lipschitz)
        // passes on: |Δu_i| ≤ γ_d ν Σ_r |a_r| ‖w_r‖/√m. The norms add (m + d + 4)ε(‖y‖ + …) for their own
        // rounding.
        var (predictions, magnitudes) = PredictionsAndMagnitudes(preactivations, outputWeights);
        double eps = Spectral.MachineEpsilon;
        _maxWeightNorm = MulUp(RowNorms.Max(initialWeights), 1 + data.DotRounding);
        double preactivationError = MulUp(MulUp(MulUp(data.DotRounding * (1 + 4 * eps), data.InputNormBound), WeightedRowNormSum(initialWeights, outputWeights)), Math.Sqrt(n) / Math.Sqrt(m) * (1 + 4 * eps));
        ResidualResolution = AddUp(MulUp((m + data.D + 4) * eps, AddUp(data.Labels.L2Norm(), magnitudes.L2Norm())), preactivationError);
        InitialResidualVector = data.Labels - predictions;
        double residual = InitialResidualVector.L2Norm();
        InitialResidual = AddUp(residual, ResidualResolution);
        InitialResidualLower = Math.Max(0, SubDown(residual, ResidualResolution));
        PaperRadius = Math.Sqrt(2 * PiLower) * (delta / 4) * Lambda0 / (16.0 * n * n);

        // Both ends now, so that Z(0) (n×m) is not kept alive through training for the optimistic one.
        Pessimistic = Chain(backend, data, preactivations, favourable: false);
        Optimistic = Chain(backend, data, preactivations, favourable: true);
    }

    /// <summary>The chain's numbers with every allowance against the premises: what decides a Pass.</summary>
    public ChainBounds Pessimistic { get; }

    /// <summary>The chain's numbers with every allowance in the premises' favour: what decides a Fail.</summary>
    public ChainBounds Optimistic { get; }

    /// <summary>2μ − 2h⊥ − 2τ − ηn²ν⁴ (pessimistic), which must be ≥ λ₀/2 for the per-step factor to be ≤ 1 − ηλ₀/2.</summary>
    public double ContractionMeasureAt(double stepSize) => Pessimistic.ContractionMeasureAt(stepSize, N);

    /// <summary>
    /// The Instance tier with every allowance against it, in floating point, for step size η (all links, the step
    /// condition included), each bound cleared by the relative <paramref name="margin"/>; used only to guide searches —
    /// verdicts are decided by the checks (Z3 for the step condition).
    /// </summary>
    public bool InstanceTierHoldsNumerically(double stepSize, double margin = 0) =>
        H0DeviationNorm <= (1 - margin) * Lambda0 / 4
        && FlipPerturbation < (1 - margin) * Lambda0 / 4
        && ContractionMeasureAt(stepSize) >= (1 + margin) * Lambda0Upper / 2;

    /// <summary>The lower end of the rational interval that encloses π in every bound.</summary>
    public const double PiLower = 3.14159;

    public int N { get; }

    public int M { get; }

    public double StepSize { get; }

    public double Delta { get; }

    /// <summary>The lower end of λ₀'s enclosure (<see cref="DataAnalysis.Lambda0Enclosure"/>).</summary>
    public double Lambda0 { get; }

    /// <summary>The upper end of λ₀'s enclosure.</summary>
    public double Lambda0Upper { get; }

    /// <summary>A certified enclosure of λ_min(H(0)) for the exact data and weights (patterns as computed; see README).</summary>
    public Enclosure LambdaMinH0Enclosure { get; }

    /// <summary>An enclosure of ‖H(0) − H∞‖₂ (verified bounds on the computed difference, widened by both kernels' assembly errors; H∞'s takes arccos to 1 ulp).</summary>
    public Enclosure H0DeviationEnclosure { get; }

    /// <summary>‖H(0) − H∞‖₂, the upper end of its enclosure.</summary>
    public double H0DeviationNorm => H0DeviationEnclosure.Upper;

    /// <summary>λ_min(H(0)), its certified lower bound.</summary>
    public double LambdaMinH0 => LambdaMinH0Enclosure.Lower;

    /// <summary>y − u(0), as computed (for the kernel-regime comparison, <see cref="KernelRegime"/>).</summary>
    public Vector<double> InitialResidualVector { get; }

    /// <summary>
    /// The bound on |computed − exact| of ‖y − u‖: (m + d + 4)ε(‖y‖ + ‖(Σ_r |a_r| σ(z_ir)/√m)_i‖) + γ_d ν √n Σ_r |a_r| ‖w_r‖/√m.
    /// Residuals below it are rounding, not training.
    /// </summary>
    public double ResidualResolution { get; }

    /// <summary>‖y − u(0)‖, rounded up.</summary>
    public double InitialResidual { get; }

    /// <summary>‖y − u(0)‖, rounded down.</summary>
    public double InitialResidualLower { get; }

    /// <summary>The paper's R = √(2π)(δ/4)λ₀/(16n²) (Lemma 3.2 with δ₂ = δ/4), with π and λ₀ at their lower bounds.</summary>
    public double PaperRadius { get; }

    /// <summary>R′ (pessimistic): see <see cref="ChainBounds.RadiusPrime"/>.</summary>
    public double RadiusPrime => Pessimistic.RadiusPrime;

    /// <summary>F(R′) (pessimistic).</summary>
    public double FlipPerturbation => Pessimistic.FlipPerturbation;

    /// <summary>h⊥ (pessimistic).</summary>
    public double PerpendicularNorm => Pessimistic.PerpendicularNorm;

    /// <summary>τ (pessimistic).</summary>
    public double FlipTerm => Pessimistic.FlipTerm;

    /// <summary>The flip threshold (pessimistic: widened by the rounding of z).</summary>
    public double FlipThreshold => Pessimistic.FlipThreshold;

    /// <summary>Σ_i |S_i⊥| / (mn) (pessimistic): no more patterns than this can change inside the R′-ball.</summary>
    public double FlippableFraction => Pessimistic.FlippableFraction;

    /// <summary>μ (pessimistic).</summary>
    public double Mu => Pessimistic.Mu;

    /// <summary>ν⁴ (pessimistic, rounded up).</summary>
    public double NormFactor => Pessimistic.NormFactor;

    /// <summary>The per-step factor 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ of ‖y − u‖² at the instance's step size (pessimistic).</summary>
    public double StepFactor => StepFactorAt(StepSize);

    /// <summary>The per-step factor 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ of ‖y − u‖² for step size η (pessimistic).</summary>
    public double StepFactorAt(double stepSize) =>
        1 - 2 * stepSize * (Mu - PerpendicularNorm) + 2 * stepSize * FlipTerm + stepSize * stepSize * N * (double)N * NormFactor;

    /// <summary>The bound on the effect of rounding in XXᵀ on H(W) (see <see cref="DataAnalysis.GramRounding"/>).</summary>
    public double GramRounding { get; }

    /// <summary>
    /// R′, S_i⊥, F, h⊥, τ, ν⁴ and μ with the allowances of λ₀, ‖y − u(0)‖, ν, z and λ_min(H(0)) all against the
    /// premises (<paramref name="favourable"/> false: R′ and the flip sets as large as they can be) or all for them.
    /// Each direction is monotone: R′ grows with ν and ‖y − u(0)‖ and shrinks with λ₀; F, h⊥ and τ grow with the sets
    /// and with |G_ij|; μ grows with λ_min(H(0)) and shrinks with F.
    /// </summary>
    private ChainBounds Chain(ILinearAlgebraBackend backend, DataAnalysis data, Matrix<double> preactivations, bool favourable)
    {
        int n = N, m = M;
        double eps = Spectral.MachineEpsilon;
        double widen = favourable ? 1 - 8 * eps : 1 + 8 * eps;
        double nu = favourable ? data.InputNormLower : data.InputNormBound;
        double residual = favourable ? InitialResidualLower : InitialResidual;
        double lambda = favourable ? Lambda0Upper : Lambda0;
        double radius = lambda > 0 ? 4 * nu * Math.Sqrt(n) * residual / (Math.Sqrt(m) * lambda) * widen : double.PositiveInfinity;

        // A pattern can change only if |w_r(0)ᵀx_i| ≤ ‖Δw_r‖ ‖x_i‖ ≤ R′ν; the computed z is within γ_d ‖w_r‖ ‖x_i‖ of the
        // exact one, so the threshold is widened by that much (pessimistic: no neuron wrongly left out) or narrowed
        // (optimistic: no neuron wrongly let in).
        double zError = data.DotRounding * _maxWeightNorm * nu * 2;
        double threshold = favourable ? Math.Max(0, radius * nu * (1 - 4 * eps) - zError) : radius * nu * (1 + 4 * eps) + zError;
        var bothCanFlip = Gram.NearKinkCoincidences(backend, preactivations, threshold);
        var flipCounts = bothCanFlip.Diagonal();

        // |G_ij| is taken with its absolute rounding error γ_d √(G_ii G_jj); the sums of n² terms get a relative slack.
        double slack = 1 + 4.0 * (n * (double)n + data.D) * eps;
        double scale = favourable ? 1 / slack : slack;
        var g = data.InputGram;
        double perturbation = 0, perpendicular = 0;
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double error = data.DotRounding * Math.Sqrt(Math.Abs(g[i, i] * g[j, j]));
                double magnitude = favourable ? Math.Max(0, Math.Abs(g[i, j]) - error) : Math.Abs(g[i, j]) + error;
                double union = flipCounts[i] + flipCounts[j] - bothCanFlip[i, j];
                perturbation += Square(magnitude * union / m);
                perpendicular += Square(magnitude * flipCounts[i] / m);
            }
        }
        double flipPerturbation = Math.Sqrt(perturbation) * scale;
        double nuSquared = nu * nu;
        double lambdaMinH0 = favourable ? LambdaMinH0Enclosure.Upper : LambdaMinH0Enclosure.Lower;
        return new ChainBounds(
            RadiusPrime: radius,
            FlipThreshold: threshold,
            FlipPerturbation: flipPerturbation,
            PerpendicularNorm: Math.Sqrt(perpendicular) * scale,
            FlipTerm: nuSquared * Math.Sqrt(n) * Math.Sqrt(flipCounts.Sum(c => c * c)) / m * scale,
            FlippableFraction: flipCounts.Sum() / ((double)m * n),
            NormFactor: nuSquared * nuSquared * widen,
            Mu: favourable ? AddUp(lambdaMinH0, -flipPerturbation) : SubDown(lambdaMinH0, flipPerturbation));
    }

    /// <summary>u = σ(Z)a/√m and (Σ_r |a_r| σ(z_ir)/√m)_i in one pass over Z's columns, no n×m temporary.</summary>
    private static (Vector<double> Predictions, Vector<double> Magnitudes) PredictionsAndMagnitudes(Matrix<double> z, IReadOnlyList<double> a)
    {
        int n = z.RowCount, m = z.ColumnCount;
        var values = z.AsColumnMajorArray();
        var predictions = new double[n];
        var magnitudes = new double[n];
        for (int r = 0; r < m; r++)
        {
            double ar = a[r];
            double abs = Math.Abs(ar);
            var column = values.AsSpan(r * n, n);
            for (int i = 0; i < n; i++)
            {
                double activation = Math.Max(column[i], 0);
                predictions[i] += ar * activation;
                magnitudes[i] += abs * activation;
            }
        }
        double sqrtM = Math.Sqrt(m);
        return (Vector<double>.Build.Dense(n, i => predictions[i] / sqrtM), Vector<double>.Build.Dense(n, i => magnitudes[i] / sqrtM));
    }

    /// <summary>Σ_r |a_r| ‖w_r‖ over the rows w_r of W, rounded up (each row norm widened by its own rounding, (d + 2)ε).</summary>
    private static double WeightedRowNormSum(Matrix<double> w, IReadOnlyList<double> a)
    {
        int m = w.RowCount, d = w.ColumnCount;
        var values = w.AsColumnMajorArray();
        var squares = new double[m];
        for (int k = 0; k < d; k++)
        {
            var column = values.AsSpan(k * m, m);
            for (int r = 0; r < m; r++)
            {
                squares[r] += column[r] * column[r];
            }
        }
        double widen = 1 + (d + 2) * Spectral.MachineEpsilon;
        double sum = 0;
        for (int r = 0; r < m; r++)
        {
            sum = AddUp(sum, MulUp(Math.Abs(a[r]), MulUp(Math.Sqrt(squares[r]), widen)));
        }
        return sum;
    }

    /// <summary>‖A‖_F rounded up.</summary>
    private static double FrobeniusUp(Matrix<double> a)
    {
        double sum = 0;
        foreach (var v in a.AsColumnMajorArray())
        {
            sum = AddUp(sum, MulUp(v, v));
        }
        return SqrtUp(sum);
    }

    private static double Square(double x) => x * x;
}

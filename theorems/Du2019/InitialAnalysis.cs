using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The deterministic premises of the gradient-descent proof, measured on one drawn instance at
/// initialisation (README.md, "The Instance tier"): H(0) against H∞, the radius R′ of Corollary 4.1
/// from the actual ‖y − u(0)‖, the neurons that can flip within R′ counted exactly, and the bounds
/// F(R′), h⊥ and τ they give. Every floating-point bound is rounded outward.
/// </summary>
internal sealed class InitialAnalysis
{
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
        M = m;
        StepSize = stepSize;
        Delta = delta;
        Lambda0 = data.Lambda0;

        var initialGram = Gram.FiniteWidthReluNtk(backend, data.InputGram, preactivations);

        var deviation = initialGram - data.InfiniteWidthGram;
        double deviationNorm = Spectral.SymmetricNorm2(backend, deviation);
        H0DeviationNorm = deviationNorm + Spectral.EigenvalueErrorBound(n, deviationNorm) + data.GramRounding + data.InfiniteWidthRounding;
        double lambdaMinH0 = Spectral.SmallestEigenvalue(backend, initialGram);
        LambdaMinH0 = lambdaMinH0 - Spectral.EigenvalueErrorBound(n, Spectral.SymmetricNorm2(backend, initialGram)) - data.GramRounding;

        // ‖y − u(0)‖ rounded up: u_i sums m terms, so its error is at most (m + d + 2)ε Σ_r |a_r| σ(z_ir)/√m.
        var (predictions, magnitudes) = PredictionsAndMagnitudes(preactivations, outputWeights);
        double eps = Spectral.MachineEpsilon;
        ResidualResolution = (m + data.D + 2) * eps * (data.Labels.L2Norm() + magnitudes.L2Norm());
        InitialResidual = (data.Labels - predictions).L2Norm() + ResidualResolution;
        double nu = data.InputNormBound;
        NormFactor = Math.Pow(nu, 4) * (1 + 8 * eps);
        RadiusPrime = Lambda0 > 0 ? 4 * nu * Math.Sqrt(n) * InitialResidual / (Math.Sqrt(m) * Lambda0) * (1 + 8 * eps) : double.PositiveInfinity;
        PaperRadius = Math.Sqrt(2 * PiLower) * (delta / 4) * Lambda0 / (16.0 * n * n);

        // A pattern can change only if |w_r(0)ᵀx_i| ≤ ‖Δw_r‖ ‖x_i‖ ≤ R′ν; the computed z carries a rounding error of
        // at most γ_d ‖w_r‖ ‖x_i‖, so the threshold is widened by that much (a neuron is never wrongly left out).
        double maxWeightNorm = RowNorms.Max(initialWeights);
        FlipThreshold = RadiusPrime * nu * (1 + 4 * eps) + data.DotRounding * maxWeightNorm * nu * 2;
        var bothCanFlip = Gram.NearKinkCoincidences(backend, preactivations, FlipThreshold);
        var flipCounts = bothCanFlip.Diagonal();

        // |G_ij| is taken with its absolute rounding error γ_d √(G_ii G_jj); the sums of n² terms get a relative slack.
        double slack = 1 + 4.0 * (n * (double)n + data.D) * eps;
        double perturbation = 0;
        double perpendicular = 0;
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double magnitude = Math.Abs(data.InputGram[i, j]) + data.DotRounding * Math.Sqrt(Math.Abs(data.InputGram[i, i] * data.InputGram[j, j]));
                double union = flipCounts[i] + flipCounts[j] - bothCanFlip[i, j];
                perturbation += Square(magnitude * union / m);
                perpendicular += Square(magnitude * flipCounts[i] / m);
            }
        }
        FlipPerturbation = Math.Sqrt(perturbation) * slack;
        PerpendicularNorm = Math.Sqrt(perpendicular) * slack;
        FlipTerm = nu * nu * Math.Sqrt(n) * Math.Sqrt(flipCounts.Sum(c => c * c)) / m * slack;
        FlippableFraction = flipCounts.Sum() / ((double)m * n);
        Mu = LambdaMinH0 - FlipPerturbation;
        GramRounding = data.GramRounding;
        N = n;
    }

    /// <summary>2μ − 2h⊥ − 2τ − ηn²ν⁴, which must be ≥ λ₀/2 for the per-step factor to be ≤ 1 − ηλ₀/2.</summary>
    public double ContractionMeasureAt(double stepSize) => 2 * Mu - 2 * PerpendicularNorm - 2 * FlipTerm - stepSize * N * (double)N * NormFactor;

    /// <summary>
    /// The Instance tier in plain floating point for step size η (all links, the step condition included); used
    /// only to guide searches — verdicts on it are decided by the checks (Z3 for the step condition).
    /// </summary>
    public bool InstanceTierHoldsNumerically(double stepSize) =>
        H0DeviationNorm <= Lambda0 / 4 && FlipPerturbation < Lambda0 / 4 && ContractionMeasureAt(stepSize) >= Lambda0 / 2;

    /// <summary>The lower end of the rational interval that encloses π in every bound.</summary>
    public const double PiLower = 3.14159;

    public int N { get; }

    public int M { get; }

    public double StepSize { get; }

    public double Delta { get; }

    /// <summary>The lower bound of λ₀ (estimate minus its a-priori error bound) used in every bound.</summary>
    public double Lambda0 { get; }

    /// <summary>‖H(0) − H∞‖₂ plus its error bound.</summary>
    public double H0DeviationNorm { get; }

    /// <summary>λ_min(H(0)) minus its error bound.</summary>
    public double LambdaMinH0 { get; }

    /// <summary>
    /// (m + d + 2)ε(‖y‖ + ‖(Σ_r |a_r| σ(z_ir)/√m)_i‖): the resolution of ‖y − u‖ in float64 — residuals below it are
    /// rounding, not training.
    /// </summary>
    public double ResidualResolution { get; }

    /// <summary>‖y − u(0)‖, rounded up.</summary>
    public double InitialResidual { get; }

    /// <summary>R′ = 4ν√n ‖y − u(0)‖ / (√m λ₀) (ν = 1 for unit inputs): no iterate leaves this ball while Condition 4.1 holds (Corollary 4.1).</summary>
    public double RadiusPrime { get; }

    /// <summary>The paper's R = √(2π)(δ/4)λ₀/(16n²) (Lemma 3.2 with δ₂ = δ/4), with π at its lower bound.</summary>
    public double PaperRadius { get; }

    /// <summary>F(R′) = ‖(|G_ij| |S_i⊥ ∪ S_j⊥| / m)_ij‖_F ≥ ‖H(W) − H(0)‖₂ for every W in the R′-ball.</summary>
    public double FlipPerturbation { get; }

    /// <summary>h⊥ = ‖(|G_ij| |S_i⊥| / m)_ij‖_F ≥ ‖H⊥(k)‖₂.</summary>
    public double PerpendicularNorm { get; }

    /// <summary>τ = ν²√n ‖(|S_i⊥|)_i‖₂ / m, so that ‖I₂‖ ≤ ητ‖y − u(k)‖.</summary>
    public double FlipTerm { get; }

    /// <summary>R′ν(1 + 4ε) + 2γ_d ν max_r ‖w_r(0)‖: S_i⊥ = {r : |z_ir(0)| ≤ this}, R′ν widened by the rounding of z.</summary>
    public double FlipThreshold { get; }

    /// <summary>Σ_i |S_i⊥| / (mn): no more patterns than this can change inside the R′-ball.</summary>
    public double FlippableFraction { get; }

    /// <summary>μ = λ_min(H(0)) − F(R′) ≤ λ_min(H(W)) on the R′-ball (Weyl).</summary>
    public double Mu { get; }

    /// <summary>The per-step factor 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ of ‖y − u‖² at the instance's step size.</summary>
    public double StepFactor => StepFactorAt(StepSize);

    /// <summary>The per-step factor 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴ of ‖y − u‖² for step size η.</summary>
    public double StepFactorAt(double stepSize) =>
        1 - 2 * stepSize * (Mu - PerpendicularNorm) + 2 * stepSize * FlipTerm + stepSize * stepSize * N * (double)N * NormFactor;

    /// <summary>ν⁴ (rounded up), the factor of η²n² in the bound on ‖u(k+1) − u(k)‖²: 1 for unit inputs.</summary>
    public double NormFactor { get; }

    /// <summary>The bound on the effect of rounding in XXᵀ on H(W) (see <see cref="DataAnalysis.GramRounding"/>).</summary>
    public double GramRounding { get; }

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

    private static double Square(double x) => x * x;
}

using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using MathNet.Numerics.Random;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// The instances the runs draw (spec §4–§5): the special initialisation of §3.1 (n₁ = N, W₂⁰ = 0, W_l⁰ = α × orthonormal
/// columns for l ≥ 3, α the smallest meeting (H1) times a safety factor) and teacher-perturbed targets
/// Y = F_L(θ₀) + εZ under LeCun weights, ε the largest meeting (H1) times a safety factor.
/// </summary>
internal static class Initialisations
{
    /// <summary>N inputs in ℝ^d, Gaussian rows rescaled to ‖x_i‖ = √d (spec §5).</summary>
    public static Matrix<double> Inputs(int n, int d, RandomSource random) =>
        Gaussian.Sample(n, d, random).NormalizeRows(2.0) * Math.Sqrt(d);

    /// <summary>W_l entries N(0, 1/n_{l−1}), drawn from <paramref name="random"/> column by column.</summary>
    public static Matrix<double> LeCun(int rows, int columns, RandomSource random) =>
        Gaussian.Sample(rows, columns, random) * Math.Sqrt(1.0 / rows);

    /// <summary>A rows×columns matrix (rows ≥ columns) with orthonormal columns: the thin QR factor of a Gaussian matrix.</summary>
    public static Matrix<double> OrthonormalColumns(int rows, int columns, RandomSource random) =>
        Gaussian.Sample(rows, columns, random).QR(QRMethod.Thin).Q;

    /// <summary>
    /// The smallest α with α^{L−2} λ_F min(λ_F/‖X‖₂, α) ≥ 8(2/γ)^{L−2}‖Y − F_L⁰‖ (λ_l = α for α·orthonormal columns; spec
    /// §6 item 4). The left side increases in α: with m = λ_F/‖X‖₂, α₁ = (c/(λ_F m))^{1/(L−2)} when α₁ ≥ m, otherwise
    /// (c/λ_F)^{1/(L−1)} ≤ m. Estimates (SVDs) suffice: the result only chooses α, which (H1) then decides.
    /// </summary>
    public static double MinimalAlpha(int depth, double gamma, double lambdaF, double xNorm, double residual)
    {
        double c = 8 * Math.Pow(2 / gamma, depth - 2) * residual;
        double m = lambdaF / xNorm;
        double a1 = Math.Pow(c / (lambdaF * m), 1.0 / (depth - 2));
        return a1 >= m ? a1 : Math.Pow(c / lambdaF, 1.0 / (depth - 1));
    }

    /// <summary>The special initialisation (L ≥ 3): W₁ LeCun, W₂ = 0, W_l = α × orthonormal columns with α = safety × minimal.</summary>
    public static (FeedForwardNetwork Network, double Alpha) Special(
        ILinearAlgebraBackend backend, NetworkSpec spec, Matrix<double> x, Matrix<double> y, double safety, RandomSource random)
    {
        int d = x.ColumnCount;
        var w1 = LeCun(d, spec.Widths[0], random);
        var w2 = Matrix<double>.Build.Dense(spec.Widths[0], spec.Widths[1]);
        var orthonormal = Enumerable.Range(3, spec.Depth - 2).Select(l => OrthonormalColumns(spec.Widths[l - 2], spec.Widths[l - 1], random)).ToList();
        var f1 = Matrix<double>.Build.Dense(x.RowCount, spec.Widths[0]);
        backend.Gemm(false, false, 1.0, x, w1, 0.0, f1);
        var activation = Activation.Of(spec.Activation);
        activation.Values(f1.AsColumnMajorArray(), f1.AsColumnMajorArray());
        double lambdaF = NmProbes.SmallestSingular(backend, f1, x.RowCount);
        double xNorm = backend.SingularValues(x)[0];
        double alpha = safety * MinimalAlpha(spec.Depth, activation.Properties.InfDerivative, lambdaF, xNorm, y.FrobeniusNorm());
        Matrix<double>[] weights = [w1, w2, .. orthonormal.Select(q => q * alpha)];
        return (new FeedForwardNetwork(spec, weights), alpha);
    }

    /// <summary>
    /// Teacher-perturbed targets for a LeCun network: Z ~ N(0, 1)^{N × n_L}, ε = safety × ε*, ε* = LHS/(8(2/γ)^{L−2}‖Z‖_F)
    /// the largest ε for which (H1) holds at the pessimistic ends (√(2Φ₀) = ε‖Z‖_F), and Y = F_L(θ₀) + εZ.
    /// </summary>
    public static (Matrix<double> Targets, double Epsilon) TeacherTargets(
        ILinearAlgebraBackend backend, FeedForwardNetwork network, Matrix<double> x, double safety, RandomSource random)
    {
        var outputs = network.Outputs(backend, x);
        var z = Gaussian.Sample(x.RowCount, network.Spec.OutputWidth, random);
        var ends = new InitialAnalysis(backend, new NmSetup(x, outputs + z, network, 1, 0)).Pessimistic;
        double epsilon = safety * ends.Left / (8 * ends.GammaFactor * z.FrobeniusNorm());
        return (outputs + epsilon * z, epsilon);
    }
}

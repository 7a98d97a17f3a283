using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// f(w) = |Xw − b|² with X (n × p) of full row rank (spec §7.8 T2): ∇f = 2Xᵀe, e = Xw − b, so |∇f|² = 4eᵀXXᵀe ≥
/// 4λ_min(XXᵀ) f everywhere (α ≥ 4λ_min(XXᵀ) for every r, with equality where e is a bottom eigenvector), and ∇²f = 2XᵀX,
/// β = 2λ_max(XXᵀ). A global minimum f = 0 exists because XXᵀ is invertible.
/// </summary>
internal sealed class LeastSquaresLoss(ILinearAlgebraBackend backend, Matrix<double> x, Vector<double> b) : ISmoothLoss
{
    public int Dimension => x.ColumnCount;

    public string Name => "|Xw − b|²";

    private Vector<double> Residual(double[] w) => x * Vector<double>.Build.DenseOfArray(w) - b;

    public double Value(double[] w) => Residual(w).DotProduct(Residual(w));

    public double[] Gradient(double[] w) => (2.0 * x.TransposeThisAndMultiply(Residual(w))).ToArray();

    public double[] HessianVector(double[] w, double[] v) => (2.0 * x.TransposeThisAndMultiply(x * Vector<double>.Build.DenseOfArray(v))).ToArray();

    /// <summary>
    /// Each residual e_i = Σ_j x_ij w_j − b_i is within γ_{p+1}(Σ_j |x_ij w_j| + |b_i|) of the exact one (a dot product of
    /// length p + 1), so |ê − e| ≤ that vector's norm; taken ×2 for the sum of squares.
    /// </summary>
    public double RootAllowance(double[] w) => 2 * Math.Sqrt(ResidualErrors(w).Sum(t => t * t)) + 2 * UnitRoundoff * Math.Sqrt(Value(w));

    private double[] ResidualErrors(double[] w)
    {
        double gamma = GammaUp(x.ColumnCount + 1);
        return [.. Enumerable.Range(0, x.RowCount).Select(i => MulUp(gamma, Enumerable.Range(0, x.ColumnCount).Sum(j => Math.Abs(x[i, j] * w[j])) + Math.Abs(b[i])))];
    }

    /// <summary>
    /// F = Σ(|ê_i| + err_i)² rounded up; A = 4·(certified lower end of σ_min(X))², B = 2·(certified ‖X‖₂ upper bound)²,
    /// both valid on every ball; radii from √(F/A)/4 to 16√(F/A).
    /// </summary>
    public ICriterionBounds Bounds(double[] w0)
    {
        var e = Residual(w0);
        var errors = ResidualErrors(w0);
        double f = 0;
        for (int i = 0; i < e.Count; i++)
        {
            double upper = AddUp(Math.Abs(e[i]), errors[i]);
            f = AddUp(f, MulUp(upper, upper));
        }
        var sigma = VerifiedBounds.SmallestSingularValueEnclosure(backend, x);
        double norm = VerifiedBounds.SingularValueBounds(backend, x).LargestUpper;
        return new LeastSquaresBounds(f, MulDown(4, MulDown(sigma.Lower, sigma.Lower)), MulUp(2, MulUp(norm, norm)), sigma.Note);
    }

    private sealed class LeastSquaresBounds(double f, double alpha, double hessian, string how) : ICriterionBounds
    {
        public double ValueUpper => f;

        public Bound AlphaLower(double radius) => new(alpha, $"4λ_min(XXᵀ), certified ({how})");

        public Bound HessianUpper(double radius) => new(hessian, "2‖X‖₂², certified");

        public IReadOnlyList<double> Radii => alpha > 0
            ? GeometricRadii.Between(Math.Sqrt(f / alpha) / 4, 16 * Math.Sqrt(f / alpha), 25)
            : GeometricRadii.Between(1e-3, 1e3, 25);
    }
}

using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Verify.Theorems.Razborov2022;

namespace Verify.Theorems.Tests.Razborov2022;

/// <summary>
/// A depth-2 ReLU network f(x) = κ Σ_r a_r σ(w_rᵀx) and two-rate gradient descent on Φ = ½|F(W)a − y|², written with
/// plain MathNet (independent of the harness's training code): X ∈ ℝ^{n×d}, W ∈ ℝ^{m×d}, a ∈ ℝ^m, F(W) = κσ(XWᵀ).
/// </summary>
internal sealed class TwoRateRun
{
    public TwoRateRun(Matrix<double> x, Matrix<double> w, Vector<double> a, Vector<double> y, double kappa, double kinkSlope = 1.0)
    {
        X = x;
        W = w;
        A = a;
        Y = y;
        Kappa = kappa;
        KinkSlope = kinkSlope;
    }

    public Matrix<double> X { get; }

    public Matrix<double> W { get; set; }

    public Vector<double> A { get; set; }

    public Vector<double> Y { get; }

    public double Kappa { get; }

    /// <summary>The value used for σ′(0) (any value in [0, 1] is covered by the proof).</summary>
    public double KinkSlope { get; }

    /// <summary>The LeCun instance: x_i ~ N(0, I_d), w_r ~ N(0, I_d/d), a_r ~ N(0, 1/m), κ = 1, y = u₀ + noise·z.</summary>
    public static TwoRateRun LeCun(int n, int d, int m, double noise, int seed)
    {
        var random = new Random(seed);
        var x = Matrix<double>.Build.Random(n, d, new Normal(0, 1, random));
        var w = Matrix<double>.Build.Random(m, d, new Normal(0, 1 / Math.Sqrt(d), random));
        var a = Vector<double>.Build.Random(m, new Normal(0, 1 / Math.Sqrt(m), random));
        var z = Vector<double>.Build.Random(n, new Normal(0, 1, random));
        var run = new TwoRateRun(x, w, a, Vector<double>.Build.Dense(n), 1.0);
        var y = run.Features(w) * a + noise * z;
        return new TwoRateRun(x, w, a, y, 1.0);
    }

    /// <summary>F(W) = κσ(XWᵀ), n × m.</summary>
    public Matrix<double> Features(Matrix<double> w) => (X * w.Transpose()).Map(z => Kappa * Math.Max(0, z));

    public Vector<double> Residual(Matrix<double> w, Vector<double> a) => Features(w) * a - Y;

    /// <summary>∇_aΦ = F(W)ᵀe.</summary>
    public Vector<double> GradientA(Matrix<double> w, Vector<double> e) => Features(w).TransposeThisAndMultiply(e);

    /// <summary>∇_WΦ = κMᵀX with M_ir = e_i a_r σ′(w_rᵀx_i) (σ′(0) = <see cref="KinkSlope"/>), m × d.</summary>
    public Matrix<double> GradientW(Matrix<double> w, Vector<double> a, Vector<double> e)
    {
        var z = X * w.Transpose();
        var mm = Matrix<double>.Build.Dense(z.RowCount, z.ColumnCount, (i, r) => e[i] * a[r] * (z[i, r] > 0 ? 1.0 : z[i, r] == 0 ? KinkSlope : 0.0));
        return Kappa * mm.TransposeThisAndMultiply(X);
    }

    /// <summary>‖M‖_F as √(Σ M_ij²) (MathNet's FrobeniusNorm forms MMᵀ, m × m here, which is slow).</summary>
    public static double Frobenius(Matrix<double> matrix) => Math.Sqrt(matrix.Enumerate().Sum(v => v * v));

    /// <summary>Singular values of an n × m matrix (m ≥ n) from the eigenvalues of FFᵀ, descending.</summary>
    public static double[] SingularValues(Matrix<double> f)
    {
        var gram = f.TransposeAndMultiply(f);
        var values = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(v => Math.Sqrt(Math.Max(0, v.Real))).ToArray();
        Array.Sort(values);
        Array.Reverse(values);
        return values;
    }

    /// <summary>
    /// The certificate's inputs at (W₀, a₀): σ_n(F₀), ‖F₀‖₂, ‖X‖₂ by MathNet's SVD, each moved 10⁻¹⁰ relatively to its
    /// pessimistic side (far above the SVD's rounding, ≈ 10⁻¹⁵ of ‖F₀‖₂, and far below every margin that matters).
    /// </summary>
    public TwoRateInputs Inputs(double eta1, double eta2)
    {
        const double Up = 1 + 1e-10, Down = 1 - 1e-10;
        var f = Features(W);
        var s = f.Svd(computeVectors: false).S;
        double xNorm = X.Svd(computeVectors: false).S[0];
        return new TwoRateInputs(s[X.RowCount - 1] * Down, s[0] * Up, xNorm * Up, A.L2Norm() * Up, Kappa, Residual(W, A).L2Norm() * Up, eta1, eta2);
    }
}

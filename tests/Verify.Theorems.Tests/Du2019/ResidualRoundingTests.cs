using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// InitialAnalysis.InitialResidual claims ≥ the exact ‖y − u(0)‖ of the given doubles (X, W, a, y): checked against exact
/// rationals (m a perfect square, so u = σ(Z)a/√m is rational; squares compared).
/// </summary>
public sealed class ResidualRoundingTests
{
    private static readonly ILinearAlgebraBackend Backend = ChainInstances.Backend;

    /// <summary>Built once (≈ 60 attempts of exact 1000-term dot products) for the two tests that use it.</summary>
    private static readonly Lazy<(Matrix<double> X, Matrix<double> W, double[] A, Vector<double> Y)> Cancelling = new(() => CancellingResidualInstance(seed: 1));

    [Test]
    public void InitialResidual_CoversTheExactResidual_OnUlpPerturbedDraws()
    {
        var random = new Xoshiro256StarStar(5);
        var x0 = UnitSphere.Sample(3, 8, random);
        var network = TwoLayerReluNetwork.Initialize(16, 8, random);
        var y = Vector<double>.Build.DenseOfArray(Labels.Uniform(3, 0.5, random));
        for (int variant = 0; variant < 8; variant++)
        {
            var x = CancellingInstances.Perturbed(x0, 4, random);
            var w = CancellingInstances.Perturbed(network.W, 4, random);
            var initial = new InitialAnalysis(Backend, new DataAnalysis(Backend, x, y), w, network.A, stepSize: 0.01, delta: 0.1);
            Assert.That(ExactRational.FromDouble(initial.InitialResidual) * initial.InitialResidual, Is.GreaterThanOrEqualTo(ExactSquaredResidual(x, w, network.A, y)), $"variant {variant}");
        }
    }

    /// <summary>
    /// Regression (issue 10 item 5): a rounding term (m + d + 2)ε(‖y‖ + ‖Σ_r|a_r|σ(z_ir)/√m‖) is relative to |z|, but a
    /// d-term dot product errs by up to γ_d‖x_i‖‖w_r‖. Here every neuron is orthogonal to both inputs up to rounding
    /// (|z*| ≈ 10⁻¹⁶‖x‖‖w‖), chosen so that the computed ẑ_ir &lt; z*_ir/2 while z*_ir &gt; 0: then û ≤ u*/2 componentwise
    /// (y = 0, a = +1), and the claimed upper bound ≈ ‖û‖ is at most about half the exact ‖u*‖.
    /// </summary>
    [Test]
    public void InitialResidual_CoversTheExactResidual_WhenPreActivationsCancel()
    {
        var (x, w, a, y) = Cancelling.Value;
        var initial = new InitialAnalysis(Backend, new DataAnalysis(Backend, x, y), w, a, stepSize: 0.01, delta: 0.1);
        var exact = ExactSquaredResidual(x, w, a, y);
        Assert.That(ExactRational.FromDouble(initial.InitialResidual) * initial.InitialResidual, Is.GreaterThanOrEqualTo(exact),
            $"InitialResidual {initial.InitialResidual:R} below the exact ‖y − u(0)‖ = {Math.Sqrt(CancellingInstances.ToDouble(exact)):R}");
    }

    /// <summary>
    /// The fix proposed for the bug above, on the same instance and 8 ulp perturbations of it: per entry, add the dot
    /// products' rounding γ_d ‖x_i‖ Σ_r |a_r| ‖w_r‖/√m (γ_d = (d + 2)ε; doubled to cover the rounding of the norms and
    /// the sum), i.e. ResidualResolution = (m + d + 2)ε(‖y‖ + ‖mag‖) + 2γ_d ‖(‖x_i‖ Σ_r |a_r|‖w_r‖/√m)_i‖. The old term
    /// alone must fail on the base instance (so this instance can tell the two apart).
    /// </summary>
    [Test]
    public void ProposedResidualBound_CoversTheExactResidual_WhenPreActivationsCancel()
    {
        var (x0, w0, a, y) = Cancelling.Value;
        var random = new Xoshiro256StarStar(2);
        for (int variant = 0; variant <= 8; variant++)
        {
            var x = variant == 0 ? x0 : CancellingInstances.Perturbed(x0, 4, random);
            var w = variant == 0 ? w0 : CancellingInstances.Perturbed(w0, 4, random);
            var (computed, oldTerm, newTerm) = ResidualAndRoundingTerms(x, w, a, y);
            var exact = ExactSquaredResidual(x, w, a, y);
            if (variant == 0)
            {
                double old = computed + oldTerm;
                Assert.That(ExactRational.FromDouble(old) * old, Is.LessThan(exact), "the cancelling instance must defeat the old term");
            }
            double proposed = computed + oldTerm + newTerm;
            Assert.That(ExactRational.FromDouble(proposed) * proposed, Is.GreaterThanOrEqualTo(exact), $"variant {variant}");
        }
    }

    /// <summary>n = 2 mixed-sign unit inputs in d = 1000, m = 4 neurons (a = +1) orthogonal to both, y = 0: z*_ir &gt; 0 and ẑ_ir &lt; z*_ir/2 for all (i, r).</summary>
    private static (Matrix<double> X, Matrix<double> W, double[] A, Vector<double> Y) CancellingResidualInstance(ulong seed)
    {
        const int n = 2, d = 1000, m = 4;
        var random = new Xoshiro256StarStar(seed);
        var x = CancellingInstances.MixedSignInputs(n, d, random);
        var w = Matrix<double>.Build.Dense(m, d);
        for (int r = 0; r < m; r++)
        {
            for (int attempt = 0; ; attempt++)
            {
                Assert.That(attempt, Is.LessThan(1000), "no neuron with ẑ < z*/2 < z* found");
                w.SetRow(r, CancellingInstances.OrthogonalNeuron(x, 1.0, random));
                if (Undercomputed(x, w, r))
                {
                    break;
                }
            }
        }
        for (int r = 0; r < m; r++)
        {
            Assert.That(Undercomputed(x, w, r), Is.True, $"neuron {r}: ẑ of the whole W differs from that of its own row");
        }
        return (x, w, Enumerable.Repeat(1.0, m).ToArray(), Vector<double>.Build.Dense(n));
    }

    /// <summary>Whether 0 &lt; z*_ir and ẑ_ir &lt; z*_ir/2 for every input i, ẑ from the analysis's own GEMM.</summary>
    private static bool Undercomputed(Matrix<double> x, Matrix<double> w, int r)
    {
        var z = Gram.PreActivations(Backend, x, w);
        var exact = CancellingInstances.PreActivations(x, w.SubMatrix(r, 1, 0, w.ColumnCount));
        return Enumerable.Range(0, x.RowCount).All(i => exact[i, 0].Sign > 0 && ExactRational.FromDouble(2 * z[i, r]) < exact[i, 0]);
    }

    /// <summary>‖y − û‖ as InitialAnalysis computes it, its rounding term, and the dot-product term the fix adds.</summary>
    private static (double Computed, double OldTerm, double NewTerm) ResidualAndRoundingTerms(Matrix<double> x, Matrix<double> w, double[] a, Vector<double> y)
    {
        int n = x.RowCount, d = x.ColumnCount, m = w.RowCount;
        var z = Gram.PreActivations(Backend, x, w);
        double eps = Spectral.MachineEpsilon, sqrtM = Math.Sqrt(m);
        double weights = Enumerable.Range(0, m).Sum(r => Math.Abs(a[r]) * w.Row(r).L2Norm());
        var residual = new double[n];
        var magnitude = new double[n];
        var dots = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u = 0, mag = 0;
            for (int r = 0; r < m; r++)
            {
                u += a[r] * Math.Max(z[i, r], 0);
                mag += Math.Abs(a[r]) * Math.Max(z[i, r], 0);
            }
            residual[i] = y[i] - u / sqrtM;
            magnitude[i] = mag / sqrtM;
            dots[i] = x.Row(i).L2Norm() * weights / sqrtM;
        }
        double oldTerm = (m + d + 2) * eps * (y.L2Norm() + Norm(magnitude));
        return (Norm(residual), oldTerm, 2 * (d + 2) * eps * Norm(dots));
    }

    /// <summary>Σ_i (y_i − Σ_r a_r σ(z*_ir)/√m)², exactly (m must be a perfect square).</summary>
    private static ExactRational ExactSquaredResidual(Matrix<double> x, Matrix<double> w, IReadOnlyList<double> a, Vector<double> y)
    {
        int m = w.RowCount, root = (int)Math.Round(Math.Sqrt(m));
        Assert.That(root * root, Is.EqualTo(m), "m must be a perfect square for u to be rational");
        var z = CancellingInstances.PreActivations(x, w);
        var sum = ExactRational.Zero;
        for (int i = 0; i < x.RowCount; i++)
        {
            var u = ExactRational.Zero;
            for (int r = 0; r < m; r++)
            {
                u += z[i, r].Sign > 0 ? ExactRational.FromDouble(a[r]) * z[i, r] : ExactRational.Zero;
            }
            var e = ExactRational.FromDouble(y[i]) - u / root;
            sum += e * e;
        }
        return sum;
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(t => t * t));
}

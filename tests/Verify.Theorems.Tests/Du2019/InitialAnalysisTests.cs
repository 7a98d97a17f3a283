using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>The measured premises of the chain against an independent, naive per-neuron computation.</summary>
public sealed class InitialAnalysisTests
{
    private static readonly ILinearAlgebraBackend Backend = Backends.Load(BackendChoice.Managed);

    [Test]
    public void FlipCountsAndBoundsMatchANaiveComputation()
    {
        var random = new Xoshiro256StarStar(3);
        int n = 3, d = 3, m = 400;
        var x = UnitSphere.Sample(n, d, random);
        var y = Vector<double>.Build.DenseOfArray(Labels.Uniform(n, 0.5, random));
        var network = TwoLayerReluNetwork.Initialize(m, d, random);
        var data = new DataAnalysis(Backend, x, y);
        var initial = new InitialAnalysis(Backend, data, network.W, network.A, stepSize: 0.01, delta: 0.1);

        // Naive: u(0), R′, S_i⊥ = {r : |w_rᵀx_i| ≤ R′}, unions, F, h⊥, τ.
        double residual = 0;
        var z = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double u = 0;
            for (int r = 0; r < m; r++)
            {
                z[i, r] = x.Row(i) * network.W.Row(r);
                u += network.A[r] * Math.Max(z[i, r], 0);
            }
            residual += Math.Pow(y[i] - u / Math.Sqrt(m), 2);
        }
        double nu = Enumerable.Range(0, n).Max(i => x.Row(i).L2Norm());
        double radius = 4 * nu * Math.Sqrt(n) * Math.Sqrt(residual) / (Math.Sqrt(m) * data.Lambda0);
        // The threshold widened by the rounding of z, as documented in InitialAnalysis.
        double gamma = (d + 2) * Math.Pow(2, -52);
        double maxWeightNorm = Enumerable.Range(0, m).Max(r => network.W.Row(r).L2Norm());
        double threshold = initial.RadiusPrime * data.InputNormBound * (1 + 4 * Math.Pow(2, -52)) + gamma * maxWeightNorm * data.InputNormBound * 2;
        var flips = new bool[n, m];
        var counts = new int[n];
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < m; r++)
            {
                flips[i, r] = Math.Abs(z[i, r]) <= threshold;
                counts[i] += flips[i, r] ? 1 : 0;
            }
        }
        double f = 0, hp = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int union = Enumerable.Range(0, m).Count(r => flips[i, r] || flips[j, r]);
                double g = Math.Abs(x.Row(i) * x.Row(j)) + gamma * x.Row(i).L2Norm() * x.Row(j).L2Norm();
                f += Math.Pow(g * union / m, 2);
                hp += Math.Pow(g * counts[i] / m, 2);
            }
        }
        double tau = nu * nu * Math.Sqrt(n) * Math.Sqrt(counts.Sum(c => (double)c * c)) / m;

        // 1e-10 relative: both sides sum the same few hundred terms in a different order, and the analysis
        // rounds its bounds outward by a relative (m + n² + d)ε or less; it must never be below the naive value.
        Assert.That(initial.InitialResidual, Is.EqualTo(Math.Sqrt(residual)).Within(1e-8).Percent);
        Assert.That(initial.InitialResidual, Is.GreaterThan(Math.Sqrt(residual)), "rounded up");
        Assert.That(initial.RadiusPrime, Is.EqualTo(radius).Within(1e-8).Percent);
        Assert.That(threshold, Is.GreaterThan(radius), "the flip threshold is widened, never narrowed");
        Assert.That(initial.FlippableFraction, Is.EqualTo(counts.Sum() / (double)(m * n)));
        Assert.That(initial.FlipPerturbation, Is.EqualTo(Math.Sqrt(f)).Within(1e-8).Percent);
        Assert.That(initial.PerpendicularNorm, Is.EqualTo(Math.Sqrt(hp)).Within(1e-8).Percent);
        Assert.That(initial.FlipTerm, Is.EqualTo(tau).Within(1e-8).Percent);
        Assert.That(counts.Sum(), Is.GreaterThan(0), "the draw must exercise the counting");
    }

    [Test]
    public void OrthonormalInputs_GiveTheClosedFormLambda0()
    {
        var data = new DataAnalysis(Backend, Matrix<double>.Build.DenseIdentity(4), Vector<double>.Build.Dense(4));

        // H∞ = I/2 exactly for orthonormal inputs.
        Assert.That(data.Lambda0Estimate, Is.EqualTo(0.5).Within(1e-15));
        Assert.That(data.Lambda0, Is.LessThan(0.5).And.GreaterThan(0.5 - 1e-12), "the lower end of its enclosure, within rounding of 0.5");
        Assert.That(data.Lambda0Upper, Is.GreaterThan(0.5).And.LessThan(0.5 + 1e-12), "the upper end of its enclosure");
        Assert.That(data.MaxAbsCosine, Is.EqualTo(0.0));
    }

    [Test]
    public void RequiredWidth_MatchesTheExplicitConstant()
    {
        // 262144 (C² + ½) n⁶ / (2π λ₀⁴ δ³) at n = 4, λ₀ = ½, δ = 0.1, C = ½, π = 3.14159 (computed by hand:
        // 262144 · 0.75 · 4096 / (6.28318 · 0.0625 · 0.001) = 2 050 697 558 879.42); Hoeffding gives only ≈ 3663.
        Assert.That(InstanceChecks.RequiredWidth(4, 0.5, 0.1, 0.5), Is.EqualTo(2050697558879.42).Within(1e-9).Percent);
    }
}

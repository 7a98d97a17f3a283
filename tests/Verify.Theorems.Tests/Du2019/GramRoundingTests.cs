using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// DataAnalysis.GramRounding ≥ ‖fl(XXᵀ) − XXᵀ‖_F and NtkRounding.InfiniteWidthFrobeniusBound ≥ ‖fl(H∞) − H∞‖_F, against
/// exact rationals, on inputs built to make the rounding large: d = 1000 mixed-sign entries, rows orthogonalised in float
/// (|G_ij| ≈ ε while ‖x_i‖ = 1, so the error is relative to ‖x_i‖‖x_j‖, not to |G_ij|), and one row an ulp-perturbed copy
/// of another (ρ = 1 − O(ε²): arccos's infinite slope at 1 turns the rounding of ρ into an error of order √ε).
/// </summary>
public sealed class GramRoundingTests
{
    private static readonly ILinearAlgebraBackend Backend = ChainInstances.Backend;

    [Test]
    public void GramRounding_CoversTheExactGram()
    {
        var random = new Xoshiro256StarStar(7);
        double worstRelativeToEntry = 0, worstShare = 0;
        for (int variant = 0; variant < 4; variant++)
        {
            var x = Inputs(random);
            var data = new DataAnalysis(Backend, x, Vector<double>.Build.Dense(x.RowCount));
            var exact = ExactGram(x);
            var sum = ExactRational.Zero;
            for (int i = 0; i < x.RowCount; i++)
            {
                for (int j = 0; j < x.RowCount; j++)
                {
                    var error = ExactRational.FromDouble(data.InputGram[i, j]) - exact[i, j];
                    sum += error * error;
                    double magnitude = Math.Abs(CancellingInstances.ToDouble(exact[i, j]));
                    worstRelativeToEntry = Math.Max(worstRelativeToEntry, Math.Abs(CancellingInstances.ToDouble(error)) / (data.DotRounding * magnitude));
                }
            }
            Assert.That(sum, Is.LessThanOrEqualTo(ExactRational.FromDouble(data.GramRounding) * data.GramRounding), $"variant {variant}");
            worstShare = Math.Max(worstShare, Math.Sqrt(CancellingInstances.ToDouble(sum)) / data.GramRounding);
        }
        TestContext.Out.WriteLine($"‖fl(G) − G‖_F / GramRounding ≤ {worstShare:E2}; largest |fl(G_ij) − G_ij| / (γ_d |G_ij|) = {worstRelativeToEntry:E2}");
        Assert.That(worstRelativeToEntry, Is.GreaterThan(1), "the inputs must make an error relative to |G_ij| fail");
    }

    [Test]
    public void InputNormBound_CoversTheExactNorms()
    {
        // ν ≥ max_i ‖x_i‖ (it enters R′, the flip threshold, τ and ν⁴): ν² against the exact Σ_k x_ik², on rows whose norm
        // is 1 up to rounding (the computed G_ii may fall below the exact one) and on the same rows scaled by 3 and 10⁻³.
        var random = new Xoshiro256StarStar(10);
        int belowUnwidened = 0;
        foreach (double scale in new[] { 1.0, 3.0, 1e-3 })
        {
            for (int variant = 0; variant < 4; variant++)
            {
                var x = CancellingInstances.Perturbed(Inputs(random) * scale, 4, random);
                var data = new DataAnalysis(Backend, x, Vector<double>.Build.Dense(x.RowCount));
                var exact = ExactGram(x);
                var bound = ExactRational.FromDouble(data.InputNormBound) * data.InputNormBound;
                for (int i = 0; i < x.RowCount; i++)
                {
                    Assert.That(exact[i, i], Is.LessThanOrEqualTo(bound), $"scale {scale}, variant {variant}, row {i}");
                    double unwidened = Math.Sqrt(data.InputGram[i, i]);
                    belowUnwidened += exact[i, i] > ExactRational.FromDouble(unwidened) * unwidened ? 1 : 0;
                }
            }
        }
        TestContext.Out.WriteLine($"{belowUnwidened} of 48 rows have ‖x_i‖ > √fl(G_ii)");
        Assert.That(belowUnwidened, Is.GreaterThan(0), "the rows must need the widening of ν by its rounding");
    }

    [Test]
    public void InfiniteWidthRounding_CoversTheExactKernel()
    {
        var random = new Xoshiro256StarStar(8);
        double worstArccosShare = 0, worstShare = 0;
        for (int variant = 0; variant < 4; variant++)
        {
            var x = Inputs(random);
            int n = x.RowCount, d = x.ColumnCount;
            var data = new DataAnalysis(Backend, x, Vector<double>.Build.Dense(n));
            var exact = ExactGram(x);
            double gamma = data.DotRounding, sumOfSquares = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    // H∞_ij = G_ij(π − arccos ρ)/(2π). Reference: ρ² and 1 − ρ² exact, then arccos ρ = atan2(√(1 − ρ²), ρ) in
                    // float64 (no cancellation left): each square root within 1.5ε relative, atan2 moves by ≤ ½ of their
                    // relative errors plus its own ≤ 2 ulp(π), π and the last three operations a few ε more — ≤ 5ε·√(G_ii G_jj)
                    // in all; 16ε·√(G_ii G_jj) is allowed. The diagonal G_ii/2 is exact.
                    double s = Math.Sqrt(CancellingInstances.ToDouble(exact[i, i] * exact[j, j]));
                    double reference, allowance;
                    if (i == j)
                    {
                        reference = CancellingInstances.ToDouble(exact[i, i] / ExactRational.FromDouble(2));
                        allowance = 2 * Spectral.MachineEpsilon * s;
                    }
                    else
                    {
                        var rho2 = exact[i, j] * exact[i, j] / (exact[i, i] * exact[j, j]);
                        double cosine = Math.Sign(exact[i, j].Sign) * Math.Sqrt(CancellingInstances.ToDouble(rho2));
                        double angle = Math.Atan2(Math.Sqrt(CancellingInstances.ToDouble(ExactRational.FromDouble(1) - rho2)), cosine);
                        reference = CancellingInstances.ToDouble(exact[i, j]) * (Math.PI - angle) / (2 * Math.PI);
                        allowance = 16 * Spectral.MachineEpsilon * s;
                    }
                    double error = Math.Abs(data.InfiniteWidthGram[i, j] - reference) + allowance;
                    sumOfSquares += error * error;
                    if (i != j)
                    {
                        // How much of the error only the arccos term of the bound explains (> 1: the γ terms alone fail).
                        worstArccosShare = Math.Max(worstArccosShare, error / (s * (1 + gamma) * (gamma / 2 + 2 * Spectral.MachineEpsilon)));
                    }
                }
            }
            // Both sides are sums of n² = 16 squares in float64: relative rounding ≤ 20ε, far inside the comparison.
            Assert.That(Math.Sqrt(sumOfSquares), Is.LessThanOrEqualTo(data.InfiniteWidthRounding), $"variant {variant}");
            worstShare = Math.Max(worstShare, Math.Sqrt(sumOfSquares) / data.InfiniteWidthRounding);
        }
        TestContext.Out.WriteLine($"(‖fl(H∞) − H∞‖_F + allowance) / bound ≤ {worstShare:E2}; largest |fl(H∞_ij) − H∞_ij| against the bound's γ terms alone: {worstArccosShare:E2}");
        Assert.That(worstArccosShare, Is.GreaterThan(1), "the near-parallel pair must need the arccos term");
    }

    /// <summary>n = 4 rows of d = 1000: three mixed-sign rows orthogonalised in float, the fourth the first moved by ≤ 3 ulps.</summary>
    private static Matrix<double> Inputs(Verify.Core.Xoshiro256StarStar random)
    {
        var x = CancellingInstances.MixedSignInputs(4, 1000, random);
        for (int j = 1; j < 3; j++)
        {
            var row = x.Row(j);
            for (int i = 0; i < j; i++)
            {
                row -= x.Row(i) * (x.Row(i) * row);
            }
            x.SetRow(j, row / row.L2Norm());
        }
        x.SetRow(3, CancellingInstances.Perturbed(x.SubMatrix(0, 1, 0, x.ColumnCount), 3, random).Row(0));
        return x;
    }

    private static ExactRational[,] ExactGram(Matrix<double> x) => CancellingInstances.PreActivations(x, x);
}

using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>
/// The deterministic heart of the Instance tier (README "One step", du2019.md §6.5), on real gradient-descent steps:
/// u(k+1) − u(k) = η(H(k) − H⊥(k))e(k) + I₂ with S_i⊥ as InitialAnalysis counts it, and every bound the chain puts
/// on the pieces (τ, h⊥, F, ν⁴, the per-step factor) against the measured quantities.
/// </summary>
public sealed class DecompositionIdentityTests
{
    /// <summary>The unit roundoff u = 2⁻⁵³ (half of Spectral.MachineEpsilon = 2⁻⁵²).</summary>
    private const double UnitRoundoff = Spectral.MachineEpsilon / 2;

    [Test]
    public void OneStepSplitsIntoFrozenAndFlippableNeurons_AndEveryChainBoundHolds()
    {
        // n = 3 nearly orthogonal unit inputs in d = 3, m = 40 000, η = 0.05: this draw is in scope (2μ − 2h⊥ − 2τ − ηn²ν⁴
        // ≈ 0.30 ≥ λ₀/2 ≈ 0.24; many draws need m ≈ 10⁵, see the README table), and 20 steps move a neuron by
        // ≈ 10⁻³ (≤ 20 η √n ‖e‖/√m), well inside R′ ≈ 2·10⁻² — yet far enough that a few flippable patterns do flip
        // (η = 0.01 flips none at this width; the identity is exercised on both kinds of neurons only if some flip).
        const int n = 3, d = 3, m = 40_000, steps = 20;
        const double eta = 0.05;
        var instance = ChainInstances.Draw(seed: 11, n, d, m, eta);
        var initial = instance.Initial;
        var g = instance.Data.InputGram;
        double nu = instance.Data.InputNormBound;
        Assert.That(initial.InstanceTierHoldsNumerically(eta), Is.True, "the instance must be in scope for the chain to close");
        Assert.That(initial.StepFactor, Is.LessThan(1 - eta * initial.Lambda0 / 2));

        var descent = new FirstLayerGradientDescent(ChainInstances.Backend, instance.X, instance.Y, instance.Network, eta);
        double[] z0 = [.. descent.PreActivations.AsColumnMajorArray()]; // Z(0): no step taken yet
        double threshold = initial.FlipThreshold;
        var flippable = new bool[n * m];
        var counts = new double[n];
        for (int r = 0; r < m; r++)
        {
            for (int i = 0; i < n; i++)
            {
                flippable[r * n + i] = Math.Abs(z0[r * n + i]) <= threshold;
                counts[i] += flippable[r * n + i] ? 1 : 0;
            }
        }
        // The same S_i⊥ as the analysis: Σ|S_i⊥|/(mn) is an exact ratio of integers below 2⁵³, computed the same way.
        Assert.That(counts.Sum() / ((double)m * n), Is.EqualTo(initial.FlippableFraction));
        Assert.That(counts.Min(), Is.GreaterThan(0), "every S_i⊥ must be non-empty, or I₂ and H⊥ are trivially 0");
        var pattern0 = PairCounts(z0, n, m);

        int totalFlips = 0;
        double worstIdentityError = 0, worstRelativeToTolerance = 0, farthest = 0;
        var worstShare = new double[6]; // measured / bound for ‖I₂‖, ‖H⊥‖₂, ‖H(k) − H(0)‖₂, μ/λ_min(H(k)), ‖Δu‖², the step ratio
        for (int k = 0; k < steps; k++)
        {
            double[] zk = [.. descent.PreActivations.AsColumnMajorArray()];
            double[] uk = descent.Predictions.ToArray();
            double[] wkNorms = RowNorms(descent.W);
            double lossK = descent.SquaredResidualNorm;
            // e = y − u(k): fl(y − u) = −fl(u − y), so this is exactly the residual the gradient used.
            var e = new double[n];
            for (int i = 0; i < n; i++)
            {
                e[i] = instance.Y[i] - uk[i];
            }

            descent.Step();

            double[] zk1 = [.. descent.PreActivations.AsColumnMajorArray()];
            double[] uk1 = descent.Predictions.ToArray();
            double[] wk1Norms = RowNorms(descent.W);
            double lossK1 = descent.SquaredResidualNorm;
            farthest = descent.MaxWeightDistance();
            Assert.That(farthest, Is.LessThanOrEqualTo(initial.RadiusPrime), $"w({k + 1}) left the R′-ball (Corollary 4.1)");

            // One pass over the neurons. Per input: the change summed neuron by neuron, split into r ∉ S_i⊥ (I₁) and
            // r ∈ S_i⊥ (I₂), with the scales of the rounding bounds; per pair: the counts behind H(k) and H⊥(k).
            var changeAll = new double[n];
            var flippablePart = new double[n];
            var weightScale = new double[n];
            var changeScale = new double[n];
            var sumScale = new double[n];
            var all = new double[n, n];
            var perpendicularCounts = new double[n, n];
            int frozenViolations = 0;
            double sqrtM = Math.Sqrt(m);
            for (int r = 0; r < m; r++)
            {
                double a = instance.Network.A[r];
                double weights = wkNorms[r] + wk1Norms[r];
                int column = r * n;
                for (int i = 0; i < n; i++)
                {
                    int at = column + i;
                    double before = Relu(zk[at]), after = Relu(zk1[at]);
                    double change = a * (after - before);
                    changeAll[i] += change;
                    changeScale[i] += Math.Abs(change);
                    sumScale[i] += before + after;
                    weightScale[i] += weights;
                    bool activeK = zk[at] >= 0;
                    if (flippable[at])
                    {
                        flippablePart[i] += change;
                    }
                    else
                    {
                        bool initialSign = z0[at] >= 0;
                        frozenViolations += activeK != initialSign || (zk1[at] >= 0) != initialSign ? 1 : 0;
                    }
                    totalFlips += activeK != (zk1[at] >= 0) ? 1 : 0;
                    if (activeK)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double both = zk[column + j] >= 0 ? 1 : 0;
                            all[i, j] += both;
                            perpendicularCounts[i, j] += flippable[at] ? both : 0;
                        }
                    }
                }
            }
            Assert.That(frozenViolations, Is.Zero, $"step {k}: a neuron outside S_i⊥ changed its pattern inside the R′-ball");

            // H(k), H⊥(k) and H(k) − H(0) from the exact integer counts: no cancellation in H − H⊥.
            var h = Matrix<double>.Build.Dense(n, n, (i, j) => g[i, j] * all[i, j] / m);
            var hPerp = Matrix<double>.Build.Dense(n, n, (i, j) => g[i, j] * perpendicularCounts[i, j] / m);
            var hChange = Matrix<double>.Build.Dense(n, n, (i, j) => g[i, j] * (all[i, j] - pattern0[i, j]) / m);

            var i2 = new double[n];
            var du = new double[n];
            double i2Norm2 = 0, du2 = 0;
            for (int i = 0; i < n; i++)
            {
                double predicted = 0, gradientScale = 0;
                for (int j = 0; j < n; j++)
                {
                    predicted += g[i, j] * (all[i, j] - perpendicularCounts[i, j]) / m * e[j];
                    gradientScale += Math.Sqrt(g[i, i] * g[j, j]) * Math.Abs(e[j]);
                }
                predicted *= eta;
                i2[i] = flippablePart[i] / sqrtM;
                double identityLeft = changeAll[i] / sqrtM;
                double identityRight = predicted + i2[i];

                // First-order rounding bound on |left − right|, in units of u = 2⁻⁵³:
                //  • each z_ir(k), z_ir(k+1) is a d-term dot product, |δz| ≤ d·u‖w_r‖‖x_i‖, and the update w ← w − ηg
                //    rounds each entry by ≤ u|w_new| + u|ηg|: together ≤ (d + 2)·u·(‖w_r(k)‖ + ‖w_r(k+1)‖)‖x_i‖ per neuron
                //    (σ is 1-Lipschitz), summed over r and divided by √m (‖x_i‖ ≤ ν);
                //  • summing the m differences a_r(σ(z(k+1)) − σ(z(k))) (each rounded once) and the division by √m:
                //    ≤ (m + 2)·u·Σ_r|change|/√m;
                //  • the gradient GEMM (n terms, times 1/√m), η·g, and the right side (G_ij rounded by d·u, one
                //    division by m, products with e_j and η, a sum of n terms): ≤ (2n + d + 5)·u·η Σ_j ‖x_i‖‖x_j‖|e_j|.
                // Doubled for second-order terms. The first term dominates: ≈ 10·u·2√m·E‖w‖ ≈ 10⁻¹², against
                // |Δu_i| ≈ 10⁻³–10⁻² — a relative ≈ 10⁻¹⁰: O(1) preactivations cancel into O(10⁻⁴) changes per neuron.
                double tolerance = 2 * UnitRoundoff * (
                    (d + 2) * weightScale[i] * nu / sqrtM
                    + (m + 2) * changeScale[i] / sqrtM
                    + (2 * n + d + 5) * eta * gradientScale);
                double error = Math.Abs(identityLeft - identityRight);
                Assert.That(error, Is.LessThanOrEqualTo(tolerance),
                    $"step {k}, input {i}: Σ_r change = {identityLeft:R} but η((H − H⊥)e)_i + I₂,i = {identityRight:R}");
                worstIdentityError = Math.Max(worstIdentityError, error / Math.Abs(identityLeft));
                worstRelativeToTolerance = Math.Max(worstRelativeToTolerance, error / tolerance);

                // The harness's own u(k+1) − u(k) (two m-term sums of σ(z)a/√m, each within (m + 2)·u·Σ_r|σ(z_ir)|/√m
                // of the exact sum of the same z, doubled for second order) against the neuron-by-neuron sum.
                du[i] = uk1[i] - uk[i];
                double summationTolerance = 2 * UnitRoundoff * (m + 2) * (sumScale[i] + changeScale[i]) / sqrtM;
                Assert.That(Math.Abs(du[i] - identityLeft), Is.LessThanOrEqualTo(summationTolerance),
                    $"step {k}, input {i}: u(k+1) − u(k) from the descent vs the neuron-by-neuron change");

                i2Norm2 += i2[i] * i2[i];
                du2 += du[i] * du[i];
            }

            // The bounds of the chain, compared plainly: each measured side carries a relative rounding of ~10⁻¹² at
            // most (above; the 3×3 eigen/singular values add ~n·ε), each bound is rounded outward by InitialAnalysis,
            // and the smallest margins (μ against λ_min(H(k)), the step ratio against its factor) are a few per cent.
            double eNorm = Math.Sqrt(lossK);
            double lambdaMin = Spectral.SmallestEigenvalue(ChainInstances.Backend, h);
            (double Measured, double Bound, string What)[] bounds =
            [
                (Math.Sqrt(i2Norm2), eta * initial.FlipTerm * eNorm, "‖I₂‖ ≤ ητ‖e‖"),
                (hPerp.L2Norm(), initial.PerpendicularNorm, "‖H⊥(k)‖₂ ≤ h⊥"),
                (hChange.L2Norm(), initial.FlipPerturbation, "‖H(k) − H(0)‖₂ ≤ F(R′)"),
                (initial.Mu, lambdaMin, "μ = λ_min(H(0)) − F ≤ λ_min(H(k))"),
                (du2, eta * eta * n * n * initial.NormFactor * lossK, "‖Δu‖² ≤ η²n²ν⁴‖e‖²"),
                (lossK1 / lossK, initial.StepFactor, "‖e(k+1)‖²/‖e(k)‖² ≤ 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴"),
            ];
            for (int b = 0; b < bounds.Length; b++)
            {
                Assert.That(bounds[b].Measured, Is.LessThanOrEqualTo(bounds[b].Bound), $"step {k}: {bounds[b].What}");
                worstShare[b] = Math.Max(worstShare[b], bounds[b].Measured / bounds[b].Bound);
            }
        }

        // The run must exercise I₂ with real flips.
        TestContext.Out.WriteLine($"worst relative identity error {worstIdentityError:E2}, worst error/tolerance {worstRelativeToTolerance:E2}, " +
            $"{totalFlips} pattern flips, max distance {farthest:E2} vs R′ = {initial.RadiusPrime:E2}; measured/bound: {string.Join(", ", worstShare.Select(x => x.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.That(totalFlips, Is.GreaterThan(0), "some flippable pattern must actually flip in these steps");
    }

    private static double Relu(double z) => z < 0 ? 0.0 : z;

    private static double[] RowNorms(Matrix<double> w)
    {
        int m = w.RowCount, d = w.ColumnCount;
        var values = w.AsColumnMajorArray();
        var norms = new double[m];
        for (int c = 0; c < d; c++)
        {
            for (int r = 0; r < m; r++)
            {
                norms[r] += values[c * m + r] * values[c * m + r];
            }
        }
        for (int r = 0; r < m; r++)
        {
            norms[r] = Math.Sqrt(norms[r]);
        }
        return norms;
    }

    /// <summary>#{r : 1{z_ir ≥ 0} 1{z_jr ≥ 0}}: the counts behind H = G ∘ (PPᵀ)/m, exact integers (m &lt; 2⁵³).</summary>
    private static double[,] PairCounts(double[] z, int n, int m)
    {
        var counts = new double[n, n];
        for (int r = 0; r < m; r++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    counts[i, j] += z[r * n + i] >= 0 && z[r * n + j] >= 0 ? 1 : 0;
                }
            }
        }
        return counts;
    }
}

using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>The links of the Instance-tier chain (README "The Instance tier"), each checked under its own premise.</summary>
internal enum ChainTerm
{
    /// <summary>max_r ‖w_r(k+1) − w_r(0)‖ ≤ R′, while ‖e(s)‖² ≤ (1 − ηλ₀/2)ˢ‖e(0)‖² held for s ≤ k (Corollary 4.1).</summary>
    Distance,

    /// <summary>max_i #{r : pattern of (i, r) changed} / |S_i⊥| ≤ 1, while W(k) is in the R′-ball.</summary>
    FlipCount,

    /// <summary>
    /// |z_ir(k) − z_ir(0)| ≤ R′ν &lt; |z_ir(0)| for r ∉ S_i⊥, while W(k) is in the R′-ball: max over r ∉ S_i⊥ of
    /// |z_ir(k) − z_ir(0)|/|z_ir(0)| ≤ 1, which keeps the pattern of (i, r) frozen (README "Which neurons can flip").
    /// </summary>
    ThresholdApproach,

    /// <summary>‖H(k) − H(0)‖₂ ≤ F(R′), while W(k) is in the R′-ball (Lemma 3.2, deterministic form).</summary>
    Perturbation,

    /// <summary>‖H⊥(k)‖₂ ≤ h⊥ (no premise: a bound on counts).</summary>
    Perpendicular,

    /// <summary>μ = λ_min(H(0)) − F(R′) ≤ λ_min(H(k)), while W(k) is in the R′-ball; ratio μ/λ_min(H(k)) when μ &gt; 0.</summary>
    LambdaMin,

    /// <summary>η(μ − h⊥)‖e‖² ≤ ⟨e, I₁⟩, while W(k), W(k+1) are in the R′-ball; ratio when μ − h⊥ &gt; 0.</summary>
    FrozenPart,

    /// <summary>‖I₂‖ ≤ ητ‖e(k)‖ (no premise: each flippable neuron moves z by at most η ν²√n‖e‖/√m).</summary>
    FlippablePart,

    /// <summary>‖u(k+1) − u(k)‖² ≤ η²n²ν⁴‖e(k)‖² (no premise).</summary>
    OutputStep,

    /// <summary>‖e(k+1)‖²/‖e(k)‖² ≤ 1 − 2η(μ − h⊥) + 2ητ + η²n²ν⁴, while W(k), W(k+1) are in the R′-ball.</summary>
    StepFactor,
}

/// <summary>
/// Runs real gradient descent on one instance and checks every link of the chain at every step where its premise holds
/// (measured ≤ bound. The measured sides carry a relative rounding ≲ 10⁻¹² — see DecompositionIdentityTests — and every
/// bound is rounded outward by InitialAnalysis; the flip links stay below 1 − 10⁻³ on every construction, so they are
/// compared plainly. Only ⟨e, I₁⟩ ≥ η(μ − h⊥)‖e‖² (no flips, e on the bottom eigenvector) and ‖I₂‖ ≤ ητ‖e‖ (n = 1)
/// can be tight to 10⁻¹², so they get their measured side's rounding bound.) Keeps the largest ratio per link.
/// </summary>
internal sealed class ChainTrace
{
    /// <summary>The unit roundoff u = 2⁻⁵³.</summary>
    private const double UnitRoundoff = Spectral.MachineEpsilon / 2;

    private static readonly int TermCount = Enum.GetValues<ChainTerm>().Length;

    private readonly double[] _max = new double[TermCount];
    private readonly int[] _checked = new int[TermCount];

    public double Max(ChainTerm term) => _max[(int)term];

    public int Checked(ChainTerm term) => _checked[(int)term];

    /// <summary>Analyses (X, y, W(0), a) at step size η, runs <paramref name="steps"/> steps and checks every link.</summary>
    public InitialAnalysis Run(Matrix<double> x, double[] y, TwoLayerReluNetwork network, double eta, int steps, string label)
    {
        var backend = ChainInstances.Backend;
        var data = new DataAnalysis(backend, x, Vector<double>.Build.DenseOfArray(y));
        var initial = new InitialAnalysis(backend, data, network.W, network.A, eta, delta: 0.1);
        int n = x.RowCount, d = x.ColumnCount, m = network.Width;
        double sqrtM = Math.Sqrt(m);
        var g = data.InputGram;
        double nu = data.InputNormBound, radius = initial.RadiusPrime, lambda = initial.Lambda0;
        var a = network.A;

        var descent = new FirstLayerGradientDescent(backend, x, y, network, eta);
        double[] z0 = [.. descent.PreActivations.AsColumnMajorArray()];
        var flippable = new bool[n * m];
        var counts = new double[n];
        for (int at = 0; at < n * m; at++)
        {
            flippable[at] = Math.Abs(z0[at]) <= initial.FlipThreshold;
            counts[at % n] += flippable[at] ? 1 : 0;
        }
        Assert.That(counts.Sum() / ((double)m * n), Is.EqualTo(initial.FlippableFraction), $"{label}: the same S_i⊥ as the analysis");
        var h0 = PatternGram(g, z0, n, m, null);

        double loss0 = descent.SquaredResidualNorm;
        bool rateHeld = 0 < eta * lambda && eta * lambda < 2;
        bool inBallK = true; // W(0) is the centre
        for (int k = 0; k < steps; k++)
        {
            double[] zk = [.. descent.PreActivations.AsColumnMajorArray()];
            double[] uk = descent.Predictions.ToArray();
            var weightsK = RowNorms(descent.W);
            double lossK = descent.SquaredResidualNorm, eNorm = Math.Sqrt(lossK);
            var e = new double[n];
            for (int i = 0; i < n; i++)
            {
                e[i] = y[i] - uk[i];
            }
            rateHeld &= lossK <= Math.Pow(1 - eta * lambda / 2, k) * loss0;

            descent.Step();
            double[] zk1 = [.. descent.PreActivations.AsColumnMajorArray()];
            double[] uk1 = descent.Predictions.ToArray();
            double distance = descent.MaxWeightDistance();
            bool inBallK1 = distance <= radius;
            if (rateHeld)
            {
                Record(ChainTerm.Distance, distance, radius, label, k);
            }

            // Per input: the change of σ(z)a/√m split into frozen (I₁) and flippable (I₂) neurons, summed neuron by neuron.
            // The rounding of each frozen sum, as DecompositionIdentityTests derives it (doubled for second order): the
            // d-term dot products z(k), z(k+1) and the update of w, ≤ (d + 2)u(‖w_r(k)‖ + ‖w_r(k+1)‖)ν per neuron, and the
            // m-term sum, ≤ (m + 2)u Σ_r |change|. Needed only where a link is tight to 10⁻¹²: ⟨e, I₁⟩ when no pattern flips,
            // ‖I₂‖ when n = 1 and every member of S⊥ moves a full step.
            var weightsK1 = RowNorms(descent.W);
            var frozen = new double[n];
            var frozenRounding = new double[n];
            var flip = new double[n];
            var flipRounding = new double[n];
            var flips = new double[n];
            for (int at = 0; at < n * m; at++)
            {
                int i = at % n, r = at / n;
                double change = a[r] * (Relu(zk1[at]) - Relu(zk[at])) / sqrtM;
                (flippable[at] ? ref flip[i] : ref frozen[i]) += change;
                (flippable[at] ? ref flipRounding[i] : ref frozenRounding[i]) += 2 * UnitRoundoff * ((d + 2) * (weightsK[r] + weightsK1[r]) * nu / sqrtM + (m + 2) * Math.Abs(change));
                flips[i] += (z0[at] >= 0) != (zk[at] >= 0) ? 1 : 0;
            }

            var hk = PatternGram(g, zk, n, m, null);
            var hPerp = PatternGram(g, zk, n, m, flippable);
            Record(ChainTerm.Perpendicular, hPerp.L2Norm(), initial.PerpendicularNorm, label, k);
            Record(ChainTerm.FlippablePart, Norm(flip), eta * initial.FlipTerm * eNorm + Norm(flipRounding), label, k);
            double du2 = Enumerable.Range(0, n).Sum(i => (uk1[i] - uk[i]) * (uk1[i] - uk[i]));
            Record(ChainTerm.OutputStep, du2, eta * eta * n * (double)n * initial.NormFactor * lossK, label, k);
            if (inBallK)
            {
                double approach = 0;
                for (int at = 0; at < n * m; at++)
                {
                    approach = flippable[at] ? approach : Math.Max(approach, Math.Abs(zk[at] - z0[at]) / Math.Abs(z0[at]));
                }
                Record(ChainTerm.ThresholdApproach, approach, 1, label, k);
                for (int i = 0; i < n; i++)
                {
                    Assert.That(flips[i], Is.LessThanOrEqualTo(counts[i]), $"{label}, step {k}: input {i} changed more patterns than |S_i⊥|");
                    if (counts[i] > 0)
                    {
                        Record(ChainTerm.FlipCount, flips[i], counts[i], label, k);
                    }
                }
                Record(ChainTerm.Perturbation, (hk - h0).L2Norm(), initial.FlipPerturbation, label, k);
                double lambdaMin = Spectral.SmallestEigenvalue(ChainInstances.Backend, hk);
                Assert.That(initial.Mu, Is.LessThanOrEqualTo(lambdaMin), $"{label}, step {k}: μ ≤ λ_min(H(k))");
                if (initial.Mu > 0)
                {
                    Record(ChainTerm.LambdaMin, initial.Mu, lambdaMin, label, k);
                }
            }
            if (inBallK && inBallK1)
            {
                double frozenInner = Enumerable.Range(0, n).Sum(i => e[i] * frozen[i]);
                double rounding = Enumerable.Range(0, n).Sum(i => Math.Abs(e[i]) * frozenRounding[i]);
                double lower = eta * (initial.Mu - initial.PerpendicularNorm) * lossK;
                Assert.That(lower, Is.LessThanOrEqualTo(frozenInner + rounding), $"{label}, step {k}: η(μ − h⊥)‖e‖² ≤ ⟨e, I₁⟩ (+ its rounding {rounding:E2})");
                if (lower > 0)
                {
                    Record(ChainTerm.FrozenPart, lower, frozenInner + rounding, label, k);
                }
                Record(ChainTerm.StepFactor, descent.SquaredResidualNorm / lossK, initial.StepFactor, label, k);
            }
            inBallK = inBallK1;
        }
        return initial;
    }

    /// <summary>One line per link: the largest measured/bound ratio and at how many (step, draw) points it was checked.</summary>
    public string Summary() => string.Join(Environment.NewLine, Enum.GetValues<ChainTerm>().Select(t =>
        $"  {t,-17} max ratio {Max(t).ToString("F6", CultureInfo.InvariantCulture)} over {Checked(t)} checks"));

    private void Record(ChainTerm term, double measured, double bound, string label, int step)
    {
        Assert.That(measured, Is.LessThanOrEqualTo(bound), $"{label}, step {step}: {term} measured {measured:R} > bound {bound:R}");
        _checked[(int)term]++;
        if (bound > 0)
        {
            _max[(int)term] = Math.Max(_max[(int)term], measured / bound);
        }
    }

    /// <summary>(G_ij #{r (∈ S_i⊥ when given) : z_ir ≥ 0, z_jr ≥ 0} / m)_ij from exact integer counts.</summary>
    private static Matrix<double> PatternGram(Matrix<double> g, double[] z, int n, int m, bool[]? only)
    {
        var counts = new double[n, n];
        for (int r = 0; r < m; r++)
        {
            for (int i = 0; i < n; i++)
            {
                if (z[r * n + i] < 0 || (only != null && !only[r * n + i]))
                {
                    continue;
                }
                for (int j = 0; j < n; j++)
                {
                    counts[i, j] += z[r * n + j] >= 0 ? 1 : 0;
                }
            }
        }
        return Matrix<double>.Build.Dense(n, n, (i, j) => g[i, j] * counts[i, j] / m);
    }

    private static double Relu(double z) => z < 0 ? 0.0 : z;

    private static double[] RowNorms(Matrix<double> w)
    {
        int m = w.RowCount;
        var values = w.AsColumnMajorArray();
        var norms = new double[m];
        for (int at = 0; at < values.Length; at++)
        {
            norms[at % m] += values[at] * values[at];
        }
        return [.. norms.Select(Math.Sqrt)];
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(t => t * t));
}

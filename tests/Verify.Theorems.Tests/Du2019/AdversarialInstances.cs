using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Theorems.Du2019;
using Verify.Training;

namespace Verify.Theorems.Tests.Du2019;

/// <summary>An instance built to make some links of the chain tight, with the number of steps that does it.</summary>
internal sealed record AdversarialInstance(Matrix<double> X, double[] Y, TwoLayerReluNetwork Network, double StepSize, int Steps, int PlannedFlippable);

/// <summary>
/// Instances that push the chain's bounds to equality (tests only; they ignore Du et al.'s random initialisation on
/// purpose). Every construction fixes the initial residual e(0) = y − u(0) = s·ε₀·(1, …, 1) first, so R′ and the flip
/// threshold R′ν = 4ν²√n‖e(0)‖/(√m λ₀) are known before the network is built and neurons can be placed around them.
/// </summary>
internal static class AdversarialInstances
{
    /// <summary>
    /// Flips: n ∈ {2, 3, 4} nearly parallel unit inputs (x_i ∝ v + 0.02ξ_i, |cos| ≈ 1 − 4·10⁻⁴), m ∈ {32, 64, 128}. All
    /// but four neurons are w_r = t_r v with a_r = −s, active on every input and pushed towards the kink by every step;
    /// t_r is spread over (1.05, 1.9)·ηn ε₀/√m, so no pattern flips in step 0 (‖I₂‖, ‖Δu‖, ‖H⊥‖ tight) and all flip
    /// within a few steps (flip count, F tight). Four neurons straddle the threshold at ±(1 ± 2%)·R′ν; the two inside
    /// are the only members of S_i⊥ that cannot flip. η n ∈ [0.5, 0.9]: near the largest step that keeps e(k) of one sign.
    /// </summary>
    public static AdversarialInstance Flips(ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        int n = 2 + random.Next(3), d = n + 1 + random.Next(3), m = 32 << random.Next(3);
        var v = Unit(Gaussian.Sample(1, d, random).Row(0));
        var noise = Gaussian.Sample(n, d, random);
        var x = Matrix<double>.Build.Dense(n, d, (i, k) => v[k] + 0.02 * noise[i, k]);
        x = x.NormalizeRows(2.0);
        double s = random.NextDouble() < 0.5 ? 1 : -1, e0 = 0.5 + random.NextDouble();
        double eta = (0.5 + 0.4 * random.NextDouble()) / n;
        double threshold = Threshold(x, n, m, e0);

        var w = Matrix<double>.Build.Dense(m, d);
        var a = new double[m];
        double step = eta * n * e0 / Math.Sqrt(m);
        (double T, double A)[] straddlers = [(threshold * 0.98, -s), (threshold * 1.02, s), (-threshold * 0.98, s), (-threshold * 1.02, -s)];
        for (int r = 0; r < m; r++)
        {
            (double t, a[r]) = r < straddlers.Length ? straddlers[r] : (step * (1.05 + 0.85 * random.NextDouble()), -s);
            w.SetRow(r, v * t);
        }
        return Finish(x, w, a, s, e0, eta, steps: 16, plannedFlippable: m - 2);
    }

    /// <summary>
    /// Distance: n = 1 (the only case where ‖∂L/∂w_r‖ ≤ √n‖e‖/√m and the geometric sum are tight together: parallel
    /// inputs would make λ₀ → 0). A of the m neurons are active and never reach the kink, so H(k) = h = A‖x‖²/m for all k
    /// and ‖e(k)‖ = (1 − ηh)ᵏ ε₀ exactly; A is the least with (1 − ηh)² ≤ 1 − ηλ₀/2 (the rate premise), plus 0.2%. Then
    /// max_r ‖w_r(K) − w_r(0)‖ → ε₀/(√m h), against R′ = 4ε₀ν/(√m λ₀): the ratio tends to λ₀/(4h) =
    /// ηλ₀/(4(1 − √(1 − ηλ₀/2))) ≈ 0.98 for η = ¼, 0.93 for η = 1 (the 2/x bound on 1/(1 − √(1 − x)) loosens).
    /// A quarter of the active neurons have a_r = −s and sit at z = R′ν(1 + δ), δ ∈ [10⁻³, 10⁻²] (just outside S_i⊥:
    /// they move ≈ 0.98 R′ν towards the kink, the threshold link's tight case) or at z = 0.99 R′ν (just inside, where
    /// they cannot flip either); the rest have a_r = s and z ∈ [1, 2] (&gt; R′ν for m ≥ 200) and move away from the kink.
    /// </summary>
    public static AdversarialInstance Distance(ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        int d = 1 + random.Next(4), m = 200 + random.Next(800);
        var x = Matrix<double>.Build.DenseOfRowVectors(Unit(Gaussian.Sample(1, d, random).Row(0)));
        double eta = new[] { 0.25, 0.5, 1.0 }[seed % 3];
        double s = random.NextDouble() < 0.5 ? 1 : -1, e0 = 0.5 + random.NextDouble();
        double lambda0 = Data(x).Lambda0;
        double threshold = Threshold(x, 1, m, e0);
        double least = (1 - Math.Sqrt(1 - eta * lambda0 / 2)) / eta;
        int active = (int)Math.Ceiling(m * least * 1.002), straddlers = active / 4;
        var w = Matrix<double>.Build.Dense(m, d);
        var a = new double[m];
        for (int r = 0; r < m; r++)
        {
            double t = 1 + random.NextDouble();
            (a[r], t) = r < straddlers ? (-s, threshold * (r % 2 == 0 ? 1 + 1e-3 + 9e-3 * random.NextDouble() : 0.99))
                : r < active ? (s, t)
                : (random.NextDouble() < 0.5 ? 1.0 : -1.0, -t);
            w.SetRow(r, x.Row(0) * t);
        }
        int steps = (int)Math.Ceiling(10 / (eta * least));
        return Finish(x, w, a, s, e0, eta, steps, plannedFlippable: straddlers / 2);
    }

    /// <summary>
    /// μ: nearly orthogonal inputs (the in-scope scenario's), Gaussian neurons redrawn until |z_ir| &gt; 3R′ν for all i
    /// (S_i⊥ empty, so F = h⊥ = τ = 0 and no pattern changes), and e(0) along the eigenvector of λ_min(H(0)); GD keeps it
    /// there (e(k+1) = (I − ηH(0))e(k) when no pattern changes), so ⟨e, H(k)e⟩ = λ_min‖e‖² and μ meets λ_min(H(k)) up
    /// to the rounding terms InitialAnalysis subtracts.
    /// </summary>
    public static AdversarialInstance Frozen(ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        int n = 2 + random.Next(3), d = n + random.Next(3), m = 64 << random.Next(3);
        var x = Du2019Theorem.NearlyOrthogonal(n, d, random);
        double e0 = 0.02;
        double threshold = Threshold(x, n, m, e0);
        var w = Matrix<double>.Build.Dense(m, d);
        for (int r = 0; r < m; r++)
        {
            Vector<double> row;
            do
            {
                row = Gaussian.Sample(1, d, random).Row(0);
            }
            while ((x * row).AbsoluteMinimum() <= 3 * threshold);
            w.SetRow(r, row);
        }
        var a = Enumerable.Range(0, m).Select(_ => random.NextDouble() < 0.5 ? 1.0 : -1.0).ToArray();
        var h0 = Gram.FiniteWidthReluNtk(ChainInstances.Backend, x * x.Transpose(), x * w.Transpose());
        var evd = h0.Evd(Symmetricity.Symmetric);
        var direction = evd.EigenVectors.Column(0); // eigenvalues ascending
        var network = new TwoLayerReluNetwork(w, a);
        var u0 = network.Predict(ChainInstances.Backend, x);
        var y = Enumerable.Range(0, n).Select(i => u0[i] + e0 * Math.Sqrt(n) * direction[i]).ToArray();
        double eta = 0.9 / evd.EigenValues[n - 1].Real;
        return new AdversarialInstance(x, y, network, eta, Steps: 20, PlannedFlippable: 0);
    }

    /// <summary>R′ν for ‖e(0)‖ = √n ε₀ (the analysis adds a relative ~10⁻¹² for rounding).</summary>
    private static double Threshold(Matrix<double> x, int n, int m, double e0)
    {
        var data = Data(x);
        double nu = data.InputNormBound;
        return 4 * nu * nu * n * e0 / (Math.Sqrt(m) * data.Lambda0);
    }

    private static DataAnalysis Data(Matrix<double> x) =>
        new(ChainInstances.Backend, x, Vector<double>.Build.Dense(x.RowCount));

    private static AdversarialInstance Finish(Matrix<double> x, Matrix<double> w, double[] a, double s, double e0, double eta, int steps, int plannedFlippable)
    {
        var network = new TwoLayerReluNetwork(w, a);
        var u0 = network.Predict(ChainInstances.Backend, x);
        var y = u0.Select(u => u + s * e0).ToArray();
        return new AdversarialInstance(x, y, network, eta, steps, plannedFlippable);
    }

    private static Vector<double> Unit(Vector<double> v) => v / v.L2Norm();
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// The two initialisation presets of spec §2, as mlp networks (widths [m, 1], ReLU, output scale κ; W₁ = Wᵀ is d×m,
/// W₂ = a is m×1): LeCun (κ = 1, W ~ N(0, 1/d), a ~ N(0, 1/m); scheme <c>lecun</c>) and NTK (κ = 1/√m, W ~ N(0, 1),
/// a = ±1; scheme <c>standard-sign-output</c>).
/// </summary>
internal enum RzPreset
{
    LeCun,
    Ntk,
}

/// <summary>The model of spec §2 and its kernels (spec §3): H = κ²(XXᵀ)∘(P diag(a²) Pᵀ), G = κ² S Sᵀ, and their expectations at initialisation.</summary>
internal static class RzModel
{
    public static string Name(RzPreset preset) => preset == RzPreset.LeCun ? "lecun" : "ntk";

    public static string Scheme(RzPreset preset) => preset == RzPreset.LeCun ? "lecun" : SchemeInit.StandardSignOutput;

    public static double Kappa(RzPreset preset, int m) => preset == RzPreset.LeCun ? 1.0 : 1 / Math.Sqrt(m);

    /// <summary>σ_w² of the preset (W's entries' variance).</summary>
    public static double WeightVariance(RzPreset preset, int d) => preset == RzPreset.LeCun ? 1.0 / d : 1.0;

    /// <summary>σ_a² of the preset (a's entries' second moment).</summary>
    public static double OutputVariance(RzPreset preset, int m) => preset == RzPreset.LeCun ? 1.0 / m : 1.0;

    public static FeedForwardNetwork Draw(RzPreset preset, int m, int d, ulong seed) =>
        FeedForwardNetwork.Initialize(new NetworkSpec([m, 1], ActivationSpec.Relu, Kappa(preset, m)), d, new SchemeInit(Scheme(preset), seed));

    /// <summary>Z = X W₁ (n×m), Zᵢᵣ = w_rᵀxᵢ.</summary>
    public static Matrix<double> PreActivations(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w1)
    {
        var z = Matrix<double>.Build.Dense(x.RowCount, w1.ColumnCount);
        backend.Gemm(false, false, 1.0, x, w1, 0.0, z);
        return z;
    }

    /// <summary>H = κ²(XXᵀ)∘(P diag(a²) Pᵀ), P = 1{Z ≥ 0}: the first layer's tangent kernel.</summary>
    public static Matrix<double> FirstLayerKernel(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w1, IReadOnlyList<double> a, double kappa)
    {
        var z = PreActivations(backend, x, w1);
        var p = z.Map(v => v >= 0 ? 1.0 : 0.0);
        var pa = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount, (i, r) => p[i, r] * a[r]);
        var outer = Matrix<double>.Build.Dense(x.RowCount, x.RowCount);
        backend.Gemm(false, true, 1.0, pa, pa, 0.0, outer);
        var gram = Matrix<double>.Build.Dense(x.RowCount, x.RowCount);
        backend.Gemm(false, true, 1.0, x, x, 0.0, gram);
        return kappa * kappa * gram.PointwiseMultiply(outer);
    }

    /// <summary>G = κ² S Sᵀ, S = σ(Z): the output layer's tangent kernel.</summary>
    public static Matrix<double> OutputKernel(ILinearAlgebraBackend backend, Matrix<double> x, Matrix<double> w1, double kappa)
    {
        var s = PreActivations(backend, x, w1).Map(v => Math.Max(v, 0));
        var g = Matrix<double>.Build.Dense(x.RowCount, x.RowCount);
        backend.Gemm(false, true, kappa * kappa, s, s, 0.0, g);
        return g;
    }

    public static Matrix<double> FirstLayerKernel(ILinearAlgebraBackend backend, Matrix<double> x, FeedForwardNetwork network) =>
        FirstLayerKernel(backend, x, network.Weight(1), network.Weight(2).Column(0).ToArray(), network.Spec.OutputScale);

    public static Matrix<double> OutputKernel(ILinearAlgebraBackend backend, Matrix<double> x, FeedForwardNetwork network) =>
        OutputKernel(backend, x, network.Weight(1), network.Spec.OutputScale);

    /// <summary>E H_ij = mκ²σ_a² · x_iᵀx_j (π − arccos ρ_ij)/(2π) (spec §3).</summary>
    public static Matrix<double> ExpectedFirstLayerKernel(Matrix<double> x, double scale) =>
        Expected(x, (dot, ni, nj, rho) => dot * (Math.PI - Math.Acos(rho)) / (2 * Math.PI), scale);

    /// <summary>E G_ij = mκ²σ_w² · ‖x_i‖‖x_j‖(√(1 − ρ²) + ρ(π − arccos ρ))/(2π) (spec §3, arc-cosine kernel of degree 1).</summary>
    public static Matrix<double> ExpectedOutputKernel(Matrix<double> x, double scale) =>
        Expected(x, (dot, ni, nj, rho) => ni * nj * (Math.Sqrt(Math.Max(0, 1 - rho * rho)) + rho * (Math.PI - Math.Acos(rho))) / (2 * Math.PI), scale);

    private static Matrix<double> Expected(Matrix<double> x, Func<double, double, double, double, double> entry, double scale)
    {
        int n = x.RowCount;
        var norms = Enumerable.Range(0, n).Select(i => x.Row(i).L2Norm()).ToArray();
        return Matrix<double>.Build.Dense(n, n, (i, j) =>
        {
            double dot = x.Row(i).DotProduct(x.Row(j));
            double rho = i == j ? 1 : Math.Clamp(dot / (norms[i] * norms[j]), -1, 1); // ρ_ii = 1 exactly: arccos amplifies its rounding near 1
            return scale * entry(dot, norms[i], norms[j], rho);
        });
    }

    /// <summary>The largest eigenvalue of a symmetric matrix (LAPACK, an estimate).</summary>
    public static double Largest(ILinearAlgebraBackend backend, Matrix<double> a) => backend.SymmetricEigenvalues(a).Max();

    /// <summary>The smallest eigenvalue of a symmetric matrix (LAPACK, an estimate).</summary>
    public static double Smallest(ILinearAlgebraBackend backend, Matrix<double> a) => backend.SymmetricEigenvalues(a).Min();

    /// <summary>The unit eigenvector of the smallest eigenvalue of K, scaled to ‖y‖ = √n: the adversarial labels of spec §5 (b).</summary>
    public static Matrix<double> AdversarialLabels(ILinearAlgebraBackend backend, Matrix<double> k)
    {
        var eigen = backend.SymmetricEigen(k);
        int bottom = Array.IndexOf(eigen.Values, eigen.Values.Min());
        var v = eigen.Vectors.Column(bottom);
        return Matrix<double>.Build.Dense(k.RowCount, 1, (v * (Math.Sqrt(k.RowCount) / v.L2Norm())).ToArray());
    }

    /// <summary>The output weights a as a vector (W₂'s column).</summary>
    public static double[] OutputWeights(FeedForwardNetwork network) => network.Weight(2).Column(0).ToArray();

    /// <summary>Null when the setup is the paper's model: depth 2, ReLU, widths [m, 1], both layers trained (any two rates).</summary>
    public static string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth != 2)
        {
            reasons.Add($"it has {network.Depth} weight layers, the paper's model two (one hidden layer) [V]");
        }
        else if (network.OutputWidth != 1)
        {
            reasons.Add($"its output has {network.OutputWidth} units, the paper's model one (scalar regression) [V]");
        }
        var activation = Activation.Of(network.Activation);
        if (!ReluModel.IsRelu(activation.Properties))
        {
            reasons.Add($"its activation is not ReLU [V]: {ReluModel.Describe(activation)}");
        }
        if (training.StepSizes.Count == 2 && !(training.StepSizes[0] > 0 && training.StepSizes[1] > 0))
        {
            reasons.Add("a layer is frozen (step size 0): the paper trains both layers, each at its own rate [V]");
        }
        return reasons.Count == 0 ? null : "Razborov 2022 covers depth-2 ReLU networks f(x) = κ Σ_r a_r σ(w_rᵀx) with both layers trained; " + string.Join("; ", reasons);
    }
}

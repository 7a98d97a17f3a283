using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The kernel (infinite-width) regime the proof compares training with: gradient descent on the model linearised at
/// H∞, u_lin(k + 1) = u_lin(k) + ηH∞(y − u_lin(k)), whose residual is y − u_lin(k) = (I − ηH∞)ᵏ(y − u(0)). With
/// H∞ = QΛQᵀ and c = Qᵀ(y − u(0)), ‖y − u_lin(k)‖² = Σ_j (1 − ηλ_j)^{2k} c_j², so any k costs O(n) after one
/// eigendecomposition; the terms are summed in logarithms so that neither a fast decay nor a divergence (|1 − ηλ_j| &gt; 1)
/// underflows or overflows before the sum.
/// </summary>
internal sealed class KernelRegime
{
    private readonly double[] _logFactors;
    private readonly double[] _logWeights;

    /// <param name="spectrum">H∞'s eigendecomposition.</param>
    /// <param name="initialResidual">y − u(0).</param>
    /// <param name="stepSize">η.</param>
    public KernelRegime(SymmetricEigenDecomposition spectrum, Vector<double> initialResidual, double stepSize)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var coefficients = spectrum.Vectors.TransposeThisAndMultiply(initialResidual);
        _logFactors = [.. spectrum.Values.Select(lambda => 2 * Math.Log(Math.Abs(1 - stepSize * lambda)))];
        _logWeights = [.. coefficients.Select(c => 2 * Math.Log(Math.Abs(c)))];
    }

    /// <summary>‖(I − ηH∞)ᵏ(y − u(0))‖²: the linearised model's loss after k steps.</summary>
    public double SquaredResidual(int k)
    {
        double largest = double.NegativeInfinity;
        var logTerms = new double[_logFactors.Length];
        for (int j = 0; j < logTerms.Length; j++)
        {
            // a zero coefficient (log weight −∞) contributes 0 even when its factor is 0 (log −∞) or k = 0
            logTerms[j] = double.IsNegativeInfinity(_logWeights[j]) ? double.NegativeInfinity : _logWeights[j] + (k == 0 ? 0 : k * _logFactors[j]);
            largest = Math.Max(largest, logTerms[j]);
        }
        if (double.IsNegativeInfinity(largest))
        {
            return 0;
        }
        return Math.Exp(largest) * logTerms.Sum(t => Math.Exp(t - largest));
    }

    /// <summary>Said under the trained loss: what the kernel-regime curve is.</summary>
    public const string LossNote = "The kernel regime is gradient descent on the model linearised at H∞ (the infinite-width limit), "
        + "from the same u(0) and with the same η: a trained loss close to it is training in the kernel regime. It decides nothing.";


    /// <summary>The linearised loss at steps 0 … <paramref name="lastStep"/>, named for a legend.</summary>
    public Series LossSeries(int lastStep)
    {
        var steps = Enumerable.Range(0, lastStep + 1).ToList();
        return Series.Of("kernel regime ‖(I − ηH∞)ᵏ(y − u(0))‖²", [.. steps.Select(k => (double)k)], [.. steps.Select(SquaredResidual)]) with { Reference = true };
    }

    /// <summary>H∞'s eigenvalues in ascending order against their rank j = 1 … n, on a log axis, with the lower end of λ₀'s enclosure marked.</summary>
    public static Figure SpectrumFigure(IReadOnlyList<double> eigenvalues, double lambda0)
    {
        var rank = Enumerable.Range(1, eigenvalues.Count).Select(j => (double)j).ToList();
        return new Figure("Eigenvalues of H∞ (the infinite-width NTK)", "rank j (ascending)", "λ_j(H∞)", LogY: true,
        [
            Series.Of("λ_j(H∞)", rank, eigenvalues),
            Series.Constant("λ₀ (lower end of its enclosure)", lambda0, 1, Math.Max(2, eigenvalues.Count)),
        ])
        {
            Note = $"The smallest eigenvalue λ₀ sets the theorem's rate 1 − ηλ₀/2; the largest, λ_max = {NumberFormat.Text(eigenvalues.DefaultIfEmpty(double.NaN).Max())}, "
                + $"limits the step size: the kernel regime diverges for η > 2/λ_max = {NumberFormat.Text(2 / eigenvalues.DefaultIfEmpty(double.NaN).Max())}.",
        };
    }
}

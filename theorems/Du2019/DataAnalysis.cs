using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;

namespace Verify.Theorems.Du2019;

/// <summary>
/// What Du et al. 2019 assume of the data alone, measured: norms, the most parallel pair, the label
/// bound and λ₀ = λ_min(H∞) with its error bound. H∞ comes from the arc-cosine closed form on XXᵀ.
/// </summary>
internal sealed class DataAnalysis
{
    public DataAnalysis(ILinearAlgebraBackend backend, Matrix<double> inputs, Vector<double> labels)
    {
        Inputs = inputs;
        Labels = labels;
        InputGram = Gram.InputGram(backend, inputs);
        InfiniteWidthGram = Gram.InfiniteWidthReluNtk(InputGram);
        GramIsFinite = InputGram.AsColumnMajorArray().All(double.IsFinite);
        if (GramIsFinite)
        {
            Lambda0Estimate = Spectral.SmallestEigenvalue(backend, InfiniteWidthGram);
            InfiniteWidthRounding = NtkRounding.InfiniteWidthFrobeniusBound(InputGram, D);
            Lambda0Error = Spectral.EigenvalueErrorBound(N, Spectral.SymmetricNorm2(backend, InfiniteWidthGram)) + InfiniteWidthRounding;
        }
        else
        {
            // Finite inputs whose squared norms overflow: nothing spectral can be computed; every check that needs
            // λ₀ then fails as non-finite, and the instance-level analysis is not run (Du2019Instance).
            (Lambda0Estimate, InfiniteWidthRounding, Lambda0Error) = (double.NaN, double.NaN, double.NaN);
        }
        double gamma = DotRounding;
        GramRounding = gamma * InputGram.Trace() * (1 + gamma);
        (MaxAbsCosine, ParallelPair) = MostParallelPair(InputGram);
        MaxNormDeviation = Enumerable.Range(0, N).Max(i => Math.Abs(Math.Sqrt(InputGram[i, i]) - 1));
        MaxAbsLabel = labels.Count == 0 ? 0 : labels.AbsoluteMaximum();
        InputNormBound = Enumerable.Range(0, N).Select(i => Math.Sqrt(Math.Max(InputGram[i, i], 0))).DefaultIfEmpty(0).Max() * (1 + 2 * gamma);
    }

    public Matrix<double> Inputs { get; }

    public Vector<double> Labels { get; }

    public int N => Inputs.RowCount;

    public int D => Inputs.ColumnCount;

    /// <summary>Whether XXᵀ is finite in float64 (it is not when an input's squared norm overflows, ‖x_i‖ ≳ 1.3e154).</summary>
    public bool GramIsFinite { get; }

    /// <summary>The note of every check that cannot be evaluated because XXᵀ is not finite.</summary>
    public const string GramOverflowNote = "XXᵀ overflows float64 (an input norm above ~1.3e154): not computable";

    /// <summary>XXᵀ.</summary>
    public Matrix<double> InputGram { get; }

    /// <summary>H∞_ij = x_iᵀx_j (π − arccos ρ_ij) / (2π).</summary>
    public Matrix<double> InfiniteWidthGram { get; }

    /// <summary>The computed λ_min(H∞).</summary>
    public double Lambda0Estimate { get; }

    /// <summary>‖Ĥ∞ − H∞‖_F bound from rounding in XXᵀ and the arc-cosine formula (<see cref="NtkRounding"/>).</summary>
    public double InfiniteWidthRounding { get; }

    /// <summary>
    /// ‖(γ_d √(G_ii G_jj))_ij‖_F = γ_d trace(G), γ_d = (d + 2)ε: bounds the effect of the rounding of XXᵀ on any
    /// matrix G ∘ M with |M_ij| ≤ 1, such as H(W).
    /// </summary>
    public double GramRounding { get; }

    /// <summary>An a-priori bound on |computed − exact| for λ₀ (backward-stable eigensolver plus <see cref="InfiniteWidthRounding"/>).</summary>
    public double Lambda0Error { get; }

    /// <summary>A certified lower bound of λ₀: every bound that needs λ₀ uses this, so it errs on the safe side.</summary>
    public double Lambda0 => Lambda0Estimate - Lambda0Error;

    public double MaxAbsCosine { get; }

    /// <summary>The (0-based) pair of inputs attaining <see cref="MaxAbsCosine"/>, or null with fewer than two inputs.</summary>
    public (int I, int J)? ParallelPair { get; }

    public double MaxNormDeviation { get; }

    /// <summary>
    /// ν ≥ max_i ‖x_i‖, rounded up. The proof's bounds on gradients, flips and output changes scale with ‖x_i‖
    /// (ν, ν² and ν⁴ below); the unit-norm tolerance would otherwise leak into the chain.
    /// </summary>
    public double InputNormBound { get; }

    /// <summary>γ_d = (d + 2)ε: the relative rounding bound of a d-term dot product (with the square roots).</summary>
    public double DotRounding => (D + 2) * Spectral.MachineEpsilon;

    public double MaxAbsLabel { get; }

    private static (double, (int, int)?) MostParallelPair(Matrix<double> gram)
    {
        int n = gram.RowCount;
        double best = 0;
        (int, int)? pair = null;
        for (int j = 0; j < n; j++)
        {
            for (int i = j + 1; i < n; i++)
            {
                double scale = Math.Sqrt(gram[i, i] * gram[j, j]);
                // A zero input is parallel to everything (cos undefined): count it as |cos| = 1.
                double cosine = scale > 0 ? Math.Abs(gram[i, j]) / scale : 1.0;
                if (pair is null || cosine > best)
                {
                    best = cosine;
                    pair = (j, i);
                }
            }
        }
        return (best, pair);
    }
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;

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
            InfiniteWidthRounding = NtkRounding.InfiniteWidthFrobeniusBound(InputGram, D);
            var lambda0 = DataHypotheses.SmallestEigenvalue(backend, InfiniteWidthGram, InfiniteWidthRounding);
            (Lambda0Estimate, Lambda0Error) = (lambda0.Value, lambda0.ErrorBound);
        }
        else
        {
            // Finite inputs whose squared norms overflow: nothing spectral can be computed; every check that needs
            // λ₀ then fails as non-finite, and the instance-level analysis is not run (Du2019Instance).
            (Lambda0Estimate, InfiniteWidthRounding, Lambda0Error) = (double.NaN, double.NaN, double.NaN);
        }
        double gamma = DotRounding;
        GramRounding = gamma * InputGram.Trace() * (1 + gamma);
        Parallel = DataHypotheses.MeasureParallelPair(InputGram);
        Norms = DataHypotheses.MeasureUnitNorm(InputGram);
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

    /// <summary>
    /// The lower bound of λ₀ every bound uses: the estimate minus its a-priori error bound (an assumed eigensolver error,
    /// not a proven enclosure — not certified; see Verify.Numerics.VerifiedBounds for the proven kind).
    /// </summary>
    public double Lambda0 => Lambda0Estimate - Lambda0Error;

    /// <summary>The most parallel pair of inputs and the zero inputs (<see cref="DataHypotheses.MeasureParallelPair"/>).</summary>
    public ParallelPair Parallel { get; }

    public double MaxAbsCosine => Parallel.MaxAbsCosine;

    /// <summary>max_i |‖x_i‖ − 1| with the worst input and the zero inputs (<see cref="DataHypotheses.MeasureUnitNorm"/>).</summary>
    public NormDeviation Norms { get; }

    public double MaxNormDeviation => Norms.MaxDeviation;

    /// <summary>
    /// ν ≥ max_i ‖x_i‖, rounded up. The proof's bounds on gradients, flips and output changes scale with ‖x_i‖
    /// (ν, ν² and ν⁴ below); the unit-norm tolerance would otherwise leak into the chain.
    /// </summary>
    public double InputNormBound { get; }

    /// <summary>γ_d = (d + 2)ε: the relative rounding bound of a d-term dot product (with the square roots).</summary>
    public double DotRounding => (D + 2) * Spectral.MachineEpsilon;

    public double MaxAbsLabel { get; }
}

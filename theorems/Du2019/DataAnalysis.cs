using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using Verify.Theorems.Common;

namespace Verify.Theorems.Du2019;

/// <summary>
/// What Du et al. 2019 assume of the data alone, measured: norms, the most parallel pair, the label
/// bound and an enclosure of λ₀ = λ_min(H∞). H∞ comes from the arc-cosine closed form on XXᵀ.
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
            Lambda0Enclosure = DataHypotheses.ExactlySingularKernelReason(inputs) is string singular
                ? Enclosure.Exact(0) with { Note = singular }
                : VerifiedBounds.SmallestEigenvalueEnclosure(backend, InfiniteWidthGram).Widen(InfiniteWidthRounding, "assembly of H∞ from X, arccos taken as accurate to 1 ulp");
            GramRounding = NtkRounding.FiniteWidthFrobeniusBound(InputGram, D);
        }
        else
        {
            // Finite inputs whose squared norms overflow: nothing spectral can be computed; every check that needs
            // λ₀ is then undecided, and the instance-level analysis is not run (Du2019Instance).
            Lambda0Enclosure = new Enclosure(double.NegativeInfinity, double.PositiveInfinity, GramOverflowNote);
            (InfiniteWidthRounding, GramRounding) = (double.NaN, double.NaN);
        }
        double gamma = DotRounding;
        Parallel = DataHypotheses.MeasureParallelPair(InputGram);
        Norms = DataHypotheses.MeasureUnitNorm(InputGram);
        MaxAbsLabel = labels.Count == 0 ? 0 : labels.AbsoluteMaximum();
        double largestNorm = Enumerable.Range(0, N).Select(i => Math.Sqrt(Math.Max(InputGram[i, i], 0))).DefaultIfEmpty(0).Max();
        InputNormBound = largestNorm * (1 + 2 * gamma);
        InputNormLower = largestNorm * (1 - 2 * gamma);
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

    /// <summary>
    /// An enclosure of λ₀ = λ_min(H∞) for the exact data, proven given arccos accurate to 1 ulp (glibc's documented bound): <see cref="VerifiedBounds.SmallestEigenvalueEnclosure"/>
    /// of the computed Ĥ∞, widened by <see cref="InfiniteWidthRounding"/> (Weyl). Infinite ends when XXᵀ overflows.
    /// </summary>
    public Enclosure Lambda0Enclosure { get; }

    /// <summary>The middle of <see cref="Lambda0Enclosure"/>: the value λ₀ is shown as (NaN when an end is missing).</summary>
    public double Lambda0Estimate => Lambda0Enclosure.IsBounded ? Lambda0Enclosure.Lower / 2 + Lambda0Enclosure.Upper / 2 : double.NaN;

    /// <summary>‖Ĥ∞ − H∞‖_F bound from rounding in XXᵀ and the arc-cosine formula (<see cref="NtkRounding"/>).</summary>
    public double InfiniteWidthRounding { get; }

    /// <summary>‖Ĥ(W) − H(W)‖_F for the NTK at any weights, from the rounding of XXᵀ (<see cref="NtkRounding.FiniteWidthFrobeniusBound"/>).</summary>
    public double GramRounding { get; }

    /// <summary>The lower end of <see cref="Lambda0Enclosure"/>: pessimistic where a larger λ₀ helps.</summary>
    public double Lambda0 => Lambda0Enclosure.Lower;

    /// <summary>The upper end of <see cref="Lambda0Enclosure"/>: pessimistic where a smaller λ₀ helps.</summary>
    public double Lambda0Upper => Lambda0Enclosure.Upper;

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

    /// <summary>A lower bound on max_i ‖x_i‖ (the computed one less the rounding of XXᵀ's diagonal and the square root).</summary>
    public double InputNormLower { get; }

    /// <summary>γ_d = (d + 2)ε: the relative rounding bound of a d-term dot product (with the square roots).</summary>
    public double DotRounding => (D + 2) * Spectral.MachineEpsilon;

    public double MaxAbsLabel { get; }
}

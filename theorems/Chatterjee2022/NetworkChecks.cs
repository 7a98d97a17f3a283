using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>The network theorem's setting (spec §5): data of full row rank, the activation's proven properties, the positive initialisation.</summary>
internal static class NetworkChecks
{
    /// <summary>tG ≤ λ_min(XXᵀ), certified: (σ_min lower end)² of X when n ≤ d; 0 when n &gt; d (rank X ≤ d &lt; n).</summary>
    public static Enclosure Gram(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        if (x.RowCount > x.ColumnCount)
        {
            return new Enclosure(0, 0, $"rank X ≤ d = {x.ColumnCount} < n = {x.RowCount}");
        }
        var sigma = VerifiedBounds.SmallestSingularValueEnclosure(backend, x);
        return new Enclosure(DirectedRounding.MulDown(sigma.Lower, sigma.Lower), DirectedRounding.MulUp(sigma.Upper, sigma.Upper), sigma.Note);
    }

    public static Evidence FullRank(Enclosure gram, int n, int d)
    {
        if (n > d)
        {
            return Evidence.Decided(0, Relation.Greater, 0, Verdict.Fail, $"d = {d} < n = {n}: rank X ≤ {d} < n, so XXᵀ is singular and the inputs are linearly dependent");
        }
        string note = $"λ_min(XXᵀ) ∈ [{NumberFormat.Text(gram.Lower)}, {NumberFormat.Text(gram.Upper)}], the square of a certified enclosure of σ_min(X); n = {n}, d = {d}";
        return gram.Lower > 0 ? Evidence.Decided(gram.Lower, Relation.Greater, 0, Verdict.Pass, $"{note}: rank X = n, certified")
            : gram.Upper <= 0 ? Evidence.Decided(gram.Upper, Relation.Greater, 0, Verdict.Fail, $"{note}: rank X < n")
            : Evidence.Inconclusive(gram.Lower, Relation.Greater, 0, $"{note}: the enclosure contains 0, rank not decided");
    }

    public static Evidence SmoothIncreasing(Activation activation)
    {
        var missing = ActivationIntervals.Missing(activation);
        return Evidence.Decided(activation.Properties.InfDerivative, Relation.GreaterOrEqual, 0, missing.Count == 0 ? Verdict.Pass : Verdict.Fail,
            missing.Count == 0 ? $"{activation}: C², strictly increasing, σ′ quasi-concave (proven properties)" : $"{activation} is not {string.Join(", ", missing)} (proven properties)");
    }

    /// <summary>W₁ = 0, every entry of W₂ … W_L &gt; 0, output scale &gt; 0; value = the smallest entry of W₂ … W_L (times the sign of s).</summary>
    public static Evidence PositiveInit(FeedForwardNetwork network)
    {
        bool firstZero = network.Weight(1).Enumerate().All(v => v == 0);
        double smallest = Enumerable.Range(2, network.Depth - 1).SelectMany(l => network.Weight(l).Enumerate()).DefaultIfEmpty(double.NaN).Min();
        double scale = network.Spec.OutputScale;
        bool holds = firstZero && smallest > 0 && scale > 0;
        string note = $"W₁ {(firstZero ? "= 0" : "≠ 0")}; min entry of W₂ … W_L = {NumberFormat.Text(smallest)}; output scale λ = {NumberFormat.Text(scale)}";
        return Evidence.Decided(smallest, Relation.Greater, 0, holds ? Verdict.Pass : Verdict.Fail, holds ? note : $"{note}: not the paper's initialisation");
    }
}

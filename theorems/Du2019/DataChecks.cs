using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Du2019;

/// <summary>The Data tier of Du et al. 2019 as evidence, from a <see cref="DataAnalysis"/> (through the module kit, <see cref="DataHypotheses"/>).</summary>
internal static class DataChecks
{
    public static Evidence UnitNorm(DataAnalysis data) =>
        DataHypotheses.UnitNorm(data.Norms, Du2019Checks.UnitNormTolerance, "inputs are used as given, never normalised");

    public static Evidence LabelsBounded(DataAnalysis data, double c) =>
        Evidence.Compare(data.MaxAbsLabel, Relation.LessOrEqual, c, $"C = {Format(c)}");

    public static Evidence NonParallel(DataAnalysis data) =>
        DataHypotheses.NonParallel(data.Parallel, Du2019Checks.ParallelTolerance, data.GramIsFinite ? null : DataAnalysis.GramOverflowNote);

    /// <summary>As a hypothesis: λ₀ must exceed its error bound, otherwise positivity is not established.</summary>
    public static Evidence Lambda0Positive(DataAnalysis data) =>
        DataHypotheses.KernelPositive(data.Lambda0Estimate, data.Lambda0Error, data.GramIsFinite
            ? $"bound = eigenvalue error bound; λ₀ ≈ {Format(data.Lambda0Estimate)} (a duplicated or zero input makes λ₀ = 0 exactly)"
            : DataAnalysis.GramOverflowNote);

    /// <summary>
    /// As a conclusion (Theorem 3.1): Pass when λ₀ exceeds its error bound, Fail when even λ₀ + error ≤ 0,
    /// Inconclusive in between (the eigensolver cannot tell λ₀ from 0 there).
    /// </summary>
    public static Evidence Lambda0PositiveConclusion(DataAnalysis data) =>
        DataHypotheses.KernelPositiveDecided(data.Lambda0Estimate, data.Lambda0Error,
            data.GramIsFinite ? "bound = eigenvalue error bound" : DataAnalysis.GramOverflowNote);

    public static string Format(double value) => DataHypotheses.Format(value);
}

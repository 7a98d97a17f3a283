using Verify.Core;
using Verify.Theorems.Common;

namespace Verify.Theorems.Du2019;

/// <summary>The Data tier of Du et al. 2019 as evidence, from a <see cref="DataAnalysis"/> (through the module kit, <see cref="DataHypotheses"/>).</summary>
internal static class DataChecks
{
    public static Evidence UnitNorm(DataAnalysis data) =>
        DataHypotheses.UnitNorm(data.Norms, Du2019Checks.UnitNormTolerance, "inputs are used as given, never normalised");

    public static Evidence LabelsBounded(DataAnalysis data, double c) =>
        Evidence.Compare(data.MaxAbsLabel, Relation.LessOrEqual, c, $"C = {NumberFormat.Text(c)}");

    public static Evidence NonParallel(DataAnalysis data) =>
        DataHypotheses.NonParallel(data.Parallel, Du2019Checks.ParallelTolerance, data.GramIsFinite ? null : DataAnalysis.GramOverflowNote);

    /// <summary>
    /// λ₀ &gt; 0, as a hypothesis and as Theorem 3.1's conclusion: Pass when the certified enclosure of λ₀ lies above 0,
    /// Fail when it lies at or below 0, Inconclusive when it contains 0 (a duplicated or zero input makes λ₀ = 0 exactly).
    /// </summary>
    public static Evidence Lambda0Positive(DataAnalysis data) =>
        DataHypotheses.KernelPositive(data.Lambda0Enclosure, data.GramIsFinite ? null : DataAnalysis.GramOverflowNote);

}

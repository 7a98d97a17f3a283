using System.Globalization;
using Verify.Core;

namespace Verify.Theorems.Du2019;

/// <summary>The Data tier of Du et al. 2019 as evidence, from a <see cref="DataAnalysis"/>.</summary>
internal static class DataChecks
{
    public static Evidence UnitNorm(DataAnalysis data) =>
        Evidence.Compare(data.MaxNormDeviation, Relation.LessOrEqual, Du2019Checks.UnitNormTolerance,
            "inputs are used as given, never normalised");

    public static Evidence LabelsBounded(DataAnalysis data, double c) =>
        Evidence.Compare(data.MaxAbsLabel, Relation.LessOrEqual, c, $"C = {Format(c)}");

    public static Evidence NonParallel(DataAnalysis data)
    {
        string note = !data.GramIsFinite ? DataAnalysis.GramOverflowNote
            : data.ParallelPair is (int i, int j)
            ? $"most parallel pair: inputs {i + 1} and {j + 1} (1-based), |cos| = {Format(data.MaxAbsCosine)}"
            : "fewer than two inputs";
        return Evidence.Compare(data.MaxAbsCosine, Relation.Less, 1 - Du2019Checks.ParallelTolerance, note);
    }

    /// <summary>As a hypothesis: λ₀ must exceed its error bound, otherwise positivity is not established.</summary>
    public static Evidence Lambda0Positive(DataAnalysis data) =>
        Evidence.Compare(data.Lambda0Estimate, Relation.Greater, data.Lambda0Error, data.GramIsFinite
            ? $"bound = eigenvalue error bound; λ₀ ≈ {Format(data.Lambda0Estimate)} (a duplicated or zero input makes λ₀ = 0 exactly)"
            : DataAnalysis.GramOverflowNote);

    /// <summary>
    /// As a conclusion (Theorem 3.1): Pass when λ₀ exceeds its error bound, Fail when even λ₀ + error ≤ 0,
    /// Inconclusive in between (the eigensolver cannot tell λ₀ from 0 there).
    /// </summary>
    public static Evidence Lambda0PositiveConclusion(DataAnalysis data)
    {
        double estimate = data.Lambda0Estimate;
        double error = data.Lambda0Error;
        if (estimate > error || estimate + error <= 0 || !double.IsFinite(estimate))
        {
            return Evidence.Compare(estimate, Relation.Greater, error, data.GramIsFinite ? "bound = eigenvalue error bound" : DataAnalysis.GramOverflowNote);
        }
        return Evidence.Inconclusive(estimate, Relation.Greater, error, "λ₀ is within its error bound of 0: positivity cannot be decided numerically");
    }

    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Numerics;

namespace Verify.Theorems.Common;

/// <summary>max_i |‖x_i‖ − 1| measured from the diagonal of XXᵀ, with the row that attains it (0-based) and the zero rows.</summary>
/// <param name="MaxDeviation">max_i |√G_ii − 1| (NaN if any row's is NaN; 0 for no rows).</param>
/// <param name="WorstRow">The first row attaining <paramref name="MaxDeviation"/>, or null for no rows.</param>
/// <param name="WorstNorm">‖x_worst‖ = √G_ii of that row (NaN for no rows).</param>
/// <param name="ZeroRows">Rows with G_ii = 0, in order.</param>
public sealed record NormDeviation(double MaxDeviation, int? WorstRow, double WorstNorm, IReadOnlyList<int> ZeroRows);

/// <summary>
/// The most parallel pair of rows: max_{i≠j} |cos∠(x_i, x_j)| from XXᵀ, the first pair (0-based, I &lt; J) attaining it, and
/// the zero rows. A zero row has no angle: it counts as |cos| = 1 in <see cref="MaxAbsCosine"/> (it cannot satisfy a
/// non-parallel hypothesis) but is reported as a zero row, never as a parallel pair.
/// </summary>
public sealed record ParallelPair(double MaxAbsCosine, (int I, int J)? Pair, IReadOnlyList<int> ZeroRows);

/// <summary>
/// The hypotheses papers place on the data alone (rows x_i of X are the inputs), as <see cref="Evidence"/> whose note
/// names the offending rows, 1-based. Measurements take the input Gram matrix G = XXᵀ (<see cref="Gram.InputGram"/>) so
/// that a module computes it once; numbers are formatted invariantly with 6 significant digits.
/// </summary>
public static class DataHypotheses
{
    /// <summary>max_i |‖x_i‖ − 1| from the diagonal of <paramref name="gram"/> = XXᵀ.</summary>
    public static NormDeviation MeasureUnitNorm(Matrix<double> gram)
    {
        int n = gram.RowCount;
        var deviations = Enumerable.Range(0, n).Select(i => Math.Abs(Math.Sqrt(gram[i, i]) - 1)).ToList();
        var zeroRows = Enumerable.Range(0, n).Where(i => gram[i, i] == 0).ToList();
        if (n == 0)
        {
            return new NormDeviation(0, null, double.NaN, zeroRows);
        }
        // A NaN norm (a NaN entry) is the worst of all, so that it fails; otherwise the largest deviation, first row on ties.
        int worst = deviations.FindIndex(double.IsNaN);
        if (worst < 0)
        {
            double largest = deviations.Max();
            worst = deviations.FindIndex(v => v == largest);
        }
        double max = deviations[worst];
        return new NormDeviation(max, worst, Math.Sqrt(gram[worst, worst]), zeroRows);
    }

    /// <summary>
    /// Unit norm: max_i |‖x_i‖ − 1| ≤ <paramref name="tolerance"/>; the note names the worst row and its norm, and the zero
    /// rows. <paramref name="note"/> is prepended (e.g. "inputs are used as given, never normalised").
    /// </summary>
    public static Evidence UnitNorm(NormDeviation measured, double tolerance, string? note = null)
    {
        string found = measured.WorstRow is int row
            ? $"worst: input {row + 1} (1-based), ‖x‖ = {NumberFormat.Text(measured.WorstNorm)}"
            : "no inputs";
        if (measured.ZeroRows.Count > 0)
        {
            found += $"; {ZeroRowText(measured.ZeroRows)}";
        }
        return Evidence.Compare(measured.MaxDeviation, Relation.LessOrEqual, tolerance, NoteText.Join(note, found));
    }

    /// <summary>The most parallel pair of rows, from <paramref name="gram"/> = XXᵀ (O(n²), reads the lower triangle).</summary>
    public static ParallelPair MeasureParallelPair(Matrix<double> gram)
    {
        int n = gram.RowCount;
        double best = 0;
        (int, int)? pair = null;
        for (int j = 0; j < n; j++)
        {
            for (int i = j + 1; i < n; i++)
            {
                double scale = Math.Sqrt(gram[i, i] * gram[j, j]);
                // A zero row has no angle with anything: it counts as |cos| = 1 (so it fails any |cos| < 1 − tol) and
                // is named as a zero row by the evidence.
                double cosine = scale > 0 ? Math.Abs(gram[i, j]) / scale : 1.0;
                // A NaN cosine (an overflowed XXᵀ) makes the maximum NaN: the pair cannot be called non-parallel.
                if (pair is null || cosine > best || (double.IsNaN(cosine) && !double.IsNaN(best)))
                {
                    best = cosine;
                    pair = (j, i);
                }
            }
        }
        var zeroRows = Enumerable.Range(0, n).Where(i => gram[i, i] == 0).ToList();
        return new ParallelPair(best, pair, zeroRows);
    }

    /// <summary>
    /// No two rows parallel or antiparallel: max_{i≠j} |cos∠(x_i, x_j)| &lt; 1 − <paramref name="tolerance"/>. The note
    /// names the most parallel pair, or the zero rows (whose angle is undefined) when there are any.
    /// <paramref name="notComputable"/>, when given, says why XXᵀ could not be computed: the hypothesis then fails with
    /// that reason (a non-finite cosine is never taken as non-parallel).
    /// </summary>
    public static Evidence NonParallel(ParallelPair measured, double tolerance, string? notComputable = null)
    {
        if (notComputable is not null)
        {
            return Evidence.Compare(double.NaN, Relation.Less, 1 - tolerance, notComputable);
        }
        string note = (measured.ZeroRows.Count > 0 && measured.Pair is not null
                ? $"{ZeroRowText(measured.ZeroRows)}: its angle with every other input is undefined, so it cannot be non-parallel"
                : measured.Pair is (int i, int j)
                    ? $"most parallel pair: inputs {i + 1} and {j + 1} (1-based), |cos| = {NumberFormat.Text(measured.MaxAbsCosine)}"
                    : "fewer than two inputs");
        return Evidence.Compare(measured.MaxAbsCosine, Relation.Less, 1 - tolerance, note);
    }

    /// <summary>
    /// Distinct inputs: no two rows equal (exactly, entry by entry; −0 equals 0). Value = the number of rows equal to an
    /// earlier row, which must be 0; the note names the first duplicated pair. A NaN entry fails (NaN equals nothing, so
    /// distinctness is not meaningful).
    /// </summary>
    public static Evidence DistinctRows(Matrix<double> x)
    {
        int n = x.RowCount, d = x.ColumnCount;
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < d; k++)
            {
                if (double.IsNaN(x[i, k]))
                {
                    return Evidence.Compare(double.NaN, Relation.LessOrEqual, 0, $"input {i + 1} has a NaN entry");
                }
            }
        }
        var firstOf = new Dictionary<RowKey, int>();
        int duplicates = 0;
        (int, int)? firstPair = null;
        for (int i = 0; i < n; i++)
        {
            var key = new RowKey(x, i);
            if (firstOf.TryGetValue(key, out int earlier))
            {
                duplicates++;
                firstPair ??= (earlier, i);
            }
            else
            {
                firstOf.Add(key, i);
            }
        }
        string note = firstPair is (int a, int b)
            ? $"inputs {a + 1} and {b + 1} (1-based) are equal; {duplicates} input(s) repeat an earlier one"
            : n < 2 ? "fewer than two inputs" : "all inputs differ";
        return Evidence.Compare(duplicates, Relation.LessOrEqual, 0, note);
    }

    /// <summary>d ≥ N: at least as many input dimensions as samples (X is N×d).</summary>
    public static Evidence DimensionAtLeastSamples(Matrix<double> x) =>
        Evidence.Compare(x.ColumnCount, Relation.GreaterOrEqual, x.RowCount, $"d = {x.ColumnCount}, N = {x.RowCount}");

    /// <summary>
    /// rank X = N (X is N×d): Pass only when a certified lower bound on σ_N(X) is positive
    /// (<see cref="VerifiedBounds.SingularValueBounds"/>, through the Gram matrix with its rounding accounted for). Fails
    /// outright with the reason when d &lt; N (rank ≤ d), when a row is zero or two rows are equal (rank &lt; N exactly), or
    /// on non-finite entries; Inconclusive otherwise (X is within rounding of a rank-deficient matrix, or the bound could
    /// not be certified: the rank cannot be decided numerically).
    /// </summary>
    public static Evidence FullRowRank(ILinearAlgebraBackend backend, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(backend);
        int n = x.RowCount, d = x.ColumnCount;
        if (n == 0)
        {
            return Evidence.Decided(0, Relation.Greater, 0, Verdict.Pass, "no inputs: rank 0 = N");
        }
        if (d < n)
        {
            return Evidence.Decided(0, Relation.Greater, 0, Verdict.Fail, $"d = {d} < N = {n}: rank X ≤ d < N, so σ_N = 0");
        }
        if (!x.AsColumnMajorArray().All(double.IsFinite))
        {
            return Evidence.Compare(double.NaN, Relation.Greater, 0, "X has a non-finite entry");
        }
        var distinct = DistinctRows(x);
        var zeroRows = Enumerable.Range(0, n).Where(i => x.Row(i).All(v => v == 0)).ToList();
        if (zeroRows.Count > 0 || distinct.Verdict == Verdict.Fail)
        {
            string why = zeroRows.Count > 0 ? ZeroRowText(zeroRows) : distinct.Note!;
            return Evidence.Decided(0, Relation.Greater, 0, Verdict.Fail, $"rank X < N exactly: {why}");
        }
        var smallest = VerifiedBounds.SingularValueBounds(backend, x).SmallestLower;
        string note = $"value = a certified lower bound on σ_N(X) ({smallest.Note})";
        if (smallest.IsCertified && smallest.Value > 0)
        {
            return Evidence.Decided(smallest.Value, Relation.Greater, 0, Verdict.Pass, note);
        }
        return Evidence.Inconclusive(smallest.Value, Relation.Greater, 0,
            $"{note}: σ_N cannot be certified positive (X is within rounding of a rank-deficient matrix), so rank X = N cannot be decided numerically");
    }

    /// <summary>
    /// λ_min(K) &gt; 0 decided three ways from an enclosure of λ_min (e.g. <see cref="VerifiedBounds.SmallestEigenvalueEnclosure"/>
    /// widened by the kernel's assembly error): Pass when the lower end is positive, Fail when the upper end is ≤ 0,
    /// Inconclusive in between (the enclosure contains 0) or when an end is missing. Shown: the lower end against 0.
    /// </summary>
    public static Evidence KernelPositive(Enclosure smallest, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(smallest);
        string where = $"λ_min ∈ {smallest}";
        if (smallest.Lower > 0 || smallest.Upper <= 0)
        {
            return smallest.Lower > 0
                ? Evidence.Decided(smallest.Lower, Relation.Greater, 0, Verdict.Pass, NoteText.Join(note, where))
                : Evidence.Decided(smallest.Lower, Relation.Greater, 0, Verdict.Fail, NoteText.Join(note, $"{where}: {smallest.Note}"));
        }
        string reason = double.IsNaN(smallest.Lower) || double.IsNaN(smallest.Upper) || double.IsNegativeInfinity(smallest.Lower)
            ? $"λ_min could not be enclosed ({smallest.Note}): positivity is undecided"
            : $"{where} contains 0: positivity cannot be decided numerically";
        return Evidence.Inconclusive(smallest.Lower, Relation.Greater, 0, NoteText.Join(note, reason));
    }

    /// <summary>
    /// A reason, from the inputs' exact values, why every kernel matrix K_ij = x_iᵀx_j·κ(ρ_ij) is exactly singular: a row
    /// of zeros (a zero row and column in K) or two identical rows (two identical rows in K); null when there is neither.
    /// </summary>
    public static string? ExactlySingularKernelReason(Matrix<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seen = new Dictionary<RowKey, int>();
        for (int i = 0; i < inputs.RowCount; i++)
        {
            if (inputs.Row(i).All(v => v == 0))
            {
                return $"input {i + 1} is a zero row, so the kernel has a zero row: λ_min = 0 exactly";
            }
            if (!seen.TryAdd(new RowKey(inputs, i), i))
            {
                return $"inputs {seen[new RowKey(inputs, i)] + 1} and {i + 1} are identical, so the kernel has two equal rows: λ_min = 0 exactly";
            }
        }
        return null;
    }


    private static string ZeroRowText(IReadOnlyList<int> rows) =>
        rows.Count == 1 ? $"input {rows[0] + 1} (1-based) is a zero row"
            : $"inputs {string.Join(", ", rows.Take(5).Select(r => r + 1))}{(rows.Count > 5 ? ", …" : "")} (1-based) are zero rows";


    /// <summary>A row of X compared by value (−0 = 0) for hashing.</summary>
    private readonly struct RowKey(Matrix<double> x, int row) : IEquatable<RowKey>
    {
        public bool Equals(RowKey other)
        {
            for (int k = 0; k < x.ColumnCount; k++)
            {
                if (x[row, k] != other.Matrix[other.Row, k])
                {
                    return false;
                }
            }
            return true;
        }

        private Matrix<double> Matrix => x;

        private int Row => row;

        public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            for (int k = 0; k < x.ColumnCount; k++)
            {
                double v = x[row, k];
                hash.Add(v == 0 ? 0.0 : v);
            }
            return hash.ToHashCode();
        }
    }
}

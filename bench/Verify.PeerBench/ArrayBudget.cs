namespace Verify.PeerBench;

/// <summary>
/// The bytes of the arrays Du et al.'s check must hold at once for one instance (n inputs in d dimensions, width m),
/// in float64 unless said otherwise, with every buffer reused where the algorithm allows it:
/// X (n·d), y (n), a (m); W(k) and W(0) (m·d each: the invariant max_r ‖w_r(k) − w_r(0)‖ needs W(0)); one n×m
/// buffer that holds Z = XWᵀ, then in place E = diag(u − y)·1{Z ≥ 0}·diag(a) for the gradient, which a GEMM with
/// β = 1 adds to W directly (no m×d gradient buffer); the pattern P = 1{Z ≥ 0} for H(k) = G∘PPᵀ/m only a chunk of
/// columns at a time (≤ 2 MiB); the sign pattern of Z(0) as bits (n·m/8 bytes, for the pattern-change fraction);
/// G = XXᵀ and H∞ (kept by the data analysis), H(k) and the copy the eigensolver destroys (n² each). A run holds the
/// arrays of the instances in flight (<c>--jobs</c> of them, each scenario's largest). Not counted: the recorder's own
/// second G (avoidable, n², tiny next to the n·m and m·d arrays here).
/// </summary>
internal static class ArrayBudget
{
    /// <summary>
    /// The instances of <c>verify run du2019 --quick</c> (theorems/Du2019/Du2019Theorem.cs, Scenarios with Quick):
    /// in-scope (n = d = 4, m = 10⁶) and Fig. 1 (n = d = 200, m = 100, 1000, 10⁴), two instances each.
    /// </summary>
    public static IReadOnlyList<(string Name, int N, int D, int M)> Du2019Quick { get; } =
    [
        ("in-scope", 4, 4, 1_000_000),
        ("paper-fig1-m100", 200, 200, 100),
        ("paper-fig1-m1000", 200, 200, 1000),
        ("paper-fig1-m10000", 200, 200, 10_000),
    ];

    /// <summary>Instances per scenario of the quick run (each scenario's default).</summary>
    public const int InstancesPerScenario = 2;

    public static long Bytes(long n, long d, long m) =>
        (8 * ((n * d) + n + m + (2 * m * d) + (n * m) + (4 * n * n))) + Math.Min(8 * n * m, 2L << 20) + (((n * m) + 7) / 8);

    /// <summary>The largest instance of the quick run and its bytes.</summary>
    public static (string Name, long Bytes) Largest() =>
        Du2019Quick.Select(i => (i.Name, Bytes: Bytes(i.N, i.D, i.M))).MaxBy(i => i.Bytes);
}

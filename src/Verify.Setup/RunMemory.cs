using System.Numerics;

namespace Verify.Setup;

/// <summary>
/// The memory a `verify check` run holds at its peak, predicted from the setup's sizes before anything is allocated —
/// the one place for every term, each counted from the code that allocates it:
/// <list type="bullet">
/// <item>two-layer-relu, <see cref="KernelMatrices"/> n×n matrices: Du et al.'s data analysis keeps XXᵀ and H∞ for the
/// whole instance, and H∞'s eigenvectors for its spectrum and the kernel-regime curve (theorems/Du2019/KernelRegime.cs); the initial analysis adds H(0) and H(0) − H∞, and the certified norm enclosure of the difference
/// (Numerics/Spectra/VerifiedBounds.cs) its negation, a scaled copy for the eigensolver's estimate, dsyevr's work copy
/// and the shifted Cholesky copy; during training the λ_min(H(k)) probe holds its own XXᵀ and H(k) and the same three
/// work copies beside the two kept ones (theorems/Du2019/DataAnalysis.cs, InitialAnalysis.cs,
/// Training/Recording/FirstLayerProbes.cs);</item>
/// <item>the n×m and m×d arrays: <see cref="StorageLimits.ActivationMatrices"/> copies each;</item>
/// <item>two-layer-relu, the advice's width search (theorems/Du2019/Du2019Advice.cs): one trial network's n×m
/// pre-activations and m×d weights, each capped at <see cref="AdviceTrialEntries"/> entries, beside everything above;</item>
/// <item><see cref="InputCopies"/> copies of the n×d inputs (the setup's, the descent's, the analysis's);</item>
/// <item>the trajectory and the report: every step records <see cref="ReportNumbersPerStep"/> numbers that the report
/// draws (step and value of each every-step series), kept in <see cref="SeriesCopies"/> copies of 8 bytes, and written
/// to report.json at about <see cref="JsonBytesPerNumber"/> bytes each; the JSON text is held as a UTF-16 string and
/// its UTF-8 bytes (<see cref="JsonMemoryPerChar"/> bytes per character) and must fit one .NET string
/// (<see cref="MaxJsonChars"/> characters).</item>
/// </list>
/// </summary>
internal static class RunMemory
{
    public const int KernelMatrices = 9;

    public const int InputCopies = 3;

    /// <summary>Du2019Advice.SearchCap: a width-search trial's n×m (or m×d) array holds at most this many entries.</summary>
    public const long AdviceTrialEntries = 10_000_000;

    /// <summary>The recorder's array, the trajectory's series copy, and the check's or figure's list.</summary>
    public const int SeriesCopies = 3;

    /// <summary>
    /// Indented report.json, per series number: measured 32.1 bytes (1000 → 2000 steps of du2019, 8 numbers per step:
    /// about 18 spaces of indentation, ",\n", a step of up to 4 digits and a value of up to 19 characters); 36 leaves
    /// room for 8-digit steps and exponents ("1.2345678901234567E-05").
    /// </summary>
    public const int JsonBytesPerNumber = 36;

    public const int JsonMemoryPerChar = 3;

    /// <summary>The longest .NET string (<c>0x3FFFFFDF</c> characters): report.json is serialized as one.</summary>
    public const int MaxJsonChars = 0x3FFFFFDF;

    /// <summary>
    /// Numbers per step the report draws: two-layer-relu (Du et al.) five every-step series — ‖y − u(k)‖², its bound and the
    /// kernel regime's loss, max_r ‖w_r(k) − w_r(0)‖, the pattern-change fraction; an mlp (observed training) the loss and each layer's
    /// ‖W_l(k) − W_l(0)‖_F. Each series stores a step and a value.
    /// </summary>
    public static int ReportNumbersPerStep(int? layers) => 2 * (layers is { } l ? 1 + l : 5);

    /// <summary>The n×m and m×d arrays training and the analysis keep at once.</summary>
    public static BigInteger ActivationBytes(BigInteger n, BigInteger d, BigInteger m) =>
        (n + d) * m * sizeof(double) * StorageLimits.ActivationMatrices;

    /// <summary>report.json's size in characters (ASCII: bytes) for <paramref name="steps"/> steps.</summary>
    public static BigInteger JsonChars(long steps, int numbersPerStep) => (BigInteger)steps * numbersPerStep * JsonBytesPerNumber;

    /// <summary>The terms of a two-layer-relu run with n samples in d dimensions, width m, the given steps.</summary>
    public static IReadOnlyList<MemoryItem> TwoLayerRelu(long n, long d, BigInteger m, long steps, string samplesPath) =>
    [
        new($"{KernelMatrices} n×n kernel matrices (XXᵀ, H∞, H∞'s eigenvectors, H(0), H(0) − H∞ and four work copies of the certified eigenvalue bounds; n = {n})",
            (BigInteger)KernelMatrices * n * n * sizeof(double), samplesPath),
        new($"{StorageLimits.ActivationMatrices} copies of the n×m and m×d arrays (m = {m})", ActivationBytes(n, d, m), "$.model.width"),
        new($"the advice's width-search trial (n×m and m×d arrays of at most {AdviceTrialEntries} entries each)",
            2 * (BigInteger)AdviceTrialEntries * sizeof(double), samplesPath),
        new($"{InputCopies} copies of the n×d inputs", (BigInteger)InputCopies * n * d * sizeof(double), samplesPath),
        .. Steps(steps, ReportNumbersPerStep(null)),
    ];

    /// <summary>The terms of an mlp run (widths n_1 … n_L) with N samples in d dimensions, the given steps.</summary>
    public static IReadOnlyList<MemoryItem> Mlp(IReadOnlyList<BigInteger> widths, long n, long d, long steps, string samplesPath)
    {
        BigInteger weights = 0, features = 0;
        BigInteger previous = d;
        foreach (var width in widths)
        {
            weights += previous * width;
            features += n * width;
            previous = width;
        }
        return
        [
            new($"{StorageLimits.WeightCopies} copies of the {weights} weights and {StorageLimits.FeatureCopies} of the {features} features",
                (StorageLimits.WeightCopies * weights + StorageLimits.FeatureCopies * features) * sizeof(double), "$.model.widths"),
            new($"{InputCopies} copies of the N×d inputs", (BigInteger)InputCopies * n * d * sizeof(double), samplesPath),
            .. Steps(steps, ReportNumbersPerStep(widths.Count)),
        ];
    }

    private static IEnumerable<MemoryItem> Steps(long steps, int numbers) =>
    [
        new($"the trajectory ({steps} steps × {numbers} numbers × {SeriesCopies} copies × 8 bytes)",
            (BigInteger)steps * numbers * SeriesCopies * sizeof(double), "$.training.steps"),
        new($"report.json in memory ({JsonChars(steps, numbers)} characters × {JsonMemoryPerChar} bytes: the string and its UTF-8 bytes)",
            JsonChars(steps, numbers) * JsonMemoryPerChar, "$.training.steps"),
    ];

    public static BigInteger Total(IReadOnlyList<MemoryItem> items) => items.Aggregate(BigInteger.Zero, (sum, item) => sum + item.Bytes);

    /// <summary>Why the run does not fit <paramref name="availableBytes"/> (with the terms), or null when it does (or nothing is known).</summary>
    public static string? Problem(IReadOnlyList<MemoryItem> items, long availableBytes)
    {
        var total = Total(items);
        if (availableBytes <= 0 || total <= availableBytes)
        {
            return null;
        }
        return $"the run would need about {total} bytes ({ByteSize.Format(total)}) of memory at its peak — " +
            $"{string.Join("; ", items.OrderByDescending(i => i.Bytes))} — but {availableBytes} bytes ({ByteSize.Format(availableBytes)}) " +
            "are available to this process; expected fewer samples, a smaller width or fewer steps";
    }
}

using System.Numerics;

namespace Verify.Setup;

/// <summary>
/// Whether a network can be stored, predicted before anything is allocated. <see cref="NetworkProblem"/>: any mlp, from
/// the copies of its weights and features a check holds at its peak. <see cref="WidthProblem"/>: two-layer-relu's width m
/// for n samples in d dimensions: MathNet's dense storage is one double[], so the
/// n×m activation matrix and the m×d first layer hold at most 2³¹ − 1 elements each, and training keeps about six
/// n×m and six m×d matrices of doubles ((n + d)·m·8·6 bytes: activations, masks, the weights, their initial copy,
/// the gradient, the setup's copy), which must fit in the memory available to the GC.
/// </summary>
internal static class StorageLimits
{
    /// <summary>The n×m (and m×d) matrices of doubles that training and the analysis keep at once.</summary>
    public const int ActivationMatrices = 6;

    private static readonly BigInteger MaxElements = int.MaxValue;

    /// <summary>The memory available to this process, as the GC sees it.</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Why width <paramref name="m"/> cannot be stored (n and d when known); null when it can.</summary>
    public static string? WidthProblem(BigInteger m, int? n, int? d, long availableBytes)
    {
        var reasons = new List<string>();
        BigInteger largest = MaxElements;
        if (n is { } rows)
        {
            if (rows * m > MaxElements)
            {
                reasons.Add($"the n×m activation matrix ({rows}×{m}) would have {rows * m} elements");
            }
            largest = BigInteger.Min(largest, MaxElements / rows);
        }
        if (d is { } columns)
        {
            if (m * columns > MaxElements)
            {
                reasons.Add($"the m×d first-layer weights ({m}×{columns}) would have {m * columns} elements");
            }
            largest = BigInteger.Min(largest, MaxElements / columns);
        }
        if (n is null && d is null && m > MaxElements)
        {
            reasons.Add($"the {m} output weights would be {m} elements");
        }
        if (reasons.Count > 0)
        {
            reasons[^1] += $", but a dense matrix (one double[]) holds at most {int.MaxValue}";
        }

        if (n is { } samples)
        {
            int perWidth = samples + (d ?? 0);
            BigInteger bytes = RunMemory.ActivationBytes(samples, d ?? 0, m);
            if (availableBytes > 0 && bytes > availableBytes)
            {
                reasons.Add($"training would need (n + d)·m·8·6 = {bytes} bytes ({ByteSize.Format(bytes)}) of memory, " +
                    $"but {availableBytes} bytes ({ByteSize.Format(availableBytes)}) are available");
            }
            if (availableBytes > 0)
            {
                largest = BigInteger.Min(largest, availableBytes / (perWidth * sizeof(double) * ActivationMatrices));
            }
        }

        if (reasons.Count == 0)
        {
            return null;
        }
        string fits = largest >= 1 ? $"expected a width of at most {largest} for this data" : "no width fits for this data";
        return $"width {m} is too large to store: {string.Join("; ", reasons)}; {fits}";
    }

    /// <summary>
    /// Copies of each weight matrix held at the peak of a check: the setup's, W_l(0), W_l(k), a gradient, W_l(k) − W_l(0)
    /// and the SVD's work copy of the spectral-distance probe.
    /// </summary>
    public const int WeightCopies = 6;

    /// <summary>
    /// N × n_l arrays per layer held at the peak: the descent's pre-activations, features and back-propagated signal, a
    /// probe's backward pass (its own pre-activations and features) and its features' SVD copy.
    /// </summary>
    public const int FeatureCopies = 6;

    /// <summary>
    /// Why a network with these widths cannot be stored for N samples in d dimensions (when known); null when it can.
    /// Each W_l (n_{l−1}×n_l) and each N×n_l array is one double[] of at most 2³¹ − 1 elements, and training keeps
    /// <see cref="WeightCopies"/> copies of the weights and <see cref="FeatureCopies"/> N×n_l arrays per layer.
    /// </summary>
    public static string? NetworkProblem(IReadOnlyList<BigInteger> widths, int? n, int? d, long availableBytes)
    {
        var reasons = new List<string>();
        BigInteger weights = 0;
        BigInteger features = 0;
        for (int l = 0; l < widths.Count; l++)
        {
            BigInteger? rows = l == 0 ? d : widths[l - 1];
            if (rows is { } r)
            {
                weights += r * widths[l];
                if (r * widths[l] > MaxElements)
                {
                    reasons.Add($"W{l + 1} ({r}×{widths[l]}) would have {r * widths[l]} elements");
                }
            }
            if (n is { } samples)
            {
                features += samples * widths[l];
                if (samples * widths[l] > MaxElements)
                {
                    reasons.Add($"the features of layer {l + 1} ({samples}×{widths[l]}) would have {samples * widths[l]} elements");
                }
            }
        }
        if (reasons.Count > 0)
        {
            reasons[^1] += $", but a dense matrix (one double[]) holds at most {int.MaxValue}";
        }
        if (n is not null && d is not null)
        {
            BigInteger bytes = (WeightCopies * weights + FeatureCopies * features) * sizeof(double);
            if (availableBytes > 0 && bytes > availableBytes)
            {
                reasons.Add($"training would need {bytes} bytes ({ByteSize.Format(bytes)}: {WeightCopies} copies of the {weights} weights and " +
                    $"{FeatureCopies} copies of the {features} features, 8 bytes each), but {availableBytes} bytes ({ByteSize.Format(availableBytes)}) are available");
            }
        }
        return reasons.Count == 0 ? null : $"the network is too large to store: {string.Join("; ", reasons)}; expected smaller widths";
    }
}

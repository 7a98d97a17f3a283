namespace Verify.PeerBench;

/// <summary>Problem sizes and repetitions of one run (the sizes by default, smaller with --quick; W5 keeps its size, one step takes ~0.3 s).</summary>
/// <param name="Dgemm">n of the n×n DGEMM that measures each library's rate.</param>
/// <param name="StepWidths">W1: the widths m of the gradient step at n = d = <paramref name="StepInputs"/>.</param>
/// <param name="StepInputs">W1 and the m-scaling: n = d.</param>
/// <param name="Lambda0Samples">W2: n.</param>
/// <param name="Lambda0Dimension">W2: d.</param>
/// <param name="NtkSamples">W3: n (d = n).</param>
/// <param name="NtkWidth">W3: m.</param>
/// <param name="ScalingWidths">The m of the width sweep (n = d = <paramref name="StepInputs"/>).</param>
/// <param name="ScalingSamples">The n of the sample sweep (d = <paramref name="StepInputs"/>, m = <paramref name="ScalingFixedWidth"/>).</param>
/// <param name="ScalingFixedWidth">m during the sample sweep.</param>
/// <param name="ScalingReps">Timed repetitions per point of the sweeps (after one warm-up).</param>
/// <param name="DeepSamples">W5: N.</param>
/// <param name="DeepInputs">W5: d.</param>
/// <param name="DeepWidths">W5: the widths n₁ … n_L (the last is the output).</param>
internal sealed record Sizes(
    int Dgemm,
    IReadOnlyList<int> StepWidths,
    int StepInputs,
    int Lambda0Samples,
    int Lambda0Dimension,
    int NtkSamples,
    int NtkWidth,
    IReadOnlyList<int> ScalingWidths,
    IReadOnlyList<int> ScalingSamples,
    int ScalingFixedWidth,
    int ScalingReps,
    int DeepSamples,
    int DeepInputs,
    IReadOnlyList<int> DeepWidths)
{
    public static Sizes Default { get; } = new(
        Dgemm: 2000,
        StepWidths: [4000, 16000],
        StepInputs: 1000,
        Lambda0Samples: 2000,
        Lambda0Dimension: 1000,
        NtkSamples: 1000,
        NtkWidth: 4000,
        ScalingWidths: [1000, 2000, 4000, 8000, 16000, 32000, 64000],
        ScalingSamples: [500, 1000, 2000, 4000, 8000],
        ScalingFixedWidth: 4000,
        ScalingReps: 3,
        DeepSamples: 1000,
        DeepInputs: 500,
        DeepWidths: [2000, 1000, 500, 1]);

    public static Sizes Quick { get; } = new(
        Dgemm: 2000,
        StepWidths: [4000],
        StepInputs: 1000,
        Lambda0Samples: 1000,
        Lambda0Dimension: 1000,
        NtkSamples: 1000,
        NtkWidth: 2000,
        ScalingWidths: [1000, 2000, 4000, 8000],
        ScalingSamples: [250, 500, 1000, 2000],
        ScalingFixedWidth: 2000,
        ScalingReps: 2,
        DeepSamples: 1000,
        DeepInputs: 500,
        DeepWidths: [2000, 1000, 500, 1]);
}

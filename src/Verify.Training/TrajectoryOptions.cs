namespace Verify.Training;

/// <summary>What <see cref="FirstLayerGradientDescent.Train"/> records and when it stops early or reports progress.</summary>
public sealed record TrajectoryOptions
{
    /// <summary>The defaults: λ_min(H(k)) at 0, 1, 2, 4, …, K; divergence at 10⁶ × the initial loss; progress every second.</summary>
    public static TrajectoryOptions Default { get; } = new();

    /// <summary>
    /// Density of the λ_min(H(k)) schedule in points per doubling of k (see <see cref="EigenvalueSchedule.LogSpaced"/>);
    /// 0 turns the eigenvalues off. Each point costs an n×m×n GEMM and a symmetric eigensolve of order n.
    /// </summary>
    public int EigenvaluePointsPerOctave { get; init; } = 1;

    /// <summary>
    /// The run stops as diverged at the first step k where ‖y − u(k)‖² is NaN, ±∞ or greater than this factor times
    /// ‖y − u(0)‖² (must be ≥ 1; +∞ keeps only the NaN/∞ test).
    /// </summary>
    public double DivergenceFactor { get; init; } = 1e6;

    /// <summary>Progress is reported when at least this much time has passed since the last report.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>If positive, progress is also reported every this many steps.</summary>
    public int ProgressEverySteps { get; init; }
}

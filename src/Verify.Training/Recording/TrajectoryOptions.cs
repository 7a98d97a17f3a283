namespace Verify.Training;

/// <summary>What <see cref="TrajectoryRunner.Train"/> records when, and when it stops early or reports progress.</summary>
public sealed record TrajectoryOptions
{
    /// <summary>The defaults: scheduled probes at 0, 1, 2, 4, …, K; divergence at 10⁶ × the initial loss; progress every second.</summary>
    public static TrajectoryOptions Default { get; } = new();

    /// <summary>
    /// Density of the schedule of the expensive probes in points per doubling of k (see <see cref="StepSchedule.LogSpaced"/>);
    /// 0 turns them off.
    /// </summary>
    public int SchedulePointsPerOctave { get; init; } = 1;

    /// <summary>
    /// The run stops as diverged at the first step k where ‖F_L(k) − Y‖²_F is NaN, ±∞ or greater than this factor times
    /// ‖F_L(0) − Y‖²_F (must be ≥ 1; +∞ keeps only the NaN/∞ test).
    /// </summary>
    public double DivergenceFactor { get; init; } = 1e6;

    /// <summary>Progress is reported when at least this much time has passed since the last report.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>If positive, progress is also reported every this many steps.</summary>
    public int ProgressEverySteps { get; init; }
}

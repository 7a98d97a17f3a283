namespace Verify.Training;

/// <summary>A progress report from a training run.</summary>
/// <param name="Step">The step just completed (k).</param>
/// <param name="TotalSteps">The number of steps requested (K).</param>
/// <param name="SquaredResidualNorm">‖F_L(k) − Y‖²_F.</param>
/// <param name="Elapsed">Wall-clock time since the run started.</param>
public sealed record TrainingProgress(int Step, int TotalSteps, double SquaredResidualNorm, TimeSpan Elapsed);

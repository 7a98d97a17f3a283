namespace Verify.Training;

/// <summary>
/// A recorded gradient-descent run. The scalar series are indexed by step k = 0, …, <see cref="CompletedSteps"/>
/// (every step); λ_min(H(k)) only at the log-spaced steps of <see cref="SmallestGramEigenvalues"/>.
/// </summary>
/// <param name="RequestedSteps">K, the number of steps asked for.</param>
/// <param name="StepSize">The constant step size η.</param>
/// <param name="SquaredResidualNorms">‖y − u(k)‖² = 2L(W(k)) (the squared residual norm, not the loss).</param>
/// <param name="MaxWeightDistances">max_r ‖w_r(k) − w_r(0)‖.</param>
/// <param name="PatternChangeFractions">(1/(mn)) Σᵢᵣ 1{1{Zᵢᵣ(k) ≥ 0} ≠ 1{Zᵢᵣ(0) ≥ 0}}.</param>
/// <param name="SmallestGramEigenvalues">λ_min(H(k)) at the scheduled steps up to the last completed one (not at a diverged step).</param>
/// <param name="FinalNetwork">The network at the last completed step (at the diverged step if the run diverged); its W is the descent's own buffer, handed over without a copy.</param>
/// <param name="DivergedAtStep">The step whose loss was NaN, ∞ or above the divergence threshold; null if the run completed.</param>
public sealed record Trajectory(
    int RequestedSteps,
    double StepSize,
    IReadOnlyList<double> SquaredResidualNorms,
    IReadOnlyList<double> MaxWeightDistances,
    IReadOnlyList<double> PatternChangeFractions,
    IReadOnlyList<EigenvalueSample> SmallestGramEigenvalues,
    TwoLayerReluNetwork FinalNetwork,
    int? DivergedAtStep)
{
    /// <summary>The last step recorded: <see cref="RequestedSteps"/>, or <see cref="DivergedAtStep"/> if the run diverged.</summary>
    public int CompletedSteps => SquaredResidualNorms.Count - 1;

    /// <summary>Whether the run stopped because the loss diverged.</summary>
    public bool Diverged => DivergedAtStep.HasValue;
}

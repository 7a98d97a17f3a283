namespace Verify.Training;

/// <summary>
/// A recorded gradient-descent run. <see cref="SquaredResidualNorms"/> is indexed by step k = 0, …,
/// <see cref="CompletedSteps"/>; each probe's series lists its own steps (every step, or the log-spaced schedule).
/// </summary>
/// <param name="RequestedSteps">K, the number of steps asked for.</param>
/// <param name="StepSizes">η_l per layer (index l − 1; 0: frozen).</param>
/// <param name="SquaredResidualNorms">‖F_L(k) − Y‖²_F = 2Φ(W(k)) at every step (the squared residual norm, not the loss).</param>
/// <param name="DivergedAtStep">The step whose ‖F_L − Y‖²_F was NaN, ∞ or above the divergence threshold; null if the run completed.</param>
/// <param name="Probes">The probes' series, in the order the probes were given; names are distinct.</param>
public sealed record Trajectory(
    int RequestedSteps,
    IReadOnlyList<double> StepSizes,
    IReadOnlyList<double> SquaredResidualNorms,
    int? DivergedAtStep,
    IReadOnlyList<ProbeSeries> Probes)
{
    /// <summary>The last step recorded: <see cref="RequestedSteps"/>, or <see cref="DivergedAtStep"/> if the run diverged.</summary>
    public int CompletedSteps => SquaredResidualNorms.Count - 1;

    /// <summary>Whether the run stopped because the loss diverged.</summary>
    public bool Diverged => DivergedAtStep.HasValue;

    /// <summary>The series <paramref name="probe"/> recorded.</summary>
    /// <exception cref="KeyNotFoundException">The probe was not part of the run.</exception>
    public ProbeSeries Series(IProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return Series(probe.Name);
    }

    /// <summary>The series of the probe named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No probe of that name was part of the run.</exception>
    public ProbeSeries Series(string name) =>
        Probes.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException(
            $"The trajectory has no probe '{name}'; it recorded: {(Probes.Count == 0 ? "none" : string.Join(", ", Probes.Select(p => p.Name)))}.");
}

namespace Verify.Core;

/// <summary>
/// `verify check`: the training observed on a user's setup when no theorem that trains covers it — what happened,
/// with no theorem to compare it to. <see cref="Layers"/> holds each layer's quantities at step <see cref="LayersAtStep"/>,
/// the last step of the log-spaced schedule that was reached (the last completed step unless the run diverged; null if none).
/// </summary>
public sealed record ObservedTraining(
    string Network,
    string Training,
    int RequestedSteps,
    int CompletedSteps,
    int? DivergedAtStep,
    double InitialLoss,
    double FinalLoss,
    int? LayersAtStep,
    IReadOnlyList<ObservedLayer> Layers,
    IReadOnlyList<Figure> Figures);

/// <summary>
/// One layer l of an <see cref="ObservedTraining"/> at step k = <see cref="ObservedTraining.LayersAtStep"/>: the step size,
/// ‖W_l(0)‖_F, ‖W_l(k) − W_l(0)‖_F and ‖W_l(k) − W_l(0)‖₂, ‖∇_{W_l}Φ(k)‖_F, and σ_min(F_l(k)) = σ_{min(N, n_l)} of the
/// layer's output features (N × n_l).
/// </summary>
public sealed record ObservedLayer(
    int Layer,
    int Width,
    double StepSize,
    double InitialNorm,
    double DistanceFrobenius,
    double DistanceSpectral,
    double GradientNorm,
    double SmallestFeatureSingularValue);

namespace Verify.Core;

/// <summary>
/// `verify check`: the training observed on a user's setup when no theorem that trains covers it — what happened,
/// with no theorem to compare it to. <see cref="Layers"/> holds each layer's quantities at the last completed step.
/// </summary>
public sealed record ObservedTraining(
    string Network,
    string Training,
    int RequestedSteps,
    int CompletedSteps,
    int? DivergedAtStep,
    double InitialLoss,
    double FinalLoss,
    IReadOnlyList<ObservedLayer> Layers,
    IReadOnlyList<Figure> Figures);

/// <summary>
/// One layer l of an <see cref="ObservedTraining"/> at its last step K: the step size, ‖W_l(0)‖_F, ‖W_l(K) − W_l(0)‖_F and
/// ‖W_l(K) − W_l(0)‖₂, ‖∇_{W_l}Φ(K)‖_F, and σ_min(F_l(K)) of the layer's output features (N × n_l; 0 when n_l &lt; N).
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

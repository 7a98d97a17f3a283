namespace Verify.Training;

/// <summary>λ_min(H(k)) at one step of a trajectory, with the a-priori error bound of the computed value.</summary>
/// <param name="Step">The step k.</param>
/// <param name="Value">The computed λ_min(H(k)), H(k) = (X Xᵀ) ∘ (P(k) P(k)ᵀ)/m.</param>
/// <param name="ErrorBound">8n·ε·min(‖H(k)‖_F, ‖H(k)‖_∞) ≥ 8n·ε·‖H(k)‖₂ (<c>Verify.Numerics.Spectral.SmallestEigenvalueWithErrorBound</c>).</param>
public sealed record EigenvalueSample(int Step, double Value, double ErrorBound);

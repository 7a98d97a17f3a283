namespace Verify.Core;

/// <summary>The three tiers of hypotheses (DESIGN.md): what a hypothesis is about and how it is decided.</summary>
public enum Tier
{
    /// <summary>About the inputs alone (unit norms, no parallel pair, λ_min(H∞) &gt; 0, d ≥ n).</summary>
    Data,

    /// <summary>About the drawn instance at initialisation: the deterministic premises the proof uses.</summary>
    Instance,

    /// <summary>The paper's headline probabilistic bound (width, step size, probability ≥ 1 − δ).</summary>
    Asymptotic,
}

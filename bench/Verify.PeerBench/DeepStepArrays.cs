using Verify.Core.Networks;

namespace Verify.PeerBench;

/// <summary>
/// The bytes of the arrays one full-batch step of W5's network must hold at once (float64, every layer trained, every
/// buffer reused where the algorithm allows it): X (N×d) and Y (N×n_L); W_l(k) for every layer (updated in place by a
/// GEMM with β = 1, so no n_{l−1}×n_l gradient buffer); the hidden features F_l (N×n_l, l &lt; L), which the backward pass
/// needs for ∂Φ/∂W_l = F_{l−1}ᵀD_l and for σ′ (tanh′ = 1 − F², ReLU′ = 1{z ≥ 0}, read from the sign bit of F); one N × max_{l&lt;L} n_l buffer for the
/// propagated signal ∂Φ/∂F_{l−1} = D_l W_lᵀ, after which D_{l−1} = ∂Φ/∂F_{l−1} ∘ σ′ overwrites F_{l−1} (F_{l−1} has
/// already served W_l's update); the output and the residual (N×n_L each). Not counted: W(0), which the step does not
/// need (the probes and this bench's agreement check do: Σ n_{l−1}n_l more, <see cref="InitialWeightBytes"/>).
/// </summary>
internal static class DeepStepArrays
{
    public static long Bytes(int n, int d, NetworkSpec spec)
    {
        var hidden = spec.Widths.Take(spec.Depth - 1).ToList();
        long output = spec.OutputWidth;
        long doubles = ((long)n * d) + (n * output) + spec.ParameterCount(d)
            + ((long)n * hidden.Sum()) + ((long)n * (hidden.Count > 0 ? hidden.Max() : 0)) + (2 * n * output);
        return 8 * doubles;
    }

    /// <summary>The bytes of W(0).</summary>
    public static long InitialWeightBytes(int d, NetworkSpec spec) => 8 * spec.ParameterCount(d);
}

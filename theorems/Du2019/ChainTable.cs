using Verify.Core;

namespace Verify.Theorems.Du2019;

/// <summary>
/// The Instance-tier chain of README.md ("The Instance tier") on one instance, quantity by quantity, for the report:
/// each with its definition in words, its pessimistic value (the one a Pass rests on), and the bound a link must meet.
/// The first row whose Holds is false is the link that breaks first.
/// </summary>
internal static class ChainTable
{
    public static IReadOnlyList<ChainStep> Of(InitialAnalysis initial)
    {
        double quarter = initial.Lambda0 / 4, half = initial.Lambda0Upper / 2;
        double measure = initial.ContractionMeasureAt(initial.StepSize);
        return
        [
            new("λ₀", "λ_min(H∞), the infinite-width kernel's smallest eigenvalue (lower end of its enclosure)", initial.Lambda0, "> 0", initial.Lambda0 > 0),
            new("‖H(0) − H∞‖₂", "how far the kernel at initialisation is from its infinite-width limit", initial.H0DeviationNorm,
                $"≤ λ₀/4 = {NumberFormat.Text(quarter)}", initial.H0DeviationNorm <= quarter),
            new("‖y − u(0)‖", "the initial residual (rounded up)", initial.InitialResidual, null, null),
            new("ν⁴", "ν ≥ max_i ‖x_i‖ (1 for unit inputs, up to rounding), to the fourth power: the scale of a step's second-order term", initial.NormFactor, null, null),
            new("R′", "4ν√n‖y − u(0)‖/(√m λ₀): no neuron moves farther than this while the loss contracts (Corollary 4.1)", initial.RadiusPrime, null, null),
            new("Σ|S_i⊥|/(mn)", "share of (input, neuron) pairs whose activation pattern could flip within R′", initial.FlippableFraction, null, null),
            new("F(R′)", "bound on how far the kernel can move while every neuron stays within R′ (from the flippable pairs)", initial.FlipPerturbation,
                $"< λ₀/4 = {NumberFormat.Text(quarter)}", initial.FlipPerturbation < quarter),
            new("μ", "λ_min(H(0)) − F(R′): a lower bound on the kernel's smallest eigenvalue along the whole run", initial.Mu, null, null),
            new("h⊥", "bound on the part of the kernel carried by flippable neurons", initial.PerpendicularNorm, null, null),
            new("τ", "bound on the part of a step's change of u due to neurons that flip during it", initial.FlipTerm, null, null),
            new("2μ − 2h⊥ − 2τ − ηn²ν⁴", "the per-step contraction the proof guarantees (with the step's second-order term ηn²ν⁴)", measure,
                $"≥ λ₀/2 = {NumberFormat.Text(half)} (and ηλ₀ < 2)", measure >= half && initial.StepSize * initial.Lambda0Upper < 2),
        ];
    }

}

namespace Verify.Core;

/// <summary>
/// One quantity of a theorem's deterministic chain on an instance, for the report's "the proof chain on this instance"
/// table: what it is in words, its value, and the bound it must meet (if it is a link that can break).
/// </summary>
/// <param name="Symbol">The quantity as the README writes it (e.g. "F(R′)").</param>
/// <param name="Meaning">Its definition in words.</param>
/// <param name="Value">Its value on this instance (the end of its enclosure that decides a Pass).</param>
/// <param name="Requirement">The bound it must meet, in words with the number (e.g. "&lt; λ₀/4 = 0.12"), or null for a
/// quantity that only feeds later links.</param>
/// <param name="Holds">Whether it meets the requirement (null when there is none or it is undecided).</param>
public sealed record ChainStep(string Symbol, string Meaning, double Value, string? Requirement, bool? Holds);

/// <summary>An instance whose theorem can lay out its proof chain quantity by quantity (optional).</summary>
public interface IExplainsChain
{
    /// <summary>The chain's quantities in proof order; empty when it could not be computed (e.g. λ₀ not positive).</summary>
    IReadOnlyList<ChainStep> Chain();
}

namespace Verify.Theorems.Chatterjee2022;

/// <summary>A one-sided bound and how it was obtained; <see cref="Value"/> is NaN when no bound is available (the note says why).</summary>
internal sealed record Bound(double Value, string How)
{
    public bool IsAvailable => double.IsFinite(Value);

    public static Bound Unavailable(string why) => new(double.NaN, why);
}

/// <summary>
/// What certifies the criterion for a loss at x₀ (README "Certification", C1–C2): F ≥ f(x₀); A(r) ≤ α(x₀, r) on the closed
/// ball B(x₀, r); B(r) ≥ sup ‖∇²f‖ on B(x₀, r) ∩ {f ≤ f(x₀)}. Every value is rounded so that rounding can only make it
/// more pessimistic.
/// </summary>
internal interface ICriterionBounds
{
    /// <summary>F ≥ f(x₀).</summary>
    double ValueUpper { get; }

    /// <summary>A(r) ≤ α(x₀, r), ≥ 0.</summary>
    Bound AlphaLower(double radius);

    /// <summary>B(r) ≥ β on B(x₀, r) ∩ {f ≤ f(x₀)}.</summary>
    Bound HessianUpper(double radius);

    /// <summary>The radii to scan (increasing, &gt; 0): α is non-increasing in r, so any radius that passes is a certificate.</summary>
    IReadOnlyList<double> Radii { get; }
}

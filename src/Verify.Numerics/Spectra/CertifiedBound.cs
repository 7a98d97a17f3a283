namespace Verify.Numerics;

/// <summary>
/// A bound proven to hold for the exact value (verified numerics), or, when no proof was obtained, NaN with the reason.
/// Only these bounds are called "certified" (see DESIGN.md); an estimate is never returned here.
/// </summary>
/// <param name="Value">The certified bound, or NaN when <paramref name="IsCertified"/> is false.</param>
/// <param name="IsCertified">Whether <paramref name="Value"/> is proven.</param>
/// <param name="Note">How the bound was proven (method, attempts), or why it was not.</param>
public sealed record CertifiedBound(double Value, bool IsCertified, string Note)
{
    internal static CertifiedBound Proven(double value, string note) =>
        double.IsNaN(value) ? NotCertified("the computed bound is NaN") : new(value, true, note);

    internal static CertifiedBound NotCertified(string reason) => new(double.NaN, false, reason);
}

/// <summary>
/// Certified bounds on the extreme singular values of an r×c matrix M, i.e. on σ_min = σ_{min(r,c)} and σ_max = σ₁.
/// </summary>
/// <param name="SmallestLower">A certified lower bound on σ_min (≥ 0), or not certified.</param>
/// <param name="LargestUpper">A certified upper bound on σ_max (always available; +∞ only on overflow).</param>
public sealed record SingularValueBounds(CertifiedBound SmallestLower, double LargestUpper);

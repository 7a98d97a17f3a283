namespace Verify.Numerics;

/// <summary>A computed eigenvalue and an a-priori bound on its absolute error: the exact value lies in [Lower, Upper].</summary>
/// <param name="Value">The computed eigenvalue λ̂.</param>
/// <param name="ErrorBound">A bound on |λ̂ − λ| (see <see cref="Spectral.EigenvalueErrorBound"/>).</param>
public sealed record BoundedEigenvalue(double Value, double ErrorBound)
{
    /// <summary>λ̂ − bound: a lower bound on the exact eigenvalue.</summary>
    public double Lower => Value - ErrorBound;

    /// <summary>λ̂ + bound: an upper bound on the exact eigenvalue.</summary>
    public double Upper => Value + ErrorBound;
}

using MathNet.Numerics.LinearAlgebra;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Numerics;

/// <summary>
/// How far the computed H∞ = <see cref="Gram.InfiniteWidthReluNtk"/>(XXᵀ) can be from the exact one, because of
/// rounding in the d-term dot products of XXᵀ and in the arc-cosine formula. Near-parallel inputs matter most:
/// arccos has an infinite slope at ±1, so a rounding error δ in ρ can move arccos ρ by up to (π/√2)·√δ.
/// </summary>
public static class NtkRounding
{
    /// <summary>
    /// An upper bound on ‖Ĥ∞ − H∞‖_F (hence on ‖·‖₂ and, by Weyl, on the eigenvalue shift) for a Gram matrix
    /// <paramref name="g"/> of inputs of dimension <paramref name="d"/>. Per entry, with s = √(G_ii G_jj),
    /// γ = (d + 2)ε/(1 − (d + 2)ε) the dot-product bound and δ = 2γ + 4ε the bound on the error of ρ:
    /// |ΔH_ij| ≤ s (γ/2 + Δarccos/(2π) + 2ε), where Δarccos = min(δ/√(1 − r²), (π/√2)√δ), r = |ρ| + δ
    /// (mean value theorem away from ±1; the ½-Hölder bound arccos(1 − t) = 2 arcsin √(t/2) ≤ (π/√2)√t near them).
    /// Diagonal entries G_ii/2 carry only s·γ/2. The 2ε covers the products and the arc cosine itself, taken as
    /// accurate to 1 ulp (glibc's documented maximum error for acos on x86-64; a documented bound, not proven here).
    /// Every operation is rounded up (<see cref="DirectedRounding"/>): each factor is monotone in its rounded operands.
    /// </summary>
    public static double InfiniteWidthFrobeniusBound(Matrix<double> g, int d)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        double eps = Spectral.MachineEpsilon;
        double gamma = GammaUp(2 * (d + 2)); // (d + 2)ε/(1 − (d + 2)ε) with ε = 2u
        double delta = AddUp(MulUp(2, gamma), 4 * eps);
        double holder = MulUp(DivUp(PiUpper, Math.BitDecrement(Math.Sqrt(2))), SqrtUp(delta));
        double twoPi = 2 * Math.PI; // below 2π, so dividing by it rounds the quotient the safe way
        int n = g.RowCount;
        double sumOfSquares = 0;
        for (int j = 0; j < n; j++)
        {
            double gjj = Math.Max(g[j, j], 0);
            sumOfSquares = AddUp(sumOfSquares, SquareUp(MulUp(MulUp(gjj, 1 + gamma), gamma / 2)));
            for (int i = j + 1; i < n; i++)
            {
                double gii = Math.Max(g[i, i], 0);
                double s = MulUp(SqrtUp(MulUp(gii, gjj)), 1 + gamma);
                if (s == 0)
                {
                    continue;
                }
                // |ρ̂| = |Ĝ_ij|/√(Ĝ_ii Ĝ_jj) rounded up, plus the bound δ on |ρ̂ − ρ|, bounds |ρ| on the whole segment.
                double r = AddUp(DivUp(Math.Abs(g[i, j]), SqrtDown(MulDown(gii, gjj))), delta);
                double arccosShift = r < 1 ? Math.Min(DivUp(delta, SqrtDown(SubDown(1, MulUp(r, r)))), holder) : holder;
                double entry = MulUp(s, AddUp(AddUp(gamma / 2, DivUp(arccosShift, twoPi)), 2 * eps));
                sumOfSquares = AddUp(sumOfSquares, MulUp(2, SquareUp(entry)));
            }
        }
        return SqrtUp(sumOfSquares);
    }

    /// <summary>
    /// An upper bound on ‖Ĥ − H‖_F for the finite-width NTK H = G ∘ (PPᵀ)/m as <see cref="Gram.FiniteWidthReluNtk(ILinearAlgebraBackend, Matrix{double}, Matrix{double})"/>
    /// computes it from Ĝ = fl(XXᵀ) (<paramref name="g"/>) and the computed patterns, against the same patterns with the
    /// exact G. Per entry: |ĝ_ij − g_ij| ≤ γ√(ĝ_ii ĝ_jj)(1 + γ) (Higham ASNA §3.1, with γ = (d + 2)ε/(1 − (d + 2)ε) also
    /// covering the rounding of the diagonal), the counts are exact integers with count/m ≤ 1, and fl(fl(ĝ·c)/m) adds two
    /// roundings, |·| ≤ 2ε|ĝ_ij| ≤ 2ε√(ĝ_ii ĝ_jj)(1 + γ), plus at most η = 2⁻¹⁰⁷⁴ absolute if it underflows. So
    /// |ΔH_ij| ≤ (γ + 2ε)(1 + γ)√(ĝ_ii ĝ_jj) + η, and ‖ΔH‖_F ≤ (γ + 2ε)(1 + γ)·trace(Ĝ) + nη, rounded up.
    /// </summary>
    public static double FiniteWidthFrobeniusBound(Matrix<double> g, int d)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        double gamma = GammaUp(2 * (d + 2));
        double trace = 0;
        for (int i = 0; i < g.RowCount; i++)
        {
            trace = AddUp(trace, Math.Max(g[i, i], 0));
        }
        double factor = MulUp(AddUp(gamma, 2 * Spectral.MachineEpsilon), 1 + gamma);
        return AddUp(MulUp(factor, trace), MulUp(g.RowCount, Eta));
    }

    /// <summary>π rounded up (Math.PI is the double just below π).</summary>
    private static readonly double PiUpper = Math.BitIncrement(Math.PI);

    private static double SquareUp(double x) => MulUp(x, x);
}

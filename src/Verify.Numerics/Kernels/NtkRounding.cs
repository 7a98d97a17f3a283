using MathNet.Numerics.LinearAlgebra;

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
    /// (mean value theorem away from ±1; the ½-Hölder bound of arccos, constant π/√2, near them).
    /// Diagonal entries G_ii/2 carry only s·γ/2.
    /// </summary>
    public static double InfiniteWidthFrobeniusBound(Matrix<double> g, int d)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        double eps = Spectral.MachineEpsilon;
        double gamma = (d + 2) * eps / (1 - (d + 2) * eps);
        double delta = 2 * gamma + 4 * eps;
        double holder = Math.PI / Math.Sqrt(2) * Math.Sqrt(delta);
        int n = g.RowCount;
        double sumOfSquares = 0;
        for (int j = 0; j < n; j++)
        {
            double gjj = Math.Max(g[j, j], 0);
            sumOfSquares += Square(gjj * (1 + gamma) * gamma / 2);
            for (int i = j + 1; i < n; i++)
            {
                double gii = Math.Max(g[i, i], 0);
                double s = Math.Sqrt(gii * gjj) * (1 + gamma);
                if (s == 0)
                {
                    continue;
                }
                double r = Math.Abs(g[i, j]) / s + delta;
                double arccosShift = r < 1 ? Math.Min(delta / Math.Sqrt(1 - r * r), holder) : holder;
                double entry = s * (gamma / 2 + arccosShift / (2 * Math.PI) + 2 * eps);
                sumOfSquares += 2 * Square(entry);
            }
        }
        return Math.Sqrt(sumOfSquares) * (1 + 4 * n * eps);
    }

    private static double Square(double x) => x * x;
}

using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics;
using static Verify.Numerics.DirectedRounding;

namespace Verify.Theorems.Common;

/// <summary>
/// Enclosures of the singular values the module needs, each end rounded in its safe direction: σ_min of a matrix as
/// given (through its Gram matrix, certified by <see cref="VerifiedBounds.SmallestEigenvalueEnclosure"/>), widened by an
/// allowance for how far the matrix as computed may be from the exact one; and ‖·‖₂, ‖·‖_F bounds.
/// </summary>
public static class SingularValueEnclosures
{
    /// <summary>
    /// An enclosure of σ_min = σ_{min(r, c)} of the exact matrix M, given the r×c matrix <paramref name="m"/> computed with
    /// ‖m − M‖₂ ≤ <paramref name="assembly"/> (0 when <paramref name="m"/> is M itself). Ĝ = fl(m mᵀ) (or mᵀm) by plain dot
    /// products of length n = max(r, c), mirrored to be exactly symmetric; |Ĝ − G| ≤ γ_n|m||m|ᵀ + nη entrywise, so
    /// ‖Ĝ − G‖₂ ≤ γ_n‖m‖_F² + pnη (the bound of <see cref="VerifiedBounds.SingularValueBounds"/>); λ_min(Ĝ) is enclosed
    /// with certified ends; then Weyl twice (for the Gram error and for the assembly allowance). Certified when
    /// <paramref name="assembly"/> is.
    /// </summary>
    public static Enclosure Smallest(ILinearAlgebraBackend backend, Matrix<double> m, double assembly, string assemblyNote)
    {
        int r = m.RowCount, c = m.ColumnCount;
        bool rows = r <= c; // Gram over the shorter side
        int p = Math.Min(r, c), n = Math.Max(r, c);
        var gram = Matrix<double>.Build.Dense(p, p);
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0;
                for (int k = 0; k < n; k++)
                {
                    s += rows ? m[i, k] * m[j, k] : m[k, i] * m[k, j];
                }
                gram[i, j] = s;
                gram[j, i] = s;
            }
        }
        double gramError = AddUp(MulUp(GammaUp(n), FrobeniusSquaredUpper(m)), MulUp((double)p * n, Eta));
        if (!gram.Enumerate().All(double.IsFinite) || !double.IsFinite(gramError))
        {
            return new Enclosure(0, double.PositiveInfinity, "the Gram matrix overflows float64 (entries beyond 10¹⁵⁴): σ_min is only known to be ≥ 0");
        }
        var eigen = VerifiedBounds.SmallestEigenvalueEnclosure(backend, gram);
        double lowerSquare = SubDown(eigen.Lower, gramError);
        double upperSquare = AddUp(eigen.Upper, gramError);
        double lower = double.IsFinite(lowerSquare) ? SqrtDown(Math.Max(0, lowerSquare)) : 0;
        double upper = double.IsFinite(upperSquare) ? SqrtUp(Math.Max(0, upperSquare)) : double.PositiveInfinity;
        if (assembly > 0)
        {
            lower = Math.Max(0, SubDown(lower, assembly));
            upper = AddUp(upper, assembly);
        }
        return new Enclosure(lower, upper, $"√λ_min of the Gram matrix, {eigen.Note}; ± {Format(gramError)} (Gram rounding)"
            + (assembly > 0 ? $"; ± {Format(assembly)} ({assemblyNote})" : ""));
    }

    /// <summary>An upper bound on ‖m‖_F², every product and sum rounded up.</summary>
    public static double FrobeniusSquaredUpper(Matrix<double> m)
    {
        double sum = 0;
        foreach (double v in m.AsColumnMajorArray() ?? m.ToColumnMajorArray())
        {
            sum = AddUp(sum, MulUp(v, v));
        }
        return sum;
    }

    /// <summary>A lower bound on ‖m‖_F, every product and sum rounded down.</summary>
    public static double FrobeniusLower(Matrix<double> m)
    {
        double sum = 0;
        foreach (double v in m.AsColumnMajorArray() ?? m.ToColumnMajorArray())
        {
            sum = AddDown(sum, MulDown(v, v));
        }
        return SqrtDown(Math.Max(0, sum));
    }

    /// <summary>An upper bound on ‖m‖_F.</summary>
    public static double FrobeniusUpper(Matrix<double> m) => SqrtUp(FrobeniusSquaredUpper(m));

    /// <summary>A lower bound on ‖m‖₂: the largest row or column norm (‖Ae_j‖ ≤ ‖A‖₂), every operation rounded down.</summary>
    public static double Norm2Lower(Matrix<double> m)
    {
        double best = 0;
        for (int j = 0; j < m.ColumnCount; j++)
        {
            double s = 0;
            for (int i = 0; i < m.RowCount; i++)
            {
                s = AddDown(s, MulDown(m[i, j], m[i, j]));
            }
            best = Math.Max(best, s);
        }
        for (int i = 0; i < m.RowCount; i++)
        {
            double s = 0;
            for (int j = 0; j < m.ColumnCount; j++)
            {
                s = AddDown(s, MulDown(m[i, j], m[i, j]));
            }
            best = Math.Max(best, s);
        }
        return SqrtDown(Math.Max(0, best));
    }

    /// <summary>An upper bound on ‖m‖₂ (<see cref="VerifiedBounds.SingularValueBounds"/>, or ‖m‖_F's bound for a zero matrix).</summary>
    public static double Norm2Upper(ILinearAlgebraBackend backend, Matrix<double> m) =>
        m.AsColumnMajorArray()?.All(v => v == 0) == true || m.Enumerate().All(v => v == 0)
            ? 0
            : !double.IsFinite(FrobeniusSquaredUpper(m))
                ? double.PositiveInfinity // ‖m‖²_F overflows, and with it the Gram matrix the certified bound needs: +∞ is the only bound left
                : VerifiedBounds.SingularValueBounds(backend, m).LargestUpper;

    private static string Format(double x) => Verify.Core.NumberFormat.Text(x);
}

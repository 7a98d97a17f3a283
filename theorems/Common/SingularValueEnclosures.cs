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
    /// ‖m − M‖₂ ≤ <paramref name="assembly"/> (0 when <paramref name="m"/> is M itself): the certified enclosure of σ_min(m)
    /// (<see cref="VerifiedBounds.SmallestSingularValueEnclosure"/>) widened by the allowance (Weyl). Certified when
    /// <paramref name="assembly"/> is proven.
    /// </summary>
    public static Enclosure Smallest(ILinearAlgebraBackend backend, Matrix<double> m, double assembly, string assemblyNote)
    {
        if (!double.IsFinite(FrobeniusSquaredUpper(m)))
        {
            return new Enclosure(0, double.PositiveInfinity, "the Gram matrix overflows float64 (entries beyond 10¹⁵⁴): σ_min is only known to be ≥ 0");
        }
        var enclosure = VerifiedBounds.SmallestSingularValueEnclosure(backend, m);
        if (!(assembly > 0))
        {
            return enclosure;
        }
        var widened = enclosure.Widen(assembly, assemblyNote);
        return widened with { Lower = Math.Max(0, widened.Lower) };
    }

    /// <summary>
    /// An enclosure of ‖M‖₂ of the exact matrix M, given <paramref name="m"/> computed with ‖m − M‖₂ ≤ <paramref name="assembly"/>:
    /// [lower bound on ‖m‖₂, <see cref="Norm2Upper"/>(m)] widened by the allowance (triangle inequality), the lower end ≥ 0.
    /// The lower end is the larger of <see cref="Norm2Lower"/> and |mᵀv|/|v| (≤ ‖m‖₂ for every v ≠ 0) at v from a few power
    /// iterations on mmᵀ, rounded down, so it is close to ‖m‖₂ when the top singular value is separated.
    /// </summary>
    public static Enclosure Norm2(ILinearAlgebraBackend backend, Matrix<double> m, double assembly, string assemblyNote)
    {
        var enclosure = new Enclosure(Math.Max(Norm2Lower(m), RayleighLower(m)), Norm2Upper(backend, m), "‖·‖₂ of the computed matrix (power-iteration quotient, certified upper bound)");
        var widened = enclosure.Widen(assembly, assemblyNote);
        return widened with { Lower = Math.Max(0, widened.Lower) };
    }

    /// <summary>|mᵀv|/|v| ≤ ‖m‖₂ at v from power iterations on mmᵀ, each |(mᵀv)_j| and the quotient rounded down, |v| up; 0 when nothing finite is found.</summary>
    private static double RayleighLower(Matrix<double> m, int iterations = 30)
    {
        if (m.RowCount == 0 || !double.IsFinite(FrobeniusSquaredUpper(m)))
        {
            return 0;
        }
        var v = Vector<double>.Build.Dense(m.RowCount, 1.0);
        for (int k = 0; k < iterations; k++)
        {
            var next = m * m.TransposeThisAndMultiply(v);
            double scale = next.AbsoluteMaximum();
            if (!(scale > 0) || !double.IsFinite(scale))
            {
                break;
            }
            v = next / scale;
        }
        double top = 0, length = 0;
        for (int j = 0; j < m.ColumnCount; j++)
        {
            double low = 0, high = 0;
            for (int i = 0; i < m.RowCount; i++)
            {
                low = AddDown(low, MulDown(m[i, j], v[i]));
                high = AddUp(high, MulUp(m[i, j], v[i]));
            }
            double least = low > 0 ? low : high < 0 ? -high : 0;
            top = AddDown(top, MulDown(least, least));
        }
        for (int i = 0; i < m.RowCount; i++)
        {
            length = AddUp(length, MulUp(v[i], v[i]));
        }
        return length > 0 && double.IsFinite(length) ? Math.Max(0, Down(SqrtDown(Math.Max(0, top)) / SqrtUp(length))) : 0;
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

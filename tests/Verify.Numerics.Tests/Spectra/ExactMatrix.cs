using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Tests;

/// <summary>Exact matrix checks over <see cref="ExactRational"/>.</summary>
internal static class ExactMatrix
{
    public static ExactRational[,] FromDoubles(Matrix<double> a)
    {
        var result = new ExactRational[a.RowCount, a.ColumnCount];
        for (var i = 0; i < a.RowCount; i++)
        {
            for (var j = 0; j < a.ColumnCount; j++)
            {
                result[i, j] = ExactRational.FromDouble(a[i, j]);
            }
        }

        return result;
    }

    /// <summary>The exact Gram matrix MᵀM (c×c) of an r×c rational matrix.</summary>
    public static ExactRational[,] TransposeTimesSelf(ExactRational[,] m)
    {
        int r = m.GetLength(0), c = m.GetLength(1);
        var g = new ExactRational[c, c];
        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var s = ExactRational.Zero;
                for (var k = 0; k < r; k++)
                {
                    s += m[k, i] * m[k, j];
                }

                g[i, j] = s;
            }
        }

        return g;
    }

    /// <summary>s·I + t·A for a square rational A (a copy).</summary>
    public static ExactRational[,] ShiftScale(ExactRational[,] a, ExactRational s, ExactRational t)
    {
        var n = a.GetLength(0);
        var result = new ExactRational[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = (t * a[i, j]) + (i == j ? s : ExactRational.Zero);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the symmetric rational matrix is positive semidefinite, exactly: symmetric Gaussian elimination in
    /// order — a negative pivot means not PSD; a zero pivot needs a zero row (else not PSD) and is skipped; a positive
    /// pivot is eliminated, and M is PSD iff its Schur complement is (Horn–Johnson, Matrix Analysis, Thm 7.7.7).
    /// </summary>
    public static bool IsPositiveSemidefinite(ExactRational[,] input)
    {
        var n = input.GetLength(0);
        var m = (ExactRational[,])input.Clone();
        for (var k = 0; k < n; k++)
        {
            var pivot = m[k, k];
            if (pivot.Sign < 0)
            {
                return false;
            }

            if (pivot.Sign == 0)
            {
                for (var j = k + 1; j < n; j++)
                {
                    if (m[k, j].Sign != 0)
                    {
                        return false;
                    }
                }

                continue;
            }

            for (var i = k + 1; i < n; i++)
            {
                if (m[i, k].Sign == 0)
                {
                    continue;
                }

                var factor = m[i, k] / pivot;
                for (var j = k + 1; j < n; j++)
                {
                    m[i, j] -= factor * m[k, j];
                }
            }
        }

        return true;
    }

    /// <summary>Whether A − bound·I is PSD exactly, i.e. bound ≤ λ_min(A).</summary>
    public static bool IsAtMostSmallestEigenvalue(ExactRational[,] a, double bound) =>
        IsPositiveSemidefinite(ShiftScale(a, ExactRational.Zero - ExactRational.FromDouble(bound), ExactRational.Ratio(1, 1)));

    /// <summary>Whether bound·I − A is PSD exactly, i.e. bound ≥ λ_max(A).</summary>
    public static bool IsAtLeastLargestEigenvalue(ExactRational[,] a, double bound) =>
        IsPositiveSemidefinite(ShiftScale(a, ExactRational.FromDouble(bound), ExactRational.Ratio(-1, 1)));
}

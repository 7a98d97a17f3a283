using System.Globalization;
using MathNet.Numerics.LinearAlgebra.Storage;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;

namespace Verify.Numerics;

/// <summary>Argument checks shared by every backend, so that all of them reject the same inputs with the same messages.</summary>
internal static class MatrixArguments
{
    /// <summary>The column-major storage array of a dense matrix (not a copy).</summary>
    public static double[] DenseValues(Matrix<double> matrix, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(matrix, parameterName);
        if (matrix.Storage is DenseColumnMajorMatrixStorage<double> dense)
        {
            return dense.Data;
        }

        throw new ArgumentException(
            $"'{parameterName}' must be a dense column-major matrix (MathNet DenseMatrix), but its storage is " +
            $"{matrix.Storage.GetType().Name}. Convert it with Matrix<double>.Build.DenseOfMatrix(...).",
            parameterName);
    }

    /// <summary>Checks the shapes of c ← alpha·op(a)·op(b) + beta·c and returns (m, n, k).</summary>
    public static (int M, int N, int K) GemmShape(
        bool transposeA, bool transposeB, Matrix<double> a, Matrix<double> b, Matrix<double> c)
    {
        var aValues = DenseValues(a, nameof(a));
        var bValues = DenseValues(b, nameof(b));
        var cValues = DenseValues(c, nameof(c));
        var (m, n, k) = ProductShape(transposeA, transposeB, a, b);

        if (c.RowCount != m || c.ColumnCount != n)
        {
            throw new ArgumentException(
                $"c is {c.RowCount}×{c.ColumnCount} but op(a)·op(b) is {m}×{n}.", nameof(c));
        }

        if (ReferenceEquals(cValues, aValues) || ReferenceEquals(cValues, bValues))
        {
            throw new ArgumentException("c must not share its storage with a or b.", nameof(c));
        }

        return (m, n, k);
    }

    /// <summary>Checks the shapes of c ← alpha·op(a)·op(b) + beta·c into the front of an array and returns (m, n, k).</summary>
    public static (int M, int N, int K) GemmShape(
        bool transposeA, bool transposeB, Matrix<double> a, Matrix<double> b, double[] c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var aValues = DenseValues(a, nameof(a));
        var bValues = DenseValues(b, nameof(b));
        var (m, n, k) = ProductShape(transposeA, transposeB, a, b);

        if ((long)m * n > c.Length)
        {
            throw new ArgumentException(
                $"c has {c.Length} elements but op(a)·op(b) is {m}×{n}.", nameof(c));
        }

        if (ReferenceEquals(c, aValues) || ReferenceEquals(c, bValues))
        {
            throw new ArgumentException("c must not share its storage with a or b.", nameof(c));
        }

        return (m, n, k);
    }

    /// <summary>Checks the shapes of c ← alpha·a·aᵀ + beta·c (a is n×k, c is n×n) and returns (n, k).</summary>
    public static (int N, int K) SymmetricRankKShape(Matrix<double> a, Matrix<double> c)
    {
        var aValues = DenseValues(a, nameof(a));
        var cValues = DenseValues(c, nameof(c));
        var n = a.RowCount;
        if (c.RowCount != n || c.ColumnCount != n)
        {
            throw new ArgumentException(
                $"c is {c.RowCount}×{c.ColumnCount} but a·aᵀ is {n}×{n} (a is {n}×{a.ColumnCount}).", nameof(c));
        }

        if (ReferenceEquals(cValues, aValues))
        {
            throw new ArgumentException("c must not share its storage with a.", nameof(c));
        }

        return (n, a.ColumnCount);
    }

    /// <summary>
    /// Checks that a matrix is dense, square, finite and symmetric up to √ε·max|aᵢⱼ| (Gram matrices computed by
    /// GEMM are symmetric only up to rounding), and returns its storage. Backends read the lower triangle only.
    /// </summary>
    public static double[] SymmetricValues(Matrix<double> matrix, string parameterName, string operation)
    {
        var values = SquareFiniteValues(matrix, parameterName, operation);
        var n = matrix.RowCount;
        var maxAbs = 0.0;
        foreach (var v in values)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        var tolerance = Math.Sqrt(Spectral.MachineEpsilon) * maxAbs;
        if (IsSymmetricWithin(values, n, tolerance))
        {
            return values;
        }

        // Name the first mismatched pair in column order (the tiled scan above finds them in tile order).
        for (var j = 0; j < n; j++)
        {
            for (var i = j + 1; i < n; i++)
            {
                var lower = values[(j * n) + i];
                var upper = values[(i * n) + j];
                if (Math.Abs(lower - upper) > tolerance)
                {
                    throw new ArgumentException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{operation} needs a symmetric matrix, but '{parameterName}'[{i},{j}] = {lower:R} and [{j},{i}] = {upper:R} differ by more than √ε·max|a| = {NumberFormat.Text(tolerance, 3)}."),
                        parameterName);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Whether |a_ij − a_ji| ≤ tolerance for all i &gt; j (NaN compares as a mismatch), in 64×64 tiles so that the
    /// transposed reads stay in cache (the column-order scan cost ~11 ms of W2's λ₀ at n = 2000).
    /// </summary>
    private static bool IsSymmetricWithin(double[] values, int n, double tolerance)
    {
        const int tile = 64;
        for (var tileColumn = 0; tileColumn < n; tileColumn += tile)
        {
            for (var tileRow = tileColumn; tileRow < n; tileRow += tile)
            {
                for (var j = tileColumn; j < Math.Min(tileColumn + tile, n); j++)
                {
                    for (var i = Math.Max(tileRow, j + 1); i < Math.Min(tileRow + tile, n); i++)
                    {
                        if (!(Math.Abs(values[(j * n) + i] - values[(i * n) + j]) <= tolerance))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Checks that a matrix is dense and finite and returns its storage.</summary>
    public static double[] FiniteValues(Matrix<double> matrix, string parameterName, string operation)
    {
        var values = DenseValues(matrix, parameterName);
        var rows = matrix.RowCount;
        for (var index = 0; index < values.Length; index++)
        {
            if (!double.IsFinite(values[index]))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{operation} needs finite entries, but '{parameterName}'[{index % rows},{index / rows}] = {values[index]}."),
                    parameterName);
            }
        }

        return values;
    }

    /// <summary>Checks that 0 ≤ count ≤ n.</summary>
    public static void RequireCount(int count, int n, string parameterName)
    {
        if (count < 0 || count > n)
        {
            throw new ArgumentOutOfRangeException(
                parameterName, count, $"The number of eigenvalues must be between 0 and the order {n}.");
        }
    }

    private static double[] SquareFiniteValues(Matrix<double> matrix, string parameterName, string operation)
    {
        var values = FiniteValues(matrix, parameterName, operation);
        if (matrix.RowCount != matrix.ColumnCount)
        {
            throw new ArgumentException(
                $"{operation} needs a square matrix, but '{parameterName}' is {matrix.RowCount}×{matrix.ColumnCount}.",
                parameterName);
        }

        return values;
    }

    /// <summary>(m, n, k) of op(a)·op(b), checking that the inner dimensions agree.</summary>
    private static (int M, int N, int K) ProductShape(bool transposeA, bool transposeB, Matrix<double> a, Matrix<double> b)
    {
        var m = transposeA ? a.ColumnCount : a.RowCount;
        var k = transposeA ? a.RowCount : a.ColumnCount;
        var kb = transposeB ? b.ColumnCount : b.RowCount;
        var n = transposeB ? b.RowCount : b.ColumnCount;
        if (k != kb)
        {
            throw new ArgumentException(
                $"Inner dimensions differ: op(a) is {m}×{k} but op(b) is {kb}×{n}.", nameof(b));
        }

        return (m, n, k);
    }
}

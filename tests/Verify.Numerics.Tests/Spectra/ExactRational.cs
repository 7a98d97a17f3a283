using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Tests;

/// <summary>Exact rationals p/q (q &gt; 0, lowest terms) over BigInteger, for checking certified bounds exactly.</summary>
internal readonly record struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsOne || gcd.IsZero ? numerator : numerator / gcd;
        Denominator = gcd.IsOne || gcd.IsZero ? denominator : denominator / gcd;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public int Sign => Numerator.Sign;

    public static Rational Zero => new(0, 1);

    /// <summary>The exact value of a finite double (mantissa · 2^exponent).</summary>
    public static Rational FromDouble(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentOutOfRangeException(nameof(d), d, "not finite");
        }

        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & ((1L << 52) - 1);
        var mantissa = exponentBits == 0 ? fraction : fraction | (1L << 52);
        var exponent = exponentBits == 0 ? -1074 : exponentBits - 1075;
        BigInteger numerator = mantissa;
        if (bits < 0)
        {
            numerator = -numerator;
        }

        return exponent >= 0
            ? new Rational(numerator * BigInteger.Pow(2, exponent), 1)
            : new Rational(numerator, BigInteger.Pow(2, -exponent));
    }

    public static Rational operator +(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public override string ToString() => $"{(double)Numerator / (double)Denominator:R}";
}

/// <summary>Exact matrix checks over <see cref="Rational"/>.</summary>
internal static class ExactMatrix
{
    public static Rational[,] FromDoubles(Matrix<double> a)
    {
        var result = new Rational[a.RowCount, a.ColumnCount];
        for (var i = 0; i < a.RowCount; i++)
        {
            for (var j = 0; j < a.ColumnCount; j++)
            {
                result[i, j] = Rational.FromDouble(a[i, j]);
            }
        }

        return result;
    }

    /// <summary>The exact Gram matrix MᵀM (c×c) of an r×c rational matrix.</summary>
    public static Rational[,] TransposeTimesSelf(Rational[,] m)
    {
        int r = m.GetLength(0), c = m.GetLength(1);
        var g = new Rational[c, c];
        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var s = Rational.Zero;
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
    public static Rational[,] ShiftScale(Rational[,] a, Rational s, Rational t)
    {
        var n = a.GetLength(0);
        var result = new Rational[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = (t * a[i, j]) + (i == j ? s : Rational.Zero);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the symmetric rational matrix is positive semidefinite, exactly: symmetric Gaussian elimination in
    /// order — a negative pivot means not PSD; a zero pivot needs a zero row (else not PSD) and is skipped; a positive
    /// pivot is eliminated, and M is PSD iff its Schur complement is (Horn–Johnson, Matrix Analysis, Thm 7.7.7).
    /// </summary>
    public static bool IsPositiveSemidefinite(Rational[,] input)
    {
        var n = input.GetLength(0);
        var m = (Rational[,])input.Clone();
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
    public static bool IsAtMostSmallestEigenvalue(Rational[,] a, double bound) =>
        IsPositiveSemidefinite(ShiftScale(a, Rational.Zero - Rational.FromDouble(bound), new Rational(1, 1)));

    /// <summary>Whether bound·I − A is PSD exactly, i.e. bound ≥ λ_max(A).</summary>
    public static bool IsAtLeastLargestEigenvalue(Rational[,] a, double bound) =>
        IsPositiveSemidefinite(ShiftScale(a, Rational.FromDouble(bound), new Rational(-1, 1)));
}

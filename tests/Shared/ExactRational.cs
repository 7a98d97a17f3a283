using System.Numerics;

namespace Verify.Tests.Shared;

/// <summary>
/// Exact rationals p/q over BigInteger (q &gt; 0, lowest terms), for checking bounds and inequalities on the exact binary
/// values of doubles, independently of Z3 and of floating point. Linked into the test projects that need it.
/// </summary>
internal readonly record struct ExactRational : IComparable<ExactRational>
{
    private ExactRational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("ExactRational with a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsOne || gcd.IsZero ? numerator : numerator / gcd;
        Denominator = gcd.IsOne || gcd.IsZero ? denominator : denominator / gcd;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public int Sign => Numerator.Sign;

    public static ExactRational Zero => new(BigInteger.Zero, BigInteger.One);

    /// <summary>p/q for integers (e.g. 314159/100000 for the decimal 3.14159, which no double holds exactly).</summary>
    public static ExactRational Ratio(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    /// <summary>The exact value of a finite double: ±mantissa · 2^exponent, read off its bits (subnormals included).</summary>
    public static ExactRational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} has no rational value.", nameof(value));
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        BigInteger mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        if (bits < 0)
        {
            mantissa = -mantissa;
        }

        return exponent >= 0 ? new(mantissa << exponent, BigInteger.One) : new(mantissa, BigInteger.One << -exponent);
    }

    public static implicit operator ExactRational(double value) => FromDouble(value);

    public static ExactRational operator +(ExactRational a, ExactRational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactRational operator -(ExactRational a, ExactRational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactRational operator *(ExactRational a, ExactRational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static ExactRational operator /(ExactRational a, ExactRational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(ExactRational a, ExactRational b) => a.CompareTo(b) < 0;

    public static bool operator >(ExactRational a, ExactRational b) => a.CompareTo(b) > 0;

    public static bool operator <=(ExactRational a, ExactRational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ExactRational a, ExactRational b) => a.CompareTo(b) >= 0;

    public int CompareTo(ExactRational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public override string ToString() => $"{Numerator}/{Denominator}";
}

using System.Globalization;
using System.Numerics;

namespace Verify.Symbolic;

/// <summary>
/// Writes doubles as SMT-LIB2 <c>Real</c> terms holding their exact binary value, so that Z3 reasons about
/// the number the program computed and never about a rounded decimal string.
/// </summary>
public static class SmtRational
{
    private const int MantissaBits = 52;
    private const int ExponentBias = 1075; // 1023 + 52: value = mantissa * 2^(exponent - 1075)

    /// <summary>
    /// The exact value of <paramref name="value"/> as a reduced fraction with a power-of-two denominator:
    /// <c>0.1</c> → <c>(/ 3602879701896397.0 36028797018963968.0)</c>, <c>-2.5</c> → <c>(- (/ 5.0 2.0))</c>,
    /// <c>3</c> → <c>3.0</c>, <c>-3</c> → <c>(- 3.0)</c>. Both zeros give <c>0.0</c> (a real has no sign of
    /// zero). NaN and infinities have no rational value and throw <see cref="ArgumentException"/>.
    /// </summary>
    public static string FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value.ToString(CultureInfo.InvariantCulture)} has no exact rational value.", nameof(value));
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int biasedExponent = (int)((bits >> MantissaBits) & 0x7FF);
        long fraction = bits & ((1L << MantissaBits) - 1);

        // Subnormals have no implicit leading bit and the exponent of the smallest normal number.
        long mantissa = biasedExponent == 0 ? fraction : fraction | (1L << MantissaBits);
        int exponent = (biasedExponent == 0 ? 1 : biasedExponent) - ExponentBias;

        if (mantissa == 0)
        {
            return "0.0";
        }

        int trailingZeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= trailingZeros;
        exponent += trailingZeros;

        string magnitude = exponent >= 0
            ? Decimal(new BigInteger(mantissa) << exponent)
            : $"(/ {Decimal(mantissa)} {Decimal(BigInteger.One << -exponent)})";
        return negative ? $"(- {magnitude})" : magnitude;
    }

    private static string Decimal(BigInteger integer) => integer.ToString(CultureInfo.InvariantCulture) + ".0";
}

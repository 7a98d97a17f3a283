namespace Verify.Training;

/// <summary>The logistic function s(t) = 1/(1 + e^{−t}) and its relatives, evaluated without overflow for any t.</summary>
internal static class Logistic
{
    /// <summary>s(t), from e^{−|t|} ∈ (0, 1] so that nothing overflows; s(−∞) = 0, s(∞) = 1.</summary>
    public static double Value(double t)
    {
        if (t >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-t));
        }

        var e = Math.Exp(t);
        return e / (1.0 + e);
    }

    /// <summary>s(t)(1 − s(t)) = s(t)·s(−t), without the cancellation of 1 − s(t) for large t.</summary>
    public static double Slope(double t) => Value(t) * Value(-t);

    /// <summary>
    /// log(1 + e^t) − log 2 = log((1 + e^t)/2) without overflow or cancellation: for t ≤ 0 it is log1p(expm1(t)/2), for
    /// t &gt; 0 it is t + log1p(expm1(−t)/2) (the same identity applied to e^t(1 + e^{−t})/2); expm1 and log1p keep the
    /// relative accuracy near t = 0, where the difference is ≈ t/2.
    /// </summary>
    public static double SoftplusMinusLog2(double t) => t <= 0
        ? MathNet.Numerics.SpecialFunctions.Log1p(MathNet.Numerics.SpecialFunctions.Expm1(t) / 2)
        : t + MathNet.Numerics.SpecialFunctions.Log1p(MathNet.Numerics.SpecialFunctions.Expm1(-t) / 2);

    /// <summary>log(1 + e^t) = max(t, 0) + log1p(e^{−|t|}) without overflow.</summary>
    public static double Softplus(double t) =>
        Math.Max(t, 0) + MathNet.Numerics.SpecialFunctions.Log1p(Math.Exp(-Math.Abs(t)));
}

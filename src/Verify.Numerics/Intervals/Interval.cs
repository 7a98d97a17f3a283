using static Verify.Numerics.DirectedRounding;

namespace Verify.Numerics;

/// <summary>
/// A closed interval [Lo, Hi] of reals with outward-rounded arithmetic: every operation's result contains the exact
/// result of the operation on every pair of reals in its operands (each endpoint is computed round-to-nearest and then
/// moved one ulp outward, see <see cref="Verify.Numerics.DirectedRounding"/>). Endpoints may be infinite
/// (Lo ∈ [−∞, ∞), Hi ∈ (−∞, ∞]); 0·(±∞) is taken as 0, the product of the exact 0 with any real. NaN is never an
/// endpoint: the constructor throws on it, and no operation on valid intervals produces one.
/// </summary>
public readonly record struct Interval
{
    /// <exception cref="ArgumentException">NaN, Lo &gt; Hi, Lo = +∞ or Hi = −∞.</exception>
    public Interval(double lo, double hi)
    {
        if (!(lo <= hi) || lo == double.PositiveInfinity || hi == double.NegativeInfinity)
        {
            throw new ArgumentException($"[{lo}, {hi}] is not an interval (NaN, Lo > Hi, or an empty infinite end).");
        }

        Lo = lo;
        Hi = hi;
    }

    public double Lo { get; }

    public double Hi { get; }

    /// <summary>min |x| over the interval: 0 when it contains 0.</summary>
    public double Mignitude => Lo > 0 ? Lo : Hi < 0 ? -Hi : 0.0;

    /// <summary>max |x| over the interval.</summary>
    public double Magnitude => Math.Max(Math.Abs(Lo), Math.Abs(Hi));

    public static Interval Point(double x) => new(x, x);

    public bool Contains(double x) => Lo <= x && x <= Hi;

    public static Interval operator +(Interval a, Interval b) => new(AddDown(a.Lo, b.Lo), AddUp(a.Hi, b.Hi));

    public static Interval operator -(Interval a, Interval b) => new(SubDown(a.Lo, b.Hi), SubUp(a.Hi, b.Lo));

    public static Interval operator -(Interval a) => new(-a.Hi, -a.Lo);

    public static Interval operator *(Interval a, Interval b)
    {
        var (lo1, hi1) = Product(a.Lo, b.Lo);
        var (lo2, hi2) = Product(a.Lo, b.Hi);
        var (lo3, hi3) = Product(a.Hi, b.Lo);
        var (lo4, hi4) = Product(a.Hi, b.Hi);
        return new(Math.Min(Math.Min(lo1, lo2), Math.Min(lo3, lo4)), Math.Max(Math.Max(hi1, hi2), Math.Max(hi3, hi4)));
    }

    public static Interval operator *(double s, Interval a) => Point(s) * a;

    /// <summary>{x² : x ∈ this}, never below 0.</summary>
    public Interval Square()
    {
        double small = Mignitude, large = Magnitude;
        return new(small == 0 ? 0 : Math.Max(0, MulDown(small, small)), large == 0 ? 0 : MulUp(large, large));
    }

    /// <summary>An enclosure of Σ_k a_k b_k (one outward rounding per product and per addition).</summary>
    public static Interval Dot(ReadOnlySpan<Interval> a, ReadOnlySpan<double> b)
    {
        RequireSameLength(a.Length, b.Length);
        var sum = Point(0);
        for (var k = 0; k < a.Length; k++)
        {
            sum += b[k] * a[k];
        }

        return sum;
    }

    /// <summary>An enclosure of Σ_k a_k b_k over all a_k, b_k in the intervals.</summary>
    public static Interval Dot(ReadOnlySpan<Interval> a, ReadOnlySpan<Interval> b)
    {
        RequireSameLength(a.Length, b.Length);
        var sum = Point(0);
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    public override string ToString() => $"[{Lo:R}, {Hi:R}]";

    /// <summary>
    /// Bounds on the exact x·y: 0·(±∞) and any exact 0 give (0, 0); otherwise the rounded product one ulp either way (an
    /// underflow to ±0 then gives ∓2⁻¹⁰⁷⁴ on one side, still a bound).
    /// </summary>
    private static (double Lo, double Hi) Product(double x, double y)
    {
        if (x == 0 || y == 0)
        {
            return (0.0, 0.0);
        }

        var p = x * y;
        return (Down(p), Up(p));
    }

    private static void RequireSameLength(int a, int b)
    {
        if (a != b)
        {
            throw new ArgumentException($"A dot product needs two vectors of one length, but they have {a} and {b} entries.");
        }
    }
}

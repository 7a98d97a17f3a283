using MathNet.Numerics.Random;

namespace Verify.Core;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna), its state filled by SplitMix64 from a 64-bit seed as
/// the authors recommend. A named algorithm, so that a seed means the same numbers everywhere; it is a
/// MathNet <see cref="RandomSource"/>, so MathNet's distributions sample from it.
/// </summary>
public sealed class Xoshiro256StarStar : RandomSource
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
        : base(threadSafe: false)
    {
        ulong splitMixState = seed;
        _s0 = NextSplitMix(ref splitMixState);
        _s1 = NextSplitMix(ref splitMixState);
        _s2 = NextSplitMix(ref splitMixState);
        _s3 = NextSplitMix(ref splitMixState);
    }

    /// <summary>The next 64 raw bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    protected override double DoSample() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override int DoSampleInteger() => (int)(NextUInt64() >> 33);

    protected override void DoSampleBytes(byte[] buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    private static ulong NextSplitMix(ref ulong state)
    {
        ulong z = Seeds.SplitMix64(state);
        state += 0x9e3779b97f4a7c15UL;
        return z;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

using System.Text;

namespace Verify.Core;

/// <summary>
/// Stable seed derivation: an instance's seed depends only on (master seed, stream name, instance index),
/// through FNV-1a of the name's UTF-8 bytes and the SplitMix64 finaliser, never on
/// <see cref="string.GetHashCode()"/>. Seeds are cut to 53 bits so that every JSON reader keeps them exact.
/// </summary>
public static class Seeds
{
    private const ulong Mask53 = (1UL << 53) - 1;

    /// <summary>The seed of instance <paramref name="index"/> of <paramref name="stream"/> (e.g. "du2019/in-scope").</summary>
    public static ulong Derive(ulong masterSeed, string stream, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ulong state = SplitMix64(masterSeed);
        state = SplitMix64(state ^ Fnv1a64(stream));
        state = SplitMix64(state ^ (ulong)index);
        return state & Mask53;
    }

    /// <summary>FNV-1a, 64 bits, over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text)
    {
        ulong hash = 0xcbf29ce484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 0x100000001b3UL;
        }
        return hash;
    }

    /// <summary>One SplitMix64 step from <paramref name="x"/>: add the golden gamma, then finalise.</summary>
    public static ulong SplitMix64(ulong x)
    {
        ulong z = x + 0x9e3779b97f4a7c15UL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}

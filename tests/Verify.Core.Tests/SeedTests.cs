using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

/// <summary>
/// Expected values were computed independently by a C transcription of the reference algorithms
/// (SplitMix64 and xoshiro256** by Blackman and Vigna, FNV-1a 64), not by this code.
/// </summary>
public sealed class SeedTests
{
    [Test]
    public void Fnv1a64_MatchesPublishedVectors()
    {
        Assert.That(Seeds.Fnv1a64(""), Is.EqualTo(0xcbf29ce484222325UL));
        Assert.That(Seeds.Fnv1a64("a"), Is.EqualTo(0xaf63dc4c8601ec8cUL));
    }

    [TestCase(0UL, "", 0, 7820674780402316UL)]
    [TestCase(20190101UL, "du2019/in-scope", 0, 4214554753106398UL)]
    [TestCase(20190101UL, "du2019/in-scope", 1, 7336345104809502UL)]
    [TestCase(7UL, "λ₀/é", 3, 7839259703508891UL)]
    public void Derive_IsPinned(ulong master, string stream, int index, ulong expected)
    {
        Assert.That(Seeds.Derive(master, stream, index), Is.EqualTo(expected));
    }

    [Test]
    public void Derive_FitsIn53Bits()
    {
        for (int i = 0; i < 1000; i++)
        {
            Assert.That(Seeds.Derive(ulong.MaxValue, "x", i), Is.LessThan(1UL << 53));
        }
    }

    [TestCase(0UL, 0x99ec5f36cb75f2b4UL, 0xbf6e1f784956452aUL, 0x1a5f849d4933e6e0UL)]
    [TestCase(42UL, 0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL)]
    public void Xoshiro256StarStar_MatchesTheReferenceImplementation(ulong seed, ulong first, ulong second, ulong third)
    {
        var random = new Xoshiro256StarStar(seed);

        Assert.That(new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() }, Is.EqualTo(new[] { first, second, third }));
    }

    [Test]
    public void Xoshiro256StarStar_DoublesAreUniformOnTheUnitInterval()
    {
        var random = new Xoshiro256StarStar(1);
        var samples = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToList();

        Assert.That(samples.Min(), Is.GreaterThanOrEqualTo(0.0));
        Assert.That(samples.Max(), Is.LessThan(1.0));
        // The mean of 1e5 uniforms has standard deviation 1/sqrt(12e5) ≈ 9.1e-4: 5 sigma is 4.6e-3.
        Assert.That(samples.Average(), Is.EqualTo(0.5).Within(4.6e-3));
    }
}

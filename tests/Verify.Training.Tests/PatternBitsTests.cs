using NUnit.Framework;

namespace Verify.Training.Tests;

/// <summary>Known answers for the packed activation pattern 1{z ≥ 0} of Z(0) and the count of changes against it.</summary>
public sealed class PatternBitsTests
{
    [Test]
    public void SignedZerosNaNAndTheEdgesOfVectorsAndWordsArePackedAsTheScalarRule()
    {
        // 130 entries: two whole words and 2 in a third; special values at the edges of 4-wide vectors and of words.
        var z = Enumerable.Range(0, 130).Select(k => k % 3 == 0 ? -1.0 - k : 1.0 + k).ToArray();
        z[0] = -0.0;
        z[3] = double.NaN;
        z[4] = 0.0;
        z[63] = double.NaN;
        z[64] = -0.0;
        z[127] = double.NegativeInfinity;
        z[129] = double.PositiveInfinity;

        var bits = new ulong[ReluKernels.PatternWords(z.Length)];
        ReluKernels.WritePattern(z, bits);

        Assert.That(bits, Has.Length.EqualTo(3));
        for (var k = 0; k < z.Length; k++)
        {
            Assert.That(((bits[k / 64] >> (k % 64)) & 1) == 1, Is.EqualTo(z[k] >= 0), $"bit {k} (z = {z[k]})");
        }

        Assert.That(bits[2] >> 2, Is.Zero, "no bits past the end");
        Assert.That(ReluKernels.CountPatternChanges(bits, z), Is.Zero);

        var flipped = z.Select(v => -v).ToArray(); // −NaN is NaN: positions 3 and 63 stay 0; ±0 stay 1
        var expected = z.Zip(flipped).Count(p => (p.First >= 0) != (p.Second >= 0));
        Assert.That(ReluKernels.CountPatternChanges(bits, flipped), Is.EqualTo(expected));
        Assert.That(expected, Is.EqualTo(130 - 5), "all but the two NaNs and the three signed zeros flip");
    }
}

using NUnit.Framework;
using Verify.Core;

namespace Verify.Core.Tests;

public sealed class AsciiKeyTests
{
    [TestCase("λ₀", "lambda0")]
    [TestCase("η", "eta")]
    [TestCase("δ", "delta")]
    [TestCase("m", "m")]
    [TestCase("steps", "steps")]
    [TestCase("R′", "Rprime")]
    [TestCase("λ_min(H(0))", "lambda_min_H_0")]
    [TestCase("‖x‖²", "x_2")]
    [TestCase("Φ", "Phi")]
    [TestCase("n⁶", "n6")]
    [TestCase("∞", "inf")]
    [TestCase("—", "_")]
    public void From_SpellsTheNameInAscii(string name, string key)
    {
        Assert.That(AsciiKey.From(name), Is.EqualTo(key));
        Assert.That(AsciiKey.From(name).All(char.IsAscii), Is.True);
    }
}

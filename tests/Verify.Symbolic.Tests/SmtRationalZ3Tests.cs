using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class SmtRationalZ3Tests
{
    private Z3Session _session = null!;

    [SetUp]
    public void CreateSession()
    {
        Z3Requirement.Ensure();
        _session = new Z3Session();
    }

    [TearDown]
    public void DisposeSession() => _session?.Dispose();

    private static string R(double value) => SmtRational.FromDouble(value);

    [Test]
    public void BinaryTenthPlusTwoTenthsIsNotThreeTenths()
    {
        var result = _session.Prove(string.Empty, $"(not (= (+ {R(0.1)} {R(0.2)}) {R(0.3)}))");
        Assert.That(result, Is.InstanceOf<ProofResult.Proved>());
    }

    [Test]
    public void HalfTimesTwoIsOne()
    {
        Assert.That(_session.Prove(string.Empty, $"(= (* {R(0.5)} 2.0) 1.0)").IsProved, Is.True);
        Assert.That(_session.Prove(string.Empty, $"(= {R(-2.5)} (- 2.5))").IsProved, Is.True);
    }

    [Test]
    public void BinaryTenthDiffersFromTheDecimalLiteral()
    {
        // SMT-LIB's 0.1 is exactly 1/10; the double 0.1 is not.
        Assert.That(_session.Prove(string.Empty, $"(= {R(0.1)} 0.1)"), Is.InstanceOf<ProofResult.Refuted>());
        Assert.That(_session.Prove(string.Empty, $"(< 0.0 (- {R(0.1)} 0.1) (/ 1.0 100000000000000000.0))").IsProved, Is.True);
    }

    [Test]
    public void Z3ReadsBackTheSameNumberItWasGiven()
    {
        IEnumerable<double> spread = Enumerable.Range(0, 20)
            .Select(i => (i % 2 == 0 ? 1 : -1) * Math.ScaleB(1.0 + (i * 0.1234567), (i * 7) - 70));
        double[] values = [1e-300, double.Epsilon, 1152921504606846976.0, 0.1, -2.5, double.MaxValue, .. spread];
        foreach (double value in values)
        {
            string simplified = _session.Evaluate($"(simplify {R(value)})").Trim();
            Assert.That(Normalise(simplified), Is.EqualTo(Normalise(R(value))), $"value {value:R}");
            double next = Math.BitIncrement(value);
            if (double.IsFinite(next))
            {
                Assert.That(_session.Prove(string.Empty, $"(< {R(value)} {R(next)})").IsProved, Is.True, $"value {value:R}");
            }
        }
    }

    /// <summary>Z3 breaks long terms over lines; compare with single spaces.</summary>
    private static string Normalise(string term) => Regex.Replace(term, @"\s+", " ");
}

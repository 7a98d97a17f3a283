using NUnit.Framework;
using Verify.Core;
using Verify.Theorems.Nguyen2021;

namespace Verify.Theorems.Tests.Nguyen2021;

/// <summary>
/// The module's rounded §5 quantities (<see cref="SectionFiveQuantities"/>, pessimistic end) against the proof's own
/// implementation (<see cref="ChainBounds"/>, tested against exact rationals): the same formulas and constants, so at the
/// same inputs and radii they agree to a few roundings.
/// </summary>
public sealed class SectionFiveAgreementTests
{
    [Test]
    public void PessimisticQuantities_AgreeWithTheProofsBounds([Values(2, 3, 4)] int depth)
    {
        var random = new Xoshiro256StarStar((ulong)depth);
        for (int trial = 0; trial < 50; trial++)
        {
            double[] norms = [.. Enumerable.Range(0, depth).Select(_ => 0.5 + 3 * random.NextDouble())];
            double[] radii = [.. Enumerable.Range(0, depth).Select(_ => random.NextDouble())];
            double x = 1 + 5 * random.NextDouble(), residual = random.NextDouble(), lambdaF = 0.1 + 10 * random.NextDouble();

            var module = SectionFiveQuantities.From(new SectionFiveInputs(lambdaF, norms, x, residual), radii, pessimistic: true);
            var proof = ChainBounds.At(new ChainInputs(x, norms, residual, lambdaF), radii);

            const double relative = 1e-13; // each side is within a few dozen roundings of the exact value
            Assert.That(module.B, Is.EqualTo(proof.B).Within(relative * proof.B), $"B, trial {trial}");
            Assert.That(module.LambdaFSquared, Is.EqualTo(proof.LambdaFSquared).Within(relative * proof.LambdaFSquared));
            Assert.That(module.StepBound, Is.EqualTo(proof.MaxStepSize).Within(relative * proof.MaxStepSize));
            for (int l = 0; l < depth; l++)
            {
                Assert.That(module.Movements[l], Is.EqualTo(proof.Movement[l]).Within(relative * proof.Movement[l]), $"R_{l + 1}, trial {trial}");
            }
            Assert.That(module.H0Ratio >= 1, Is.EqualTo(proof.H0Slack >= 0).Or.Matches<bool>(_ => Math.Abs(module.H0Ratio - 1) < 1e-12), "(H0) decided alike");
        }
    }
}

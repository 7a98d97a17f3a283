using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Numerics.Tests;

/// <summary>Known answers for G = X Xᵀ, the activation pattern P and H(W) = G ∘ (P Pᵀ)/m.</summary>
public sealed class FiniteWidthNtkTests
{
    private const double Epsilon = Spectral.MachineEpsilon;

    [Test]
    public void InputGramIsExactlySymmetricAndMatchesDotProducts(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var x = Gaussian.Sample(30, 12, new Xoshiro(41));

        var g = Gram.InputGram(backend, x);
        var expected = Matrix<double>.Build.Dense(30, 30, (i, j) => x.Row(i).DotProduct(x.Row(j)));

        // Each entry is a length-12 dot product: both sides within γ₁₂·‖xᵢ‖‖xⱼ‖ of the exact value (Tolerances.Gemm).
        var bound = Tolerances.Gemm(false, true, 1.0, x, x, 0.0, Matrix<double>.Build.Dense(30, 30));
        Assert.Multiple(() =>
        {
            Assert.That(g, Is.EqualTo(g.Transpose()));
            Assert.That(Tolerances.WorstExcess(g, expected, bound), Is.LessThanOrEqualTo(0.0));
        });
    }

    [Test]
    public void ActivationPatternUsesReluDerivativeOneAtZero(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);

        // X = I₃, so Z = X Wᵀ = Wᵀ exactly; the zero entries of W must give Pᵢᵣ = 1 (σ′(0) = 1, Du et al.'s convention).
        var x = Matrix<double>.Build.DenseIdentity(3);
        var w = Matrix<double>.Build.DenseOfRowArrays([1.5, 0.0, -2.0], [-0.25, 0.0, 3.0], [0.0, -1.0, 0.0], [-4.0, 2.0, 1.0]);

        var p = Gram.ActivationPattern(backend, x, w);
        var expected = Matrix<double>.Build.DenseOfRowArrays([1.0, 0.0, 1.0, 0.0], [1.0, 1.0, 0.0, 1.0], [0.0, 1.0, 1.0, 1.0]);

        Assert.That(p, Is.EqualTo(expected));
    }

    [Test]
    public void FiniteWidthGramMatchesItsDefinition(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var rng = new Xoshiro(43);
        var x = UnitSphere.Sample(6, 5, rng);
        var w = Gaussian.Sample(50, 5, rng);

        var g = Gram.InputGram(backend, x);
        var h = Gram.FiniteWidthReluNtk(backend, g, Gram.ActivationPattern(backend, x, w));
        var expected = Matrix<double>.Build.Dense(6, 6, (i, j) =>
        {
            var both = Enumerable.Range(0, 50).Count(r => w.Row(r).DotProduct(x.Row(i)) >= 0 && w.Row(r).DotProduct(x.Row(j)) >= 0);
            return x.Row(i).DotProduct(x.Row(j)) * both / 50.0;
        });

        // The counts are exact integers on both sides (no w_rᵀxᵢ is within rounding of 0 for this draw, checked below);
        // the entries then differ only by the rounding of Gᵢⱼ (≤ 2γ₅ for unit inputs) and two more roundings.
        var z = x * w.Transpose();
        Assert.Multiple(() =>
        {
            Assert.That(z.Enumerate().Min(Math.Abs), Is.GreaterThan(1e-10), "precondition: no pattern decided by rounding");
            Assert.That(h.ToColumnMajorArray(), Is.EqualTo(expected.ToColumnMajorArray()).Within(16 * Epsilon));
            Assert.That(h, Is.EqualTo(h.Transpose()), "exactly symmetric");
        });
    }

    [Test]
    public void AllNeuronsActiveGivesTheInputGram()
    {
        // P = 1 (n×4): P Pᵀ = 4 everywhere and Gᵢⱼ·4/4 = Gᵢⱼ exactly (scaling by a power of two).
        var x = Gaussian.Sample(5, 3, new Xoshiro(47));
        var g = Gram.InputGram(TestBackends.Managed, x);
        var ones = Matrix<double>.Build.Dense(5, 4, 1.0);

        Assert.That(Gram.FiniteWidthReluNtk(TestBackends.Managed, g, ones), Is.EqualTo(g));
    }

    [Test]
    public void MismatchedShapesAreRejected()
    {
        var g = Matrix<double>.Build.DenseIdentity(3);
        Assert.Multiple(() =>
        {
            Assert.That(() => Gram.InfiniteWidthReluNtk(Matrix<double>.Build.Dense(2, 3)), Throws.ArgumentException);
            Assert.That(
                () => Gram.FiniteWidthReluNtk(TestBackends.Managed, g, Matrix<double>.Build.Dense(4, 2)),
                Throws.ArgumentException);
            Assert.That(
                () => Gram.FiniteWidthReluNtk(TestBackends.Managed, g, Matrix<double>.Build.Dense(3, 0)),
                Throws.ArgumentException);
            Assert.That(
                () => Gram.ActivationPattern(Matrix<double>.Build.Dense(3, 2), Matrix<double>.Build.Dense(2, 3)),
                Throws.ArgumentException);
        });
    }
}

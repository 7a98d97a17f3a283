using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Core;

namespace Verify.Numerics.Tests;

public sealed class NtkRoundingTests
{
    private static readonly ILinearAlgebraBackend Managed = Backends.Load(BackendChoice.Managed);

    [Test]
    public void OrthonormalInputs_GiveABoundOfOrderNDEpsilon()
    {
        var g = Matrix<double>.Build.DenseIdentity(10);

        double bound = NtkRounding.InfiniteWidthFrobeniusBound(g, d: 10);

        Assert.That(bound, Is.GreaterThan(0).And.LessThan(1e-12));
    }

    [Test]
    public void NearlyParallelInputs_UseTheHolderBound()
    {
        // ρ within 1e-14 of 1: the slope of arccos makes rounding matter at the √ε level.
        var g = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1 - 1e-14 }, { 1 - 1e-14, 1.0 } });

        double bound = NtkRounding.InfiniteWidthFrobeniusBound(g, d: 3);

        Assert.That(bound, Is.GreaterThan(1e-9).And.LessThan(1e-6));
    }

    [Test]
    public void CoversTheDifferenceBetweenTwoSummationOrders()
    {
        // The same inputs with permuted coordinates give the same exact H∞; the computed ones differ only
        // by rounding, so their difference is at most twice the bound.
        var random = new Xoshiro256StarStar(17);
        var x = UnitSphere.Sample(60, 500, random);
        var permutation = Enumerable.Range(0, 500).Reverse().ToArray();
        var permuted = Matrix<double>.Build.Dense(60, 500, (i, j) => x[i, permutation[j]]);
        var g = Gram.InputGram(Managed, x);
        var h = Gram.InfiniteWidthReluNtk(g);
        var hPermuted = Gram.InfiniteWidthReluNtk(Gram.InputGram(Managed, permuted));

        double difference = (h - hPermuted).FrobeniusNorm();

        Assert.That(difference, Is.LessThanOrEqualTo(2 * NtkRounding.InfiniteWidthFrobeniusBound(g, 500)));
        Assert.That(difference, Is.GreaterThan(0), "the two orders must actually round differently");
    }
}

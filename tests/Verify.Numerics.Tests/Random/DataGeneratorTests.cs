using NUnit.Framework;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Numerics.Tests;

public sealed class DataGeneratorTests
{
    [Test]
    public void SameSeedGivesTheSameDataAndAnotherSeedDoesNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UnitSphere.Sample(7, 4, new Xoshiro(11)), Is.EqualTo(UnitSphere.Sample(7, 4, new Xoshiro(11))));
            Assert.That(Gaussian.Sample(7, 4, new Xoshiro(11)), Is.EqualTo(Gaussian.Sample(7, 4, new Xoshiro(11))));
            Assert.That(Labels.Gaussian(9, new Xoshiro(11)), Is.EqualTo(Labels.Gaussian(9, new Xoshiro(11))));
            Assert.That(Labels.Uniform(9, 2.0, new Xoshiro(11)), Is.EqualTo(Labels.Uniform(9, 2.0, new Xoshiro(11))));
            Assert.That(Gaussian.Sample(7, 4, new Xoshiro(12)), Is.Not.EqualTo(Gaussian.Sample(7, 4, new Xoshiro(11))));
        });
    }

    [TestCase(1, 5)]
    [TestCase(5, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 4)]
    [TestCase(7, 13)]
    [TestCase(64, 33)]
    [TestCase(3000, 4)] // more than one block of uniforms
    public void GaussianDrawsRowByRowAsMathNetsNormalSamples(int n, int d)
    {
        // The draw order is part of reproducibility: entry (i, j) is the (i·d + j)-th value of MathNet's Normal.Samples,
        // and the generator must be left in the same state (the output weights are drawn next).
        var reference = new Xoshiro(21);
        var sequence = new double[n * d];
        MathNet.Numerics.Distributions.Normal.Samples(reference, sequence, 0.0, 1.0);
        var rng = new Xoshiro(21);

        var sample = Gaussian.Sample(n, d, rng);

        Assert.That(sample, Is.EqualTo(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, d, (i, j) => sequence[(i * d) + j])));
        Assert.That(rng.NextDouble(), Is.EqualTo(reference.NextDouble()), "the same number of uniforms consumed");
    }

    [Test]
    public void UnitSphereRowsHaveUnitNorm()
    {
        var x = UnitSphere.Sample(50, 9, new Xoshiro(3));

        // Normalising costs a few roundings per coordinate: |‖x̂‖ − 1| ≤ (d + 2)·ε is ample.
        var tolerance = 11 * Spectral.MachineEpsilon;
        Assert.That(x.RowCount, Is.EqualTo(50));
        Assert.That(x.ColumnCount, Is.EqualTo(9));
        Assert.That(x.RowNorms(2.0), Is.All.EqualTo(1.0).Within(tolerance));
    }

    [Test]
    public void UnitSphereIsTheNormalisedGaussianDraw()
    {
        var gaussian = Gaussian.Sample(6, 3, new Xoshiro(5));
        var sphere = UnitSphere.Sample(6, 3, new Xoshiro(5));

        // The same rows divided by their norms, computed in two ways (|entries| ≤ 1): a norm's rounding (≤ 2ε for
        // d = 3) plus the division's (ε/2) stays under 4ε.
        Assert.That(sphere.ToColumnMajorArray(), Is.EqualTo(gaussian.NormalizeRows(2.0).ToColumnMajorArray()).Within(4 * Spectral.MachineEpsilon));
    }

    [Test]
    public void GaussianEntriesHaveMeanZeroAndVarianceOne()
    {
        var values = Gaussian.Sample(200, 100, new Xoshiro(8)).Enumerate().ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();

        // N = 20 000 draws: the standard error of the mean is 1/√N ≈ 0.007 and of the variance √(2/N) = 0.01;
        // 5 standard errors make a false failure impossible in practice (and the seed is fixed).
        Assert.Multiple(() =>
        {
            Assert.That(mean, Is.EqualTo(0.0).Within(0.035));
            Assert.That(variance, Is.EqualTo(1.0).Within(0.05));
        });
    }

    [Test]
    public void UniformLabelsLieInTheIntervalAndFillIt()
    {
        var y = Labels.Uniform(2000, 3.0, new Xoshiro(4));

        Assert.Multiple(() =>
        {
            Assert.That(y, Is.All.InRange(-3.0, 3.0));
            // 2000 uniform draws on [−3, 3] all miss [−3, −2.9) with probability (1 − 0.1/6)^2000 ≈ 2e-15.
            Assert.That(y.Min(), Is.LessThan(-2.9));
            Assert.That(y.Max(), Is.GreaterThan(2.9));
            Assert.That(y.Average(), Is.EqualTo(0.0).Within(0.2), "mean 0, standard error √3/√2000 ≈ 0.04");
        });
    }

    [Test]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => UnitSphere.Sample(3, 0, new Xoshiro(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => Gaussian.Sample(-1, 2, new Xoshiro(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => Labels.Uniform(3, -1.0, new Xoshiro(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => Labels.Uniform(3, double.NaN, new Xoshiro(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}

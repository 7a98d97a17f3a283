using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using Verify.Numerics;
using Xoshiro = Verify.Core.Xoshiro256StarStar;

namespace Verify.Training.Tests;

public sealed class NetworkTests
{
    [Test]
    public void InitializeDrawsWRowByRowThenTheSigns()
    {
        var network = TwoLayerReluNetwork.Initialize(m: 40, d: 3, new Xoshiro(7));

        // The documented order: all of W as Gaussian.Sample(m, d) first, then a_r = +1 iff NextDouble() < ½.
        var rng = new Xoshiro(7);
        var w = Gaussian.Sample(40, 3, rng);
        var a = Enumerable.Range(0, 40).Select(_ => rng.NextDouble() < 0.5 ? 1.0 : -1.0).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(network.W, Is.EqualTo(w));
            Assert.That(network.A, Is.EqualTo(a));
            Assert.That(network.A, Is.All.EqualTo(1.0).Or.EqualTo(-1.0));
            Assert.That(network.A, Has.Some.EqualTo(1.0).And.Some.EqualTo(-1.0));
            Assert.That(network.Width, Is.EqualTo(40));
            Assert.That(network.InputDimension, Is.EqualTo(3));
        });
    }

    [Test]
    public void ConstructorCopiesItsArguments()
    {
        var w = Matrix<double>.Build.Dense(2, 2, 1.0);
        double[] a = [1.0, -1.0];
        var network = new TwoLayerReluNetwork(w, a);
        w[0, 0] = 5;
        a[0] = 5;

        Assert.Multiple(() =>
        {
            Assert.That(network.W[0, 0], Is.EqualTo(1.0));
            Assert.That(network.A[0], Is.EqualTo(1.0));
            Assert.That(() => new TwoLayerReluNetwork(w, [1.0]), Throws.ArgumentException);
        });
    }

    [Test]
    public void DescentRejectsInvalidSetups()
    {
        var problem = Problem.Random(n: 4, d: 3, m: 5, seed: 3);
        var backend = TestBackends.Managed;
        var nanNetwork = new TwoLayerReluNetwork(Matrix<double>.Build.Dense(5, 3, double.NaN), problem.Network.A);

        Assert.Multiple(() =>
        {
            Assert.That(() => new FirstLayerGradientDescent(backend, problem.X, [1.0], problem.Network, 0.1), Throws.ArgumentException);
            Assert.That(() => problem.Descent(backend, 0.0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => problem.Descent(backend, double.PositiveInfinity), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(
                () => new FirstLayerGradientDescent(backend, problem.X.SubMatrix(0, 4, 0, 2), problem.Y, problem.Network, 0.1),
                Throws.ArgumentException);
            Assert.That(() => new FirstLayerGradientDescent(backend, problem.X, problem.Y, nanNetwork, 0.1), Throws.ArgumentException);
        });
    }
}

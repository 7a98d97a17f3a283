using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using NUnit.Framework;
using Verify.Core.Networks;
using Verify.Theorems.Chatterjee2022;
using Verify.Training;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// <see cref="BackpropIntervals"/> against an independent double-precision forward/backward pass
/// (<see cref="BackpropReference"/>) at random points of the ball, and known answers at r = 0 and in closed form.
/// The reference's own rounding is a few ulps (relative, or of M = |s|Σ|a_k w_k| for ŷ), far below the enclosure's
/// widening at r &gt; 0; at r = 0 both are a few ulps, so every comparison allows the reference <see cref="ReferenceSlack"/>.
/// </summary>
public sealed class BackpropIntervalTests
{
    private const double ReferenceSlack = 1e-14;
    private const double OutputScale = 0.7;
    private const int PointsPerCase = 50;

    private static readonly double[] Radii = [0, 0.02, 0.1, 0.5];

    [Test]
    public void BoundsHoldAtRandomPointsOfTheBall(
        [Values("tanh", "sigmoid", "softplus", "arctan")] string activation,
        [Values(2, 3)] int depth,
        [Values(false, true)] bool positive)
    {
        var sigma = BackpropReference.Of(activation);
        var random = new Xoshiro256StarStar(100 + depth + (positive ? 10 : 0));
        var x = Inputs(4, 3, random);
        var w0 = positive ? Positive(depth, 3, random) : LeCun(depth, 3, random);
        foreach (var radius in Radii)
        {
            var enclosure = BackpropIntervals.Enclose(Network(sigma.Name, w0), x, radius);
            if (positive && radius <= 0.1)
            {
                Assert.That(enclosure.D, Is.GreaterThan(0.0), $"{sigma.Name}, L = {depth}, r = {radius}: the bound is not vacuous");
            }

            for (var p = 0; p < (radius == 0 ? 1 : PointsPerCase); p++)
            {
                var distance = p % 5 == 0 ? radius : radius * random.NextDouble();
                var w = Perturb(w0, distance, random);
                for (var i = 0; i < x.RowCount; i++)
                {
                    var (output, scale, delta) = sigma.Evaluate(w, OutputScale, x.Row(i).ToArray());
                    var squared = delta.Sum(d => d * d);
                    var what = $"{sigma.Name}, L = {depth}, r = {radius}, |θ − θ₀| = {distance}, sample {i}";
                    Assert.That(squared * (1 + ReferenceSlack), Is.GreaterThanOrEqualTo(enclosure.DeltaSquaredLower[i]), what);
                    var box = enclosure.Outputs[i];
                    Assert.That(output, Is.InRange(box.Lo - (ReferenceSlack * scale), box.Hi + (ReferenceSlack * scale)), what);
                }
            }
        }
    }

    [Test]
    public void AtRadiusZeroTheBoundsAreTight(
        [Values("tanh", "sigmoid", "softplus", "arctan")] string activation, [Values(2, 3, 4)] int depth)
    {
        var sigma = BackpropReference.Of(activation);
        var random = new Xoshiro256StarStar(200 + depth);
        var x = Inputs(5, 3, random);
        var w0 = LeCun(depth, 3, random);
        var enclosure = BackpropIntervals.Enclose(Network(sigma.Name, w0), x, 0);
        var y = Matrix<double>.Build.Dense(x.RowCount, 1, (i, _) => i - 2.0);
        var loss = 0.0;
        for (var i = 0; i < x.RowCount; i++)
        {
            var (output, scale, delta) = sigma.Evaluate(w0, OutputScale, x.Row(i).ToArray());
            var squared = delta.Sum(d => d * d);
            Assert.That(enclosure.DeltaSquaredLower[i] / squared, Is.InRange(1 - 1e-12, 1 + ReferenceSlack), $"{sigma.Name}, sample {i}");
            Assert.That(enclosure.Outputs[i].Hi - enclosure.Outputs[i].Lo, Is.LessThanOrEqualTo(1e-12 * scale));
            loss += 0.5 * (output - y[i, 0]) * (output - y[i, 0]);
        }

        Assert.That(enclosure.D, Is.EqualTo(enclosure.DeltaSquaredLower.Min()));
        Assert.That(BackpropIntervals.LossUpper(enclosure, y) / loss, Is.InRange(1 - ReferenceSlack, 1 + 1e-12));
    }

    [Test]
    public void TwoLayerWithZeroFirstLayerMatchesTheClosedForm(
        [Values("tanh", "softplus")] string activation, [Values(0, 0.01, 0.1, 0.4)] double radius)
    {
        // W₁ = 0, W₂ = c·1: δ_i = s·σ′(0)·c·1 at θ₀. Over the ball z_{1,ij} ∈ [−m, m], m = |x_i|r, and W₂ ≥ c − r entrywise,
        // so the bound is n₁s²(c − r)²·min(σ′(−m), σ′(m))² — sech⁴(m) for tanh; logistic(−m)² for softplus (σ′ increasing).
        const int width = 7;
        const double c = 0.9;
        var sigma = BackpropReference.Of(activation);
        var random = new Xoshiro256StarStar(300);
        var x = Inputs(3, 4, random);
        double[][,] w0 = [new double[4, width], Constant(width, 1, c)];
        var enclosure = BackpropIntervals.Enclose(Network(activation, w0), x, radius);
        for (var i = 0; i < x.RowCount; i++)
        {
            var m = x.Row(i).L2Norm() * radius;
            var slope = activation == "tanh" ? 1 / (Math.Cosh(m) * Math.Cosh(m)) : 1 / (1 + Math.Exp(m));
            var expected = width * OutputScale * OutputScale * (c - radius) * (c - radius) * slope * slope;
            Assert.That(enclosure.DeltaSquaredLower[i] / expected, Is.InRange(1 - 1e-13, 1 + 1e-14), $"sample {i}");
        }

        if (radius == 0)
        {
            var atZero = width * OutputScale * OutputScale * c * c * sigma.Slope(0) * sigma.Slope(0);
            Assert.That(enclosure.D / atZero, Is.InRange(1 - 1e-13, 1.0));
        }
    }

    [Test]
    public void NonSmoothActivationsShallowNetworksAndVectorOutputsAreRejected()
    {
        var x = Matrix<double>.Build.Dense(2, 3, 1.0);
        Assert.Multiple(() =>
        {
            var relu = new FeedForwardNetwork(new NetworkSpec([4, 1], ActivationSpec.Relu), [Ones(3, 4), Ones(4, 1)]);
            Assert.That(() => BackpropIntervals.Enclose(relu, x, 0.1), Throws.ArgumentException.With.Message.Contains("smooth (C²), strictly increasing"));
            var shallow = new FeedForwardNetwork(new NetworkSpec([1], ActivationSpec.Tanh), [Ones(3, 1)]);
            Assert.That(() => BackpropIntervals.Enclose(shallow, x, 0.1), Throws.ArgumentException.With.Message.Contains("depth L ≥ 2"));
            var wide = new FeedForwardNetwork(new NetworkSpec([4, 2], ActivationSpec.Tanh), [Ones(3, 4), Ones(4, 2)]);
            Assert.That(() => BackpropIntervals.Enclose(wide, x, 0.1), Throws.ArgumentException.With.Message.Contains("scalar output (n_L = 1), but n_L = 2"));
            var tanh = new FeedForwardNetwork(new NetworkSpec([4, 1], ActivationSpec.Tanh), [Ones(3, 4), Ones(4, 1)]);
            Assert.That(() => BackpropIntervals.Enclose(tanh, x, double.NaN), Throws.ArgumentException.With.Message.Contains("radius"));
        });
    }

    private static FeedForwardNetwork Network(string activation, double[][,] w) =>
        new(new NetworkSpec([.. w.Select(m => m.GetLength(1))], new ActivationSpec(activation), OutputScale),
            [.. w.Select(m => Matrix<double>.Build.DenseOfArray(m))]);

    private static Matrix<double> Inputs(int n, int d, Random random) =>
        Matrix<double>.Build.Dense(n, d, (_, _) => (2 * random.NextDouble()) - 1);

    private static Matrix<double> Ones(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, 1.0);

    private static double[,] Constant(int rows, int columns, double value)
    {
        var m = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < columns; k++)
            {
                m[r, k] = value;
            }
        }

        return m;
    }

    private static int[] Shapes(int depth, int d) => depth switch
    {
        2 => [d, 6, 1],
        3 => [d, 5, 4, 1],
        _ => [d, 5, 4, 3, 1],
    };

    /// <summary>LeCun weights: entries uniform with variance 1/n_{l−1} (uniform on ±√(3/n_{l−1})).</summary>
    private static double[][,] LeCun(int depth, int d, Random random)
    {
        var n = Shapes(depth, d);
        return [.. Enumerable.Range(1, depth).Select(l => Random(n[l - 1], n[l], random, Math.Sqrt(3.0 / n[l - 1]), symmetric: true))];
    }

    /// <summary>W₁ = 0, later layers with entries uniform in [0.5, 1.5]/n_{l−1}.</summary>
    private static double[][,] Positive(int depth, int d, Random random)
    {
        var n = Shapes(depth, d);
        return [new double[d, n[1]], .. Enumerable.Range(2, depth - 1).Select(l => Random(n[l - 1], n[l], random, 1.0 / n[l - 1], symmetric: false))];
    }

    private static double[,] Random(int rows, int columns, Random random, double scale, bool symmetric)
    {
        var m = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < columns; k++)
            {
                m[r, k] = scale * (symmetric ? (2 * random.NextDouble()) - 1 : 0.5 + random.NextDouble());
            }
        }

        return m;
    }

    /// <summary>θ₀ + Δ with Δ a uniformly random direction (Gaussian, normalised) of Frobenius norm <paramref name="distance"/>.</summary>
    private static double[][,] Perturb(double[][,] w0, double distance, Random random)
    {
        var normal = new MathNet.Numerics.Distributions.Normal(0, 1, random);
        var directions = w0.Select(m => Matrix<double>.Build.Dense(m.GetLength(0), m.GetLength(1), (_, _) => normal.Sample())).ToArray();
        var norm = Math.Sqrt(directions.Sum(m => m.FrobeniusNorm() * m.FrobeniusNorm()));
        return [.. w0.Select((m, l) => (Matrix<double>.Build.DenseOfArray(m) + (directions[l] * (distance / norm))).ToArray())];
    }
}

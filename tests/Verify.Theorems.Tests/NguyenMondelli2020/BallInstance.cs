using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Theorems.NguyenMondelli2020;
using Verify.Training;

namespace Verify.Theorems.Tests.NguyenMondelli2020;

/// <summary>
/// A small network θ₀ on data (X, Y) with the <see cref="HessianBoundInputs"/> measured at θ₀, and points of a ball
/// around θ₀, for testing the bounds of theorems/NguyenMondelli2020/README.md.
/// </summary>
internal sealed class BallInstance
{
    /// <summary>
    /// Relative allowance by which every measured input is raised to make it an upper bound. The norms come from
    /// MathNet's SVD (‖·‖₂, backward stable: relative error a small multiple of (n + m)·2⁻⁵³ ≲ 10⁻¹⁴ at these sizes) and
    /// from sums of squares (‖·‖_F, relative error ≤ (nm + 1)·2⁻⁵³); β = (1 − γ)b/4 or 4/(3√3) is computed with a few
    /// roundings. 10⁻¹⁰ exceeds each of these by four orders of magnitude.
    /// </summary>
    public const double InputAllowance = 1e-10;

    private BallInstance(FeedForwardNetwork network, Matrix<double> x, Matrix<double> y, HessianBoundInputs inputs, Xoshiro256StarStar random)
    {
        Network = network;
        X = x;
        Y = y;
        Inputs = inputs;
        Random = random;
    }

    public static ILinearAlgebraBackend Backend => TestBackends.Managed;

    /// <summary>θ₀.</summary>
    public FeedForwardNetwork Network { get; }

    public Matrix<double> X { get; }

    public Matrix<double> Y { get; }

    /// <summary>The bound's inputs at θ₀, each raised by <see cref="InputAllowance"/>.</summary>
    public HessianBoundInputs Inputs { get; }

    /// <summary>The instance's generator, for drawing points and directions.</summary>
    public Xoshiro256StarStar Random { get; }

    /// <summary>
    /// N×d Gaussian X, Y ~ N(0, 1), W_l with entries N(0, scale²/n_{l−1}) (LeCun times <paramref name="weightScale"/>).
    /// </summary>
    public static BallInstance Draw(int n, int d, int[] widths, ActivationSpec activation, int seed, double weightScale = 1.0)
    {
        var random = new Xoshiro256StarStar(seed);
        var normal = new Normal(0, 1, random);
        var spec = new NetworkSpec(widths, activation);
        var x = Matrix<double>.Build.Random(n, d, normal);
        var y = Matrix<double>.Build.Random(n, widths[^1], normal);
        var weights = Enumerable.Range(1, widths.Length).Select(l =>
        {
            var (rows, columns) = spec.WeightShape(l, d);
            return Matrix<double>.Build.Random(rows, columns, normal) * (weightScale / Math.Sqrt(rows));
        }).ToList();
        var network = new FeedForwardNetwork(spec, weights);
        double residual = (network.Outputs(Backend, x) - y).FrobeniusNorm();
        // The forward pass's rounding is relative to ‖X‖_F Π‖W_l‖₂ (each GEMM and σ), not to the residual itself.
        double scale = y.FrobeniusNorm() + (x.FrobeniusNorm() * weights.Aggregate(1.0, (p, w) => p * w.L2Norm()));
        var inputs = new HessianBoundInputs(
            Raise(x.L2Norm()), Raise(x.FrobeniusNorm()), [.. weights.Select(w => Raise(w.L2Norm()))],
            network.Activation.Properties.InfDerivative, Raise(network.Activation.Properties.SupAbsSecondDerivative),
            Raise(residual) + (InputAllowance * scale));
        return new BallInstance(network, x, y, inputs, random);
    }

    public static double Raise(double value) => value * (1 + InputAllowance);

    /// <summary>A direction with Σ‖V_l‖²_F = 1: Gaussian blocks, each scaled by a random weight in [0, 1] (some layers get little).</summary>
    public IReadOnlyList<Matrix<double>> UnitDirection()
    {
        var normal = new Normal(0, 1, Random);
        var blocks = Network.Weights.Select(w => Matrix<double>.Build.Random(w.RowCount, w.ColumnCount, normal) * Random.NextDouble()).ToList();
        return Scale(blocks, 1 / Norm(blocks));
    }

    /// <summary>θ₀ + t·V for a direction V (one matrix per layer).</summary>
    public FeedForwardNetwork At(IReadOnlyList<Matrix<double>> direction, double t) =>
        new(Network.Spec, [.. Network.Weights.Select((w, i) => w + (t * direction[i]))]);

    /// <summary>
    /// Points of B(θ₀, <paramref name="radius"/>): θ₀; the "stretched" point, where every layer moves by radius/√L along its
    /// top singular pair (so ‖W_l‖₂ = ‖W_l⁰‖₂ + radius/√L for every l at once: the bounds' worst case ω_l = ‖W_l⁰‖₂ + ρ is
    /// reached by one layer at a time only, and this point comes closest for all layers together); two points on the
    /// sphere in random directions; and three at a uniformly random fraction of the radius. Every point is taken at
    /// (1 − 10⁻⁹) times its distance, inside the ball despite the rounding of θ₀ + tV (relative 10⁻¹⁶).
    /// </summary>
    public IEnumerable<(string Where, FeedForwardNetwork Point)> PointsIn(double radius)
    {
        yield return ("θ₀", Network);
        var stretch = Network.Weights.Select(w =>
        {
            var svd = w.Svd(computeVectors: true);
            return svd.U.Column(0).OuterProduct(svd.VT.Row(0)) / Math.Sqrt(Network.Depth);
        }).ToList();
        yield return ("stretched", At(stretch, radius * (1 - 1e-9)));
        for (int i = 0; i < 2; i++)
        {
            yield return ($"sphere {i}", At(UnitDirection(), radius * (1 - 1e-9)));
        }

        for (int i = 0; i < 3; i++)
        {
            double t = Random.NextDouble();
            yield return ($"interior t = {t:F3}", At(UnitDirection(), radius * t * (1 - 1e-9)));
        }
    }

    public static double Norm(IReadOnlyList<Matrix<double>> blocks) => Math.Sqrt(blocks.Sum(b => b.FrobeniusNorm() * b.FrobeniusNorm()));

    public static double Dot(IReadOnlyList<Matrix<double>> a, IReadOnlyList<Matrix<double>> b) =>
        a.Zip(b).Sum(p => p.First.PointwiseMultiply(p.Second).Enumerate().Sum());

    public static IReadOnlyList<Matrix<double>> Scale(IReadOnlyList<Matrix<double>> blocks, double factor) => [.. blocks.Select(b => b * factor)];

    /// <summary>
    /// A lower estimate of ‖∇²Φ‖₂ at <paramref name="point"/>: power iteration with exact Hessian-vector products
    /// (<see cref="HessianVectorProduct"/>), the largest ‖Hv‖ over unit iterates v. Every such value is ≤ ‖∇²Φ‖₂.
    /// </summary>
    public double HessianNormEstimate(FeedForwardNetwork point, int iterations)
    {
        var v = UnitDirection();
        double best = 0;
        for (int i = 0; i < iterations; i++)
        {
            var hv = HessianVectorProduct.Compute(Backend, point, X, Y, v);
            double norm = Norm(hv);
            best = Math.Max(best, norm);
            if (norm == 0)
            {
                break;
            }

            v = Scale(hv, 1 / norm);
        }

        return best;
    }

    public double GradientNorm(FeedForwardNetwork point) => Norm(Backpropagation.Gradients(Backend, point, X, Y));

    public double Loss(FeedForwardNetwork point)
    {
        double r = (point.Outputs(Backend, X) - Y).FrobeniusNorm();
        return 0.5 * r * r;
    }
}

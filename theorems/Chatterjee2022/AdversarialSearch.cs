using Verify.Core;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>The best point found: q = |∇f|²/f there and the ratio r²q/(4f(x₀)) (below 1 refutes the criterion at r).</summary>
internal sealed record Refutation(double Ratio, double Quotient, double Distance, double RelativeAllowance, int Evaluations);

/// <summary>
/// Projected gradient descent on q(x) = |∇f(x)|²/f(x) over the closed ball B(x₀, r) (spec §7.3): sampling gives upper bounds
/// on α(x₀, r), so it can refute the criterion (a point with r²q ≤ 4f(x₀)), never establish it. ∇q = (2∇²f·∇f − q∇f)/f, from
/// one Hessian-vector product. Starts: x₀ and points drawn uniformly in the ball; normalised steps of r/8, halved on no
/// progress; points with f = 0 are not in the infimum's set and are skipped.
/// </summary>
internal static class AdversarialSearch
{
    public static Refutation Search(ISmoothLoss loss, double[] x0, double radius, Xoshiro256StarStar random, int starts = 8, int iterations = 60,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(loss);
        double f0 = loss.Value(x0);
        double best = double.PositiveInfinity, bestDistance = 0, bestRelative = 0;
        int evaluations = 0;
        for (int s = 0; s < starts; s++)
        {
            cancellation.ThrowIfCancellationRequested();
            double[] x = s == 0 ? [.. x0] : InBall(x0, radius, random);
            double step = radius / 8;
            double q = Quotient(loss, x, out var g, out double f);
            evaluations++;
            for (int t = 0; t < iterations && step > radius * 1e-9 && double.IsFinite(q); t++)
            {
                var hg = loss.HessianVector(x, g);
                var direction = new double[x.Length];
                for (int i = 0; i < x.Length; i++)
                {
                    direction[i] = (2 * hg[i] - q * g[i]) / f;
                }
                double norm = CriterionRun.Norm(direction);
                if (!(norm > 0) || !double.IsFinite(norm))
                {
                    break;
                }
                var trial = Project(x0, [.. x.Select((v, i) => v - step * direction[i] / norm)], radius);
                double trialQ = Quotient(loss, trial, out var trialG, out double trialF);
                evaluations++;
                if (trialQ < q)
                {
                    (x, q, g, f) = (trial, trialQ, trialG, trialF);
                }
                else
                {
                    step /= 2;
                }
            }
            if (q < best)
            {
                best = q;
                bestDistance = CriterionRun.Distance(x, x0);
                double e = loss.RootAllowance(x) / Math.Sqrt(f);
                bestRelative = 4 * e + 2 * e * e;
            }
        }
        double e0 = loss.RootAllowance(x0) / Math.Sqrt(f0);
        return new Refutation(radius * radius * best / (4 * f0), best, bestDistance, bestRelative + 2 * e0 + e0 * e0, evaluations);
    }

    /// <summary>q(x) = |∇f|²/f, +∞ where f = 0 (not in the set the infimum runs over).</summary>
    private static double Quotient(ISmoothLoss loss, double[] x, out double[] gradient, out double value)
    {
        value = loss.Value(x);
        gradient = loss.Gradient(x);
        double g2 = gradient.Sum(t => t * t);
        return value > 0 ? g2 / value : double.PositiveInfinity;
    }

    /// <summary>A point uniform in the ball: a Gaussian direction, radius r·u^{1/p}, within <see cref="Inside"/> so rounding keeps it in the ball.</summary>
    private static double[] InBall(double[] x0, double radius, Xoshiro256StarStar random)
    {
        var direction = Verify.Numerics.Gaussian.Sample(1, x0.Length, random).Row(0).ToArray();
        double norm = CriterionRun.Norm(direction);
        double scale = Inside(x0, radius) * Math.Pow(random.NextDouble(), 1.0 / x0.Length) / norm;
        return [.. x0.Select((v, i) => v + scale * direction[i])];
    }

    /// <summary>
    /// The radius the search keeps to: r less the rounding of x₀ + shift (each coordinate within u(|x₀| + r)), summed over
    /// p coordinates and taken ×4, so the points compared lie in the closed ball exactly.
    /// </summary>
    private static double Inside(double[] x0, double radius) =>
        radius - 4 * (x0.Length + 2) * Verify.Numerics.DirectedRounding.UnitRoundoff * (CriterionRun.Norm(x0) + radius);

    private static double[] Project(double[] x0, double[] x, double radius)
    {
        double d = CriterionRun.Distance(x, x0);
        double limit = Inside(x0, radius);
        if (d <= limit)
        {
            return x;
        }
        double shrink = limit / d;
        return [.. x0.Select((v, i) => v + shrink * (x[i] - v))];
    }
}

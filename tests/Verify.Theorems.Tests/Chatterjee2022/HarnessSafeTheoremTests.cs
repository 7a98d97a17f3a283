using NUnit.Framework;

namespace Verify.Theorems.Tests.Chatterjee2022;

/// <summary>
/// A numerical check of our harness-safe form of the criterion theorem (theorems/Chatterjee2022/README.md, "Proof", [D])
/// on functions whose α(x₀, r) and β are known in closed form: f(x) = ½xᵀAx with A symmetric positive definite
/// (|∇f|² = xᵀA²x ≥ λ_min xᵀAx, so α = 2λ_min(A) on any ball that contains the minimiser, β = λ_max(A)), and f(x) = |x|²
/// (α ≡ 4, β = 2). Gradient descent is run and the conclusions (a), (b), (c) are asserted at every step, up to a relative
/// floating-point slack; near the threshold of (⋆) the bounds are shown to be attained, so they are not vacuous.
/// </summary>
public sealed class HarnessSafeTheoremTests
{
    /// <summary>Relative slack for floating-point rounding (the quantities are computed in double precision).</summary>
    private const double Slack = 1e-12;

    private sealed record Problem(string Name, Func<double[], double> F, Func<double[], double[]> Gradient, double Alpha, double Beta, double[] Minimiser);

    private sealed record Step(double[] X, double F, double[] G);

    /// <summary>Eigenvalues 1, 3, 10 in the basis of the Householder reflection Q = I − 2vvᵀ/|v|², v = (1, 2, −1).</summary>
    private static readonly double[] Eigenvalues = [1.0, 3.0, 10.0];

    private static double[,] Householder()
    {
        double[] v = [1.0, 2.0, -1.0];
        double v2 = Dot(v, v);
        var q = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                q[i, j] = (i == j ? 1.0 : 0.0) - 2.0 * v[i] * v[j] / v2;
            }
        }
        return q;
    }

    private static double[] EigenVector(int index)
    {
        var q = Householder();
        return [q[0, index], q[1, index], q[2, index]];
    }

    private static Problem Quadratic()
    {
        var q = Householder();
        var a = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                for (int l = 0; l < 3; l++)
                {
                    a[i, j] += q[i, l] * Eigenvalues[l] * q[j, l];
                }
            }
        }
        double[] Ax(double[] x) => [.. Enumerable.Range(0, 3).Select(i => a[i, 0] * x[0] + a[i, 1] * x[1] + a[i, 2] * x[2])];
        return new Problem("½xᵀAx, spectrum {1, 3, 10}", x => 0.5 * Dot(x, Ax(x)), Ax, 2.0 * Eigenvalues.Min(), Eigenvalues.Max(), [0.0, 0.0, 0.0]);
    }

    private static Problem SquaredNorm(int dimension) =>
        new("|x|²", x => Dot(x, x), x => [.. x.Select(v => 2.0 * v)], 4.0, 2.0, new double[dimension]);

    private static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (u, v) => (u - v) * (u - v)).Sum());

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    /// <summary>Gradient descent with constant step, stopped when f_k &lt; 10⁻²⁰ f₀ (spec §7.7 item 6) or after 20 000 steps.</summary>
    private static List<Step> Descend(Problem p, double[] x0, double eta)
    {
        var steps = new List<Step>();
        double[] x = [.. x0];
        double f0 = p.F(x0);
        for (int k = 0; k <= 20_000; k++)
        {
            var g = p.Gradient(x);
            steps.Add(new Step(x, p.F(x), g));
            if (steps[^1].F < 1e-20 * f0)
            {
                break;
            }
            x = [.. x.Zip(g, (xi, gi) => xi - eta * gi)];
        }
        return steps;
    }

    /// <summary>The radius at which (⋆) 4f(x₀) &lt; c²r²α becomes an equality: r* = 2√f₀/(c√α).</summary>
    private static double ThresholdRadius(Problem p, double[] x0, double eta) =>
        2.0 * Math.Sqrt(p.F(x0)) / ((1.0 - p.Beta * eta / 2.0) * Math.Sqrt(p.Alpha));

    /// <summary>Asserts (a), (b), (c) at every step of the run; returns the observed path length Σ η|g_k|.</summary>
    private static double AssertTheorem(Problem p, double[] x0, double eta, double r)
    {
        double c = 1.0 - p.Beta * eta / 2.0, rho = 1.0 - c * eta * p.Alpha;
        double f0 = p.F(x0), sqrtAlpha = Math.Sqrt(p.Alpha);
        Assert.That(eta, Is.GreaterThan(0.0).And.LessThan(2.0 / p.Beta), "0 < η < 2/β");
        Assert.That(4.0 * f0, Is.LessThan(c * c * r * r * p.Alpha), "(⋆) holds for this instance");
        Assert.That(rho, Is.GreaterThanOrEqualTo(0.0).And.LessThan(1.0), "ρ = 1 − cηα ∈ [0, 1)");

        var steps = Descend(p, x0, eta);
        Assert.That(steps[^1].F, Is.LessThan(1e-20 * f0), $"{p.Name}: GD reached 10⁻²⁰ f₀ within {steps.Count} steps");
        double path = 0.0;
        for (int k = 0; k < steps.Count; k++)
        {
            var (x, f, g) = (steps[k].X, steps[k].F, steps[k].G);
            double gn2 = Dot(g, g);
            string at = $"{p.Name}, η = {eta}, k = {k}";

            // (a) descent and the rate, and the PL-type inequality |g|² ≥ αf that the proof uses in the ball.
            Assert.That(gn2, Is.GreaterThanOrEqualTo(p.Alpha * f * (1 - Slack)), $"{at}: |g_k|² ≥ α f_k");
            Assert.That(f, Is.LessThanOrEqualTo(Math.Pow(rho, k) * f0 * (1 + Slack) + 1e-300), $"{at}: f_k ≤ ρᵏ f₀");
            if (k + 1 < steps.Count)
            {
                double next = steps[k + 1].F;
                Assert.That(next, Is.LessThanOrEqualTo(f - c * eta * gn2 + Slack * f), $"{at}: f_(k+1) ≤ f_k − cη|g_k|²");
                Assert.That(f - c * eta * gn2, Is.LessThanOrEqualTo(rho * f + Slack * f), $"{at}: f_k − cη|g_k|² ≤ ρ f_k");
            }

            // (b) |x_k − x₀| ≤ Σ_(j<k) η|g_j| ≤ (2/(c√α))(√f₀ − √f_k) < r.
            double pathBound = 2.0 / (c * sqrtAlpha) * (Math.Sqrt(f0) - Math.Sqrt(f));
            Assert.That(Distance(x, x0), Is.LessThanOrEqualTo(path * (1 + Slack) + 1e-15 * r), $"{at}: |x_k − x₀| ≤ path");
            Assert.That(path, Is.LessThanOrEqualTo(pathBound * (1 + Slack) + 1e-15 * r), $"{at}: path ≤ (2/(c√α))(√f₀ − √f_k)");
            Assert.That(pathBound, Is.LessThan(r), $"{at}: the path bound is below r");

            // (c) |x_k − x*| ≤ 2√f_k/(c√α) ≤ 2√f₀ ρ^(k/2)/(c√α), with x* the minimiser (the limit of the run).
            double tail = 2.0 * Math.Sqrt(f) / (c * sqrtAlpha);
            Assert.That(Distance(x, p.Minimiser), Is.LessThanOrEqualTo(tail * (1 + Slack) + 1e-300), $"{at}: |x_k − x*| ≤ 2√f_k/(c√α)");
            Assert.That(tail, Is.LessThanOrEqualTo(2.0 * Math.Sqrt(f0) * Math.Pow(rho, k / 2.0) / (c * sqrtAlpha) * (1 + Slack) + 1e-300),
                $"{at}: 2√f_k/(c√α) ≤ 2√f₀ ρ^(k/2)/(c√α)");

            path += eta * Math.Sqrt(gn2);
        }
        return path;
    }

    private static readonly double[] StepFractions = [0.05, 0.25, 1.0, 1.5];

    /// <summary>½xᵀAx from a generic x₀, ηβ ∈ {0.05, 0.25, 1, 1.5}, r 1 % above the threshold of (⋆) and twice it.</summary>
    [Test]
    public void Quadratic_AllConclusionsHoldAtEveryStep([ValueSource(nameof(StepFractions))] double etaBeta, [Values(1.01, 2.0)] double radiusFactor)
    {
        var p = Quadratic();
        double[] x0 = [1.0, -2.0, 0.5];
        double eta = etaBeta / p.Beta;

        double path = AssertTheorem(p, x0, eta, radiusFactor * ThresholdRadius(p, x0, eta));

        TestContext.Out.WriteLine($"ηβ = {etaBeta}: observed path / bound 2√f₀/(c√α) = {path / ThresholdRadius(p, x0, eta):F4}");
    }

    /// <summary>f = |x|²: the conclusions hold, and the rate is exact, f_(k+1) = ρ f_k with ρ = (1 − 2η)².</summary>
    [Test]
    public void SquaredNorm_AllConclusionsHold_AndTheRateIsExact([Values(0.01, 0.1, 0.25, 0.4, 0.7)] double eta)
    {
        var p = SquaredNorm(3);
        double[] x0 = [0.3, -1.2, 2.0];
        double c = 1.0 - eta, rho = 1.0 - c * eta * 4.0;
        Assert.That(rho, Is.EqualTo((1 - 2 * eta) * (1 - 2 * eta)).Within(1e-15));

        AssertTheorem(p, x0, eta, 1.01 * ThresholdRadius(p, x0, eta));

        var steps = Descend(p, x0, eta);
        for (int k = 0; k + 1 < steps.Count; k++)
        {
            Assert.That(steps[k + 1].F, Is.EqualTo(rho * steps[k].F).Within(1e-12).Percent, $"k = {k}");
        }
    }

    /// <summary>For f = |x|², (⋆) reads |x₀| &lt; c r (spec §2–§3): 4|x₀|² &lt; c²r²·4.</summary>
    [TestCase(1.0, 0.1, 0.9, false)]
    [TestCase(1.0, 0.1, 1.12, true)]
    [TestCase(1.0, 0.5, 1.99, false)]
    [TestCase(1.0, 0.5, 2.01, true)]
    public void SquaredNorm_StarIsNormBelowCTimesR(double norm, double eta, double r, bool expected)
    {
        double c = 1.0 - eta;
        Assert.That(4.0 * norm * norm < c * c * r * r * 4.0, Is.EqualTo(expected));
        Assert.That(norm < c * r, Is.EqualTo(expected));
    }

    /// <summary>
    /// On a straight path (f = |x|², and ½xᵀAx from an eigenvector of λ_min) the observed path length is exactly c times
    /// the bound 2√f₀/(c√α) of (b), so with a small step the bound is attained up to 1 % (η = 0.001 for |x|², ηβ = 0.02 for the quadratic): it is not vacuous.
    /// </summary>
    [Test]
    public void StraightPaths_AttainThePathBoundUpToTheFactorC()
    {
        const double eta = 0.001;
        var norm = SquaredNorm(3);
        double[] x0 = [0.3, -1.2, 2.0];
        double pathNorm = AssertTheorem(norm, x0, eta, 1.001 * ThresholdRadius(norm, x0, eta));
        double c = 1.0 - norm.Beta * eta / 2.0;
        Assert.That(pathNorm / ThresholdRadius(norm, x0, eta), Is.EqualTo(c).Within(1e-9));

        var quadratic = Quadratic();
        double[] e1 = [.. EigenVector(0).Select(v => 1.7 * v)];
        double etaQ = 0.02 / quadratic.Beta; // c = 0.99; λ_min η = 0.002, so 10⁻²⁰ is reached in about 11 500 steps
        double pathQ = AssertTheorem(quadratic, e1, etaQ, 1.001 * ThresholdRadius(quadratic, e1, etaQ));
        double cQ = 1.0 - quadratic.Beta * etaQ / 2.0;
        Assert.That(pathQ / ThresholdRadius(quadratic, e1, etaQ), Is.EqualTo(cQ).Within(1e-9));
        Assert.That(cQ, Is.GreaterThanOrEqualTo(0.99));
    }

    /// <summary>
    /// (⋆) failing by a little: f = |x|², η = 0.01 (c = 0.99), r = 0.99|x₀| (c²r²α/(4f₀) = 0.99⁴ ≈ 0.96). GD still converges,
    /// but to x* = 0 at distance |x₀| &gt; r: the iterates leave B(x₀, r), so conclusion (b) genuinely fails. The threshold of
    /// (⋆) is sharp up to the factor c (the gap |x₀| ≤ r &lt; |x₀|/c closes as η → 0).
    /// </summary>
    [Test]
    public void StarFailingByAFewPercent_TheIteratesLeaveTheBall()
    {
        const double eta = 0.01;
        var p = SquaredNorm(3);
        double[] x0 = [0.3, -1.2, 2.0];
        double r = 0.99 * Norm(x0), c = 1.0 - eta;
        double ratio = c * c * r * r * p.Alpha / (4.0 * p.F(x0));
        Assert.That(ratio, Is.LessThan(1.0).And.GreaterThan(0.95), "(⋆) fails, but only by a few percent");

        var steps = Descend(p, x0, eta);

        Assert.That(steps[^1].F, Is.LessThan(1e-20 * p.F(x0)), "GD converges beyond the theorem's scope");
        int first = steps.FindIndex(s => Distance(s.X, x0) > r);
        Assert.That(first, Is.GreaterThan(0), "some iterate leaves B(x₀, r)");
        TestContext.Out.WriteLine($"c²r²α/(4f₀) = {ratio:F4}; the iterates leave B(x₀, r) at k = {first}; max |x_k − x₀|/r = {steps.Max(s => Distance(s.X, x0)) / r:F4}");
    }
}

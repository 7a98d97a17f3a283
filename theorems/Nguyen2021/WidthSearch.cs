using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Nguyen2021;

/// <summary>
/// One point of the width experiment: scheme, depth L, N samples in d dimensions, the fixed widths of the layers before
/// the wide one (L ≥ 3), the target noise ε (Y = F_L(θ₀) + εZ, so √(2Φ₀) ∝ √N), the seeds voting, and the cap on n_{L−1}.
/// </summary>
internal sealed record WidthProblem(string Scheme, int Depth, int N, int D, int Fixed, double Epsilon, int Seeds, int Cap)
{
    public NetworkSpec Spec(int width) => new(Depth == 2 ? [width, 1] : [.. Enumerable.Repeat(Fixed, Depth - 2), width, 1], ActivationSpec.Relu);
}

/// <summary>Which conditions a width must meet: the paper's reconstructed (A) and (B) (ρ_l = 1), or our (H0)–(H2) (radii the fixed point).</summary>
internal enum WidthCriterion
{
    PaperForm,
    Ours,
}

/// <summary>The smallest n_{L−1} found for a criterion (null when the cap was reached without a majority), and how many widths were tried.</summary>
internal sealed record WidthFound(int? Width, int Evaluations, string Note);

/// <summary>
/// The smallest n_{L−1} at which a criterion holds on a majority of seeds: n = N, 2N, 4N, … until it holds (or the cap),
/// then bisection between the last failing and the first holding width until they are within 25 %. Estimates (plain
/// SVDs): the search only chooses widths, it decides no verdict. A majority need not be monotone in n (seeds redraw the
/// weights at every width), so the width found is the bisection's, not a certified minimum.
/// </summary>
internal sealed class WidthSearch(ILinearAlgebraBackend backend, WidthProblem problem, ulong seed)
{
    private readonly Dictionary<(int Width, int Seed), (bool Paper, bool Ours)> _cache = [];

    /// <summary>
    /// The smallest width at which the criterion holds on a majority of seeds, by doubling from N then bisection to 25 %;
    /// each width tried is reported to <paramref name="context"/>'s progress, and cancellation is honoured between widths.
    /// </summary>
    public WidthFound Find(WidthCriterion criterion, InstanceContext context)
    {
        int evaluations = 0;
        // doublings from N to the cap, then about log₂(log(2)/log(1.25)) ≈ 2 bisection steps
        int expected = (int)Math.Ceiling(Math.Log2(Math.Max(2.0, (double)problem.Cap / problem.N))) + 3;
        string task = criterion == WidthCriterion.PaperForm ? "width search, (A)+(B)" : "width search, (H0)–(H2)";
        bool Majority(int width)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            evaluations++;
            context.Progress?.Report(new ProgressUpdate(task, evaluations, Math.Max(evaluations, expected), $"n_{{L−1}} = {width}"));
            int holds = 0, fails = 0;
            for (int s = 0; s < problem.Seeds && 2 * holds <= problem.Seeds && 2 * fails < problem.Seeds; s++)
            {
                var (paper, ours) = Evaluate(width, s);
                if (criterion == WidthCriterion.PaperForm ? paper : ours)
                {
                    holds++;
                }
                else
                {
                    fails++;
                }
            }
            return 2 * holds > problem.Seeds;
        }
        int high = problem.N;
        while (!Majority(high))
        {
            if (high >= problem.Cap)
            {
                return new WidthFound(null, evaluations, $"no majority up to the cap n_{{L−1}} = {problem.Cap}");
            }
            high = Math.Min(problem.Cap, 2 * high);
        }
        int low = high == problem.N ? high : high / 2;
        while (high > low && high > 1.25 * low)
        {
            int middle = (int)Math.Round(Math.Sqrt((double)low * high));
            if (middle <= low || middle >= high)
            {
                break;
            }
            if (Majority(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return new WidthFound(high, evaluations, $"{evaluations} widths tried, {problem.Seeds} seeds each (majority)");
    }

    /// <summary>Draws seed <paramref name="s"/> at this width (data and Z from the seed alone, weights per width) and evaluates both criteria.</summary>
    private (bool Paper, bool Ours) Evaluate(int width, int s)
    {
        if (_cache.TryGetValue((width, s), out var known))
        {
            return known;
        }
        var (x, z) = Data(s);
        var random = new Xoshiro256StarStar(Seeds.Derive(seed, $"width/{width}", s));
        var network = N21Draws.Network(problem.Spec(width), problem.D, problem.Scheme, random);
        var inputs = N21Draws.Estimates(backend, network, x, problem.Epsilon * z.FrobeniusNorm());
        var paper = SectionFiveQuantities.From(inputs, Enumerable.Repeat(1.0, problem.Depth).ToList(), pessimistic: false);
        double xf = inputs.XFrobenius, r = inputs.Residual;
        bool a = paper.LambdaFSquared >= 16 * xf * r * paper.ProductAll;
        bool b = paper.LambdaFSquared * paper.LambdaF >= 32 * xf * xf * r * paper.ProductHidden * paper.ProductAll * paper.InverseSquareSum;
        var (radii, fixedPoint) = SectionFiveQuantities.ChooseRadii(inputs);
        var ours = SectionFiveQuantities.From(inputs, radii, pessimistic: false);
        bool oursHold = inputs.LambdaF > 0 && fixedPoint && ours.H0Ratio >= 1 && ours.H1Ratio >= 1 && ours.H2Ratio >= 1;
        var result = (inputs.LambdaF > 0 && a && b, oursHold);
        _cache[(width, s)] = result;
        return result;
    }

    /// <summary>Seed <paramref name="s"/>'s inputs and target noise Z (the same at every width).</summary>
    public (Matrix<double> X, Matrix<double> Z) Data(int s)
    {
        var random = new Xoshiro256StarStar(Seeds.Derive(seed, "width/data", s));
        var x = N21Draws.Inputs(problem.N, problem.D, random);
        return (x, Gaussian.Sample(problem.N, 1, random));
    }
}

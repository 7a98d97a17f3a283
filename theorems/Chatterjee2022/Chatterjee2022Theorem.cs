using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Chatterjee2022;

/// <summary>
/// Chatterjee (2022): the local PL criterion 4f(x₀) &lt; r²α(x₀, r) makes gradient descent converge to a global minimum,
/// and it holds for deep networks with a smooth strictly increasing activation, linearly independent inputs (d ≥ n) and
/// the positive initialisation with a large output scale. Scope is decided by our theorem [D] (README "Proof") through
/// bounds F ≥ f(x₀), A ≤ α(x₀, r), B ≥ β rounded to the safe side; the paper's GD constants are unknown [M].
/// </summary>
public sealed class Chatterjee2022Theorem(ILinearAlgebraBackend backend) : ITheorem, ISweepable
{
    public const string Id = "chatterjee2022";

    public TheoremInfo Info { get; } = new(
        Id,
        "Chatterjee 2022: a local PL criterion 4f(x₀) < r²α(x₀, r) for gradient descent, decided from rounding-safe bounds on smooth losses and deep networks with d ≥ n",
        "S. Chatterjee, Convergence of gradient descent for deep neural networks, arXiv:2203.16462 (v1–v5); the criterion [V], GD constants [M]",
        "α(x₀, r) = inf over the closed ball of |∇f|²/f; 4f(x₀) < r²α(x₀, r) ⇒ GD with a small constant step stays in the ball and converges linearly to a zero of f",
        ChChecks.All)
    {
        PassMeans = "A Pass means: on every instance in scope, (⋆) 4F < c_B²r²A of our theorem [D] (README.md, the §3 harness-safe form, proved) was decided "
            + "by Z3 over exact rationals from F ≥ f(x₀) rounded up, A(r) ≤ α(x₀, r) and B(r) ≥ β rounded so that rounding only weakens them — for networks "
            + "A through the Schur-product bound with interval bounds on the backprop vectors over the ball, which rest on an assumed 4-ulp allowance on the "
            + "library's σ and σ′ — and its conclusions (rate, path within the ball, distance to the limit) and the per-step assertions of spec §7.7 were "
            + "observed. The paper's own step-size constants are unverified [M] and decide nothing.",
    };

    /// <summary>The output scale of the in-scope runs: (⋆) is proved well below it at n = 4 (the smallest-scale sweep shows where).</summary>
    private const double InScopeScale = 32;

    public IReadOnlyList<Scenario> Scenarios(RunOptions options)
    {
        bool quick = options.Quick;
        int steps = quick ? 2000 : 20000;
        var scenarios = new List<Scenario>
        {
            new("tanh-l2", $"The network theorem in scope (spec §5, T4): tanh, n = 4, d = 16, widths [8, 1], the positive initialisation with output scale λ = {InScopeScale}, "
                + $"Gaussian X and y; η = ½ × the largest step certifying (⋆); {steps} steps",
                quick ? 2 : 5, context => Network(context, ActivationSpec.Tanh, [8, 1], "positive", InScopeScale, steps)),
            new("tanh-l3", $"As tanh-l2 with depth 3: widths [8, 8, 1], λ = {InScopeScale}; {steps} steps",
                quick ? 1 : 3, context => Network(context, ActivationSpec.Tanh, [8, 8, 1], "positive", InScopeScale, steps)),
            new("softplus-no-bias", $"The negative case of spec §5: softplus (σ(0) = log 2 ≠ 0) without biases, widths [8, 1], λ = {InScopeScale}: every output is λ·Σ W₂ log 2 at W₁ = 0, "
                + $"so f(x₀) grows like λ² with α and the bounds do not establish the criterion at λ = {InScopeScale}; {steps} steps observed beyond scope",
                1, context => Network(context, new ActivationSpec("softplus"), [8, 1], "positive", InScopeScale, steps)),
            new("random-init", "Random initialisation (issue; v5's corollary [M]): tanh, n = 4, d = 16, widths [8, 1], LeCun weights, output scale 1: the fraction of draws "
                + "in which (⋆) is proved, with its Clopper–Pearson interval (in the scenario summary); GD observed beyond scope where it is not. With signed output "
                + "weights the interval bound D(r) on min_i|δ_i|² falls to 0 once r exceeds the output weights' sizes, while the criterion needs r > 2√(F/A(0)): "
                + $"a limit of this certificate, not evidence against the criterion; {steps} steps",
                quick ? 8 : 40, context => Network(context, ActivationSpec.Tanh, [8, 1], "lecun", 1, steps)),
            new("quartic", $"f = x⁴ from x₀ = 1 (spec §7.8 T3, a degenerate zero): α(x₀, r) = 16·max(0, 1 − r)², the criterion fails for every r — never established, "
                + $"and the search refutes it; {steps} steps observed beyond scope",
                1, context => Quartic(context, steps)),
        };
        foreach (int n in quick ? new[] { 2, 4, 8 } : [2, 4, 8, 16])
        {
            scenarios.Add(new Scenario($"smallest-scale-n{n}",
                $"The smallest output scale λ at which Z3 proves (⋆) with η = ½ the largest admissible step (doubling from ⅛, then bisection to 5 %): tanh, widths [8, 1], the positive initialisation, d = 16, n = {n}; the instance is trained at 2× that λ, 200 steps",
                1, context => SmallestScale(context, n))
            {
                Sweep = new SweepDeclaration("smallest-scale", "n")
                {
                    Note = "Measured: the smallest λ at which (⋆) is proved, against n (one draw per n). The mechanism (spec §5 [D]) is that α grows like λ² on a fixed ball while f(x₀) = |y|²/2 "
                        + "does not (tanh(0) = 0); nothing is claimed about how λ must grow with n.",
                },
            });
        }
        return scenarios;
    }

    private ChInstance Network(InstanceContext context, ActivationSpec activation, int[] widths, string scheme, double scale, int steps)
    {
        var (x, y, network) = NetworkProblems.Draw(new NetworkSpec(widths, activation, scale), 4, 16, scheme, context);
        return NetworkProblems.Instance(backend, network, x, y, null, steps, context, [Parameter.TextOnly("initialisation", scheme)]);
    }

    private ChInstance SmallestScale(InstanceContext context, int n)
    {
        var (x, y, network) = NetworkProblems.Draw(new NetworkSpec([8, 1], ActivationSpec.Tanh, 1), n, 16, "positive", context);
        double gram = NetworkChecks.Gram(backend, x).Lower;
        bool Proved(double scale) => NetworkProblems.Certifiable(NetworkProblems.WithScale(network, scale), x, y, gram);
        const double Cap = 1 << 16;
        double high = 0.125, low = 0;
        while (high <= Cap && !Proved(high))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            (low, high) = (high, 2 * high);
        }
        bool found = high <= Cap;
        while (found && low > 0 && high / low > 1.05)
        {
            double middle = Math.Sqrt(low * high);
            (low, high) = Proved(middle) ? (low, middle) : (middle, high);
        }
        double smallest = found ? high : double.NaN;
        var trained = NetworkProblems.WithScale(network, found ? 2 * smallest : Cap);
        var evidence = found
            ? Evidence.Compare(smallest, Relation.LessOrEqual, Cap, $"(⋆) first proved by Z3 at λ = {NumberFormat.Text(smallest)} (not at {NumberFormat.Text(low)}), n = {n}; measured on one draw; the instance below is trained at 2λ")
            : Evidence.Inconclusive(double.NaN, Relation.LessOrEqual, Cap, $"(⋆) not proved up to λ = {NumberFormat.Text(Cap)}");
        return NetworkProblems.Instance(backend, trained, x, y, null, 200, context,
            [Parameter.TextOnly("initialisation", "positive"), found ? Parameter.Number("smallest λ proving (⋆)", smallest) : Parameter.TextOnly("smallest λ proving (⋆)", "not found")],
            [new Check(ChChecks.SmallestScale, () => evidence)]);
    }

    public string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth < 2)
        {
            reasons.Add($"it has {network.Depth} weight layer; the certificate needs a hidden layer (the Schur bound runs through W₁)");
        }
        if (network.OutputWidth != 1)
        {
            reasons.Add($"its output width is {network.OutputWidth}; the theorem's network has a scalar output");
        }
        var p = Activation.Of(network.Activation).Properties;
        if (!p.Smooth || !p.StrictlyIncreasing)
        {
            var lacks = new[] { p.Smooth ? null : "C²", p.StrictlyIncreasing ? null : "strictly increasing" }.OfType<string>();
            reasons.Add($"its activation {network.Activation} is not {string.Join(" and not ", lacks)} (the paper's network: smooth, strictly increasing [V])");
        }
        if (training.StepSizes.Any(eta => eta <= 0) || training.StepSizes.Distinct().Count() > 1)
        {
            reasons.Add("its layers are not all trained with one step size (the criterion is about GD on all the weights)");
        }
        return reasons.Count == 0 ? null : "Chatterjee 2022 covers scalar-output networks with a smooth strictly increasing activation, all layers trained with one η; " + string.Join("; ", reasons);
    }

    /// <summary>The positive-initialisation tanh example (examples/positive-tanh) with generated data.</summary>
    public (string Json, string Description) SweepBase => (
        """
        {
          "name": "chatterjee2022-sweep-base",
          "data": { "generator": "gaussian", "n": 4, "d": 16, "seed": 1, "labels": "gaussian" },
          "model": {
            "architecture": "mlp",
            "widths": [8, 1],
            "activation": "tanh",
            "outputScale": 32.0,
            "init": { "scheme": "positive", "seed": 1 }
          },
          "training": { "learningRate": 3e-6, "steps": 500 }
        }
        """,
        "The positive-initialisation tanh example with generated data: n Gaussian inputs in d dimensions, Gaussian targets, widths [m, 1], "
        + "tanh, the positive initialisation with output scale λ = 32, η = 3·10⁻⁶, 500 steps (defaults n = 4, d = 16, m = 8)");

    public bool TrainsNetwork => true;

    public ISetupInstance CreateInstance(UserSetup setup, InstanceContext context)
    {
        var (x, y) = Common.SetupData.Materialize(setup);
        var network = Common.SetupData.InitialNetwork(setup, x.ColumnCount);
        return NetworkProblems.Instance(backend, network, x, y, setup.Training.StepSizes[0], setup.Training.Steps, context);
    }

    private static ChInstance Quartic(InstanceContext context, int steps) => new(ToyProblems.Quartic(1.0, steps), context);
}

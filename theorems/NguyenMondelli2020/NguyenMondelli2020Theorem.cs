using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.NguyenMondelli2020;

/// <summary>
/// Nguyen &amp; Mondelli (NeurIPS 2020): gradient descent on every layer of a deep network whose first hidden layer is
/// wide (n₁ ≥ N) and whose other layers are pyramidal, with a smooth activation of slope in [γ, 1], converges linearly to a
/// global minimum when the initialisation is good enough. Scope is decided by our theorem with explicit constants (spec
/// §3a, [D]); the paper's Theorem 3.2, whose constants could not be verified, is shown beside it [M].
/// </summary>
public sealed class NguyenMondelli2020Theorem(ILinearAlgebraBackend backend) : ITheorem, ISweepable
{
    public const string Id = "nguyen-mondelli2020";

    /// <summary>The activation of the runs: smooth-leaky with γ = 0.2, b = 4 (spec §5).</summary>
    internal static readonly ActivationSpec RunActivation = ActivationSpec.SmoothLeaky(0.2, 4);

    public TheoremInfo Info { get; } = new(
        Id,
        "Nguyen & Mondelli 2020: global convergence of deep networks with one wide layer followed by pyramidal topology",
        "Q. Nguyen, M. Mondelli. NeurIPS 2020 (arXiv:2002.07867), Theorem 3.2, Assumptions 2.1–2.2, §3.1",
        "n₁ ≥ N, n₂ ≥ … ≥ n_L, σ′ ∈ [γ, 1], |σ(x)| ≤ |x|, σ′ β-Lipschitz, initial conditions on λ_F, λ_l and Φ₀, η < 1/Q₀ ⇒ Φ(θ_k) → 0 linearly",
        NmChecks.All)
    {
        PassMeans = "A Pass means: on every instance in scope, the premises of our theorem §3a [D] (spec and README.md: Assumptions 2.1–2.2, "
            + "(H1) decided by Z3 from enclosures, and (H2) η ≤ 1/Q from our Hessian bound) held outside every "
            + "rounding allowance at initialisation — two of those allowances are documented, not proven: σ evaluated to 4 ulp (in λ_F) and "
            + "8ε(d + Σn_l) on the forward pass (in √(2Φ₀)) — and its conclusions (the rate (1 − ημ)ᵏ, the path length ≤ R, σ_N(F₁) ≥ λ_F/2, "
            + "σ_min(W_l) ≥ λ_l/2) were observed. It does not mean the paper's Theorem 3.2 applies: its constants are unknown to us [M]; "
            + "its quoted form is the Asymptotic tier, reported with its gap and never deciding scope.",
    };

    public IReadOnlyList<Scenario> Scenarios(RunOptions options)
    {
        bool quick = options.Quick;
        int steps = quick ? 100 : 3000;
        var scenarios = new List<Scenario>
        {
            new("special-init",
                $"§3.1 special initialisation (spec §5): N = 20, d = 10, widths [20, 8, 4, 1], smooth-leaky γ = 0.2, b = 4; W₁ LeCun, W₂ = 0, "
                + $"W₃, W₄ = α × orthonormal columns with α = 2 × the smallest meeting (H1); y ~ N(0, 1); η = 0.99/Q(R + ηG); {steps} steps",
                2,
                context => SpecialInit(context, steps)),
            new("teacher-perturbed",
                $"Teacher-perturbed targets (spec §4): N = 20, d = 10, widths [40, 8, 4, 1], LeCun weights, Y = F_L(θ₀) + εZ with ε = ½ × the "
                + $"largest meeting (H1); η = 0.99/Q(R + ηG); {steps} steps",
                2,
                context => TeacherPerturbed(context, steps)),
        };
        int n = quick ? 8 : 20;
        int[] widths = quick ? [8, 16, 32, 64] : [20, 40, 80, 160, 320, 400];
        int widthSteps = quick ? 50 : 500;
        foreach (int n1 in widths)
        {
            scenarios.Add(new Scenario($"width-n1-{n1.ToString(CultureInfo.InvariantCulture)}",
                $"Width experiment (spec §5 E3): N = {n}, d = 4, widths [{n1}, 4, 1], LeCun weights, y ~ N(0, 1), η = 0.99/Q(R + ηG), {widthSteps} steps",
                quick ? 2 : 4,
                context => Width(context, n, n1, widthSteps))
            {
                Sweep = new SweepDeclaration("width", "n₁")
                {
                    Note = $"n₁ from N to N² (N = {n}{(quick ? ", --quick size" : "")}), LeCun initialisation: the (H1) ratio LHS/RHS against n₁ with "
                        + "its fitted slope, and the fraction of draws in scope. The paper claims n₁ = Ω(N²) suffices under LeCun [V order, M constants]; "
                        + "our (H1) predicts the ratio ∝ λ_F² ∝ n₁ asymptotically while λ_F/‖X‖₂ < min λ_l [D]; near n₁ = N, λ_F ≈ c(√n₁ − √N) (the hard "
                        + "edge of a near-square random matrix), so the fitted slope over a small grid is steeper than 1. The paper reports no experiment.",
                },
            });
        }
        return scenarios;
    }

    private NmInstance SpecialInit(InstanceContext context, int steps)
    {
        var random = context.CreateRandom();
        var x = Initialisations.Inputs(20, 10, random);
        var y = Gaussian.Sample(20, 1, random);
        var spec = new NetworkSpec([20, 8, 4, 1], RunActivation);
        var (network, alpha) = Initialisations.Special(backend, spec, x, y, safety: 2, random);
        return new NmInstance(backend, new NmSetup(x, y, network, null, steps), context, [Parameter.Number("α", alpha)]);
    }

    private NmInstance TeacherPerturbed(InstanceContext context, int steps)
    {
        var random = context.CreateRandom();
        var x = Initialisations.Inputs(20, 10, random);
        var spec = new NetworkSpec([40, 8, 4, 1], RunActivation);
        var network = LeCunNetwork(spec, x.ColumnCount, random);
        var (y, epsilon) = Initialisations.TeacherTargets(backend, network, x, safety: 0.5, random);
        return new NmInstance(backend, new NmSetup(x, y, network, null, steps), context, [Parameter.Number("ε", epsilon)]);
    }

    private NmInstance Width(InstanceContext context, int n, int n1, int steps)
    {
        var random = context.CreateRandom();
        var x = Initialisations.Inputs(n, 4, random);
        var y = Gaussian.Sample(n, 1, random);
        var spec = new NetworkSpec([n1, 4, 1], RunActivation);
        return new NmInstance(backend, new NmSetup(x, y, LeCunNetwork(spec, x.ColumnCount, random), null, steps), context);
    }

    private static FeedForwardNetwork LeCunNetwork(NetworkSpec spec, int d, MathNet.Numerics.Random.RandomSource random) =>
        new(spec, [.. Enumerable.Range(1, spec.Depth).Select(l => spec.WeightShape(l, d)).Select(s => Initialisations.LeCun(s.Rows, s.Columns, random))]);

    /// <summary>
    /// The paper's network: no biases, F_L = F_{L−1}W_L (output scale 1), at least two layers (the PL lemma differentiates
    /// W₂), every layer trained with one step size η, an activation meeting Assumption 2.2 (from its proven properties; the
    /// issue's contract: other setups are skipped with the reason). The widths (Assumption 2.1) are hypotheses, checked on
    /// the instance so that a setup breaking them is reported beyond scope with the reason; so are the activation's
    /// properties on the runs' own instances.
    /// </summary>
    public string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth < 2)
        {
            reasons.Add($"it has {network.Depth} weight layer, the theorem at least two (its PL inequality is about ∇_{{W₂}}Φ)");
        }
        var activation = Activation.Of(network.Activation).Properties;
        if (!(activation.InfDerivative > 0 && activation.SupDerivative <= 1 && activation.BoundedByIdentity && activation.Smooth
            && double.IsFinite(activation.SupAbsSecondDerivative)))
        {
            reasons.Add($"its activation {network.Activation} does not meet Assumption 2.2 (σ′ ∈ [γ, 1] with γ > 0, |σ(x)| ≤ |x|, σ′ Lipschitz): "
                + $"inf σ′ = {NumberFormat.Text(activation.InfDerivative)}, sup σ′ = {NumberFormat.Text(activation.SupDerivative)}, "
                + $"|σ(x)| ≤ |x| {(activation.BoundedByIdentity ? "holds" : "fails")}, σ {(activation.Smooth ? "is" : "is not")} C²");
        }
        reasons.AddRange(DeepNetworkMatch.OutputAndTraining(network, training));
        return reasons.Count == 0
            ? null
            : "Nguyen & Mondelli 2020 covers deep networks without biases, with an activation meeting Assumption 2.2, output scale 1, every layer trained with one step size; " + string.Join("; ", reasons);
    }

    /// <summary>
    /// The width experiment's network (spec §5 E3) with generated data and a given η: the examples' smooth-leaky activation
    /// and LeCun scheme, a practical step size rather than 0.99/Q, so the theorem's (H2) usually fails: a default to vary.
    /// </summary>
    public (string Json, string Description) SweepBase => (
        """
        {
          "name": "nguyen-mondelli2020-sweep-base",
          "data": { "generator": "gaussian", "n": 8, "d": 4, "seed": 1, "labels": "gaussian" },
          "model": {
            "architecture": "mlp",
            "widths": [64, 4, 1],
            "activation": { "name": "smooth-leaky", "gamma": 0.2, "b": 4 },
            "outputScale": 1.0,
            "init": { "scheme": "lecun", "seed": 1 }
          },
          "training": { "learningRate": 0.01, "steps": 100 }
        }
        """,
        "The width experiment (spec §5 E3) with a given step: N Gaussian inputs in d dimensions, labels y ~ N(0, 1), widths [m, 4, 1], "
        + "smooth-leaky γ = 0.2, b = 4, LeCun weights, η = 0.01, 100 steps (defaults N = 8, d = 4, m = 64 = N²)");

    public bool TrainsNetwork => true;

    public ISetupInstance CreateInstance(UserSetup setup, InstanceContext context)
    {
        var (x, y) = SetupData.Materialize(setup);
        var network = SetupData.InitialNetwork(setup, x.ColumnCount);
        return new NmInstance(backend, new NmSetup(x, y, network, setup.Training.StepSizes[0], setup.Training.Steps), context);
    }
}

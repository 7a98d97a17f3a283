using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Theorems.Common;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>
/// Du, Zhai, Póczos, Singh (ICLR 2019): gradient descent on the first layer of a wide two-layer ReLU
/// network reaches zero training loss at a linear rate when λ₀ = λ_min(H∞) &gt; 0.
/// </summary>
public sealed class Du2019Theorem(ILinearAlgebraBackend backend) : ITheorem, ISweepable
{
    public const string Id = "du2019";

    /// <summary>The δ of the theorem's "with probability at least 1 − δ" used for the Asymptotic tier.</summary>
    public const double Delta = 0.1;

    public TheoremInfo Info { get; } = new(
        Id,
        "Du et al. 2019: gradient descent provably optimizes over-parameterized two-layer ReLU networks",
        "S. S. Du, X. Zhai, B. Póczos, A. Singh. ICLR 2019 (arXiv:1810.02054), Theorem 4.1",
        "m = Ω(n⁶/(λ₀⁴δ³)), η = O(λ₀/n²) ⇒ w.p. ≥ 1 − δ, ‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ ‖y − u(0)‖² for all k",
        Du2019Checks.All)
    {
        PassMeans = "A Pass means: on every instance in scope, the premises of our derived deterministic chain [D] (the Data and "
            + "Instance tiers: Lemmas 3.1, 3.2 and Corollary 4.1 with measured values in place of their probabilistic bounds) "
            + "held outside every rounding allowance, and the conclusion ‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ‖y − u(0)‖² was observed. "
            + "It does not mean the paper's Theorem 4.1 applies: its own hypotheses are the Asymptotic tier, reported with "
            + "their gap below and never deciding scope.",
    };

    public IReadOnlyList<Scenario> Scenarios(RunOptions options)
    {
        var scenarios = new List<Scenario>
        {
            new("in-scope",
                "n = 4 nearly orthogonal unit inputs in d = 4, labels uniform on [−½, ½], m = 10⁶, η = λ₀/(4n²), 300 steps: the whole Instance tier holds",
                2,
                context => Draw(context, NearlyOrthogonal, n: 4, d: 4, m: 1_000_000, stepSize: null, steps: 300, uniformLabels: 0.5)),
        };
        if (!options.Quick)
        {
            scenarios.Add(new Scenario("in-scope-generic",
                "n = 4 unit inputs uniform on the sphere in d = 4, labels uniform on [−½, ½], m = 4·10⁶, η = λ₀/(4n²), 300 steps: generic data need a wider layer",
                2,
                context => Draw(context, UnitSphere.Sample, n: 4, d: 4, m: 4_000_000, stepSize: null, steps: 300, uniformLabels: 0.5)));
        }
        int n = options.Quick ? 200 : 1000;
        int[] widths = options.Quick ? [100, 1000, 10_000] : [100, 500, 1000, 2000, 5000, 10_000];
        foreach (int m in widths)
        {
            scenarios.Add(new Scenario($"paper-fig1-m{m.ToString(CultureInfo.InvariantCulture)}",
                $"Section 5 / Fig. 1: n = d = {n}, inputs uniform on the sphere, y ~ N(0, 1), m = {m}, η = {PaperStepSize}, 100 steps",
                2,
                context => Draw(context, UnitSphere.Sample, n, n, m, PaperStepSize, steps: 100, uniformLabels: null))
            {
                Sweep = new SweepDeclaration("paper-fig1", "m") { Note = Fig1Note(options.Quick, n, widths) },
            });
        }
        return scenarios;
    }

    /// <summary>What the paper-fig1 sweep reproduces of Du et al.'s Fig. 1 and what differs.</summary>
    private static string Fig1Note(bool quick, int n, int[] widths) =>
        $"Du et al. (2019), Fig. 1 (panels: training loss, fraction of changed activation patterns, largest distance from "
        + $"initialisation, each against the step for several m){(quick ? ", at --quick size" : "")}: n = d = {n} "
        + $"(the paper: n = d = 1000), m = {string.Join(", ", widths)} (the paper's widths are in its legend only), "
        + $"100 steps as in the paper, and the tool's own step size η = {PaperStepSize.ToString(CultureInfo.InvariantCulture)} "
        + "(the paper does not state its η).";

    public (string Json, string Description) SweepBase => (
        SweepBaseJson("du2019-sweep-base", width: 10_000),
        "Du et al.'s setting: n unit inputs uniform on the sphere in d dimensions, labels uniform on [−½, ½], a two-layer ReLU "
        + "network of width m (output layer ±1, frozen), η = 10⁻³, 200 steps, δ = 0.1 (defaults n = d = 8, m = 10⁴)");

    /// <summary>The base setup of Du et al.'s sweeps (this theorem's and Theorem 3.1's), with its name and default width.</summary>
    internal static string SweepBaseJson(string name, int width) => $$"""
        {
          "name": "{{name}}",
          "data": { "generator": "unit-sphere", "n": 8, "d": 8, "seed": 1, "labels": "uniform", "labelBound": 0.5 },
          "model": { "architecture": "two-layer-relu", "width": {{width}}, "init": { "seed": 1 } },
          "training": { "learningRate": 0.001, "steps": 200 },
          "delta": 0.1
        }
        """;

    /// <summary>The experiment's fixed step size (the paper does not state its η; see README.md).</summary>
    public const double PaperStepSize = 0.5;

    private Du2019Instance Draw(
        InstanceContext context,
        Func<int, int, MathNet.Numerics.Random.RandomSource, Matrix<double>> inputs,
        int n, int d, int m, double? stepSize, int steps, double? uniformLabels)
    {
        var random = context.CreateRandom();
        var x = inputs(n, d, random);
        var y = Vector<double>.Build.DenseOfArray(uniformLabels is double c ? Labels.Uniform(n, c, random) : Labels.Gaussian(n, random));
        var network = TwoLayerReluNetwork.Initialize(m, d, random);
        double labelBound = uniformLabels ?? y.AbsoluteMaximum();
        var setup = new Du2019Setup(x, y, network, stepSize, steps, Delta, labelBound, InitSeed: null);
        return new Du2019Instance(backend, setup, context);
    }

    /// <summary>
    /// Du et al.'s network is F₂ = s·σ(X W₁) W₂ with σ = ReLU (its proof uses ReLU's arc-cosine kernel), one output, the
    /// first layer trained and the output layer fixed. Its scaling 1/√m and ±1 output weights are checked on the
    /// instance (the output layer a = s√m·W₂ must be ±1), not here.
    /// </summary>
    public string? Mismatch(NetworkSpec network, TrainingSpec training)
    {
        var reasons = new List<string>();
        if (network.Depth != 2)
        {
            reasons.Add($"it has {network.Depth} weight layer(s), the theorem one hidden layer and a linear output (two)");
        }
        if (network.Activation != ActivationSpec.Relu)
        {
            reasons.Add($"its activation is {network.Activation}, the theorem's is ReLU (its proof uses ReLU's arc-cosine kernel)");
        }
        if (network.OutputWidth != 1)
        {
            reasons.Add($"it has {network.OutputWidth} outputs, the theorem one");
        }
        if (network.Depth == 2 && training.StepSizes[1] != 0)
        {
            reasons.Add("its output layer is trained, the theorem's is fixed (step size 0 for layer 2)");
        }
        if (!training.Trains(1))
        {
            reasons.Add("its first layer is frozen, the theorem trains it");
        }
        return reasons.Count == 0
            ? null
            : "Du et al. 2019 covers two-layer ReLU networks whose first layer is trained and whose output layer is fixed; " + string.Join("; ", reasons);
    }

    /// <summary>Checking a setup trains its first layer (the conclusions are about the trajectory).</summary>
    public bool TrainsNetwork => true;

    public ISetupInstance CreateInstance(UserSetup setup, InstanceContext context)
    {
        var (x, targets) = SetupData.Materialize(setup);
        var y = targets.Column(0);
        var (network, seed) = InitialNetwork(setup, x.ColumnCount);
        var du = new Du2019Setup(x, y, network, setup.Training.StepSizes[0], setup.Training.Steps, setup.Delta,
            y.Count == 0 ? 0 : y.AbsoluteMaximum(), seed);
        return new Du2019Instance(backend, du, context);
    }

    /// <summary>
    /// The setup's network in Du et al.'s form f = (1/√m) Σ_r a_r σ(w_rᵀx): W = W₁ᵀ and a = s√m·W₂. No double equals 1/√m
    /// when m is not a square, so an output scale within 4ε of ±1/√m (|s|√m − 1 computed) is taken to mean ±1/√m — the
    /// value the setup wrote, e.g. Python's m**-0.5 — and a = ±W₂ exactly. Why 4ε: a correctly rounded 1/√m is within ε/2
    /// (relative), another language's within about ε, and fl(√m) and the product add ε/2 each, so |s|√m − 1 computed is
    /// within 2.5ε for every such writing; 4ε leaves room, while any other scale is off by far more. The seed is kept for the width search only when
    /// the network is Du et al.'s own draw (the scheme standard-sign-output at scale 1/√m), which that search repeats.
    /// </summary>
    private static (TwoLayerReluNetwork Network, ulong? Seed) InitialNetwork(UserSetup setup, int d)
    {
        var weights = SetupData.InitialNetwork(setup, d).Weights;
        ulong? seed = setup.Init is SchemeInit init ? init.Seed : null;
        double s = setup.Network.OutputScale;
        double root = Math.Sqrt(setup.Network.Widths[0]);
        bool inverseRoot = Math.Abs(Math.Abs(s) * root - 1) <= 4 * Spectral.MachineEpsilon;
        double factor = inverseRoot ? Math.Sign(s) : s * root;
        bool ownDraw = inverseRoot && s > 0 && setup.Init is SchemeInit { Scheme: SchemeInit.StandardSignOutput };
        return (new TwoLayerReluNetwork(weights[0].Transpose(), [.. weights[1].Column(0).Select(w => w * factor)]), ownDraw ? seed : null);
    }

    /// <summary>Rows e_i + 0.05·N(0, I), normalised: nearly orthogonal unit inputs (n ≤ d).</summary>
    internal static Matrix<double> NearlyOrthogonal(int n, int d, MathNet.Numerics.Random.RandomSource random)
    {
        var x = Gaussian.Sample(n, d, random) * 0.05;
        for (int i = 0; i < n; i++)
        {
            x[i, i] += 1;
        }
        return x.NormalizeRows(2.0);
    }
}

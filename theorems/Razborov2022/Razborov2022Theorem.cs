using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Networks;
using Verify.Numerics;
using Verify.Theorems.Common;
using Verify.Training;

namespace Verify.Theorems.Razborov2022;

/// <summary>
/// Razborov (2022), "Improved Convergence Guarantees for Shallow Neural Networks": two-layer ReLU networks, both layers
/// trained by GD at different rates η₁ (hidden) and η₂ (output). Only the abstract could be read: scope is decided by a
/// two-rate certificate we derived [D] (<see cref="TwoRateCertificate"/>); the baselines' widths (Du et al. [D],
/// Oymak–Soltanolkotabi [M], Nguyen 2021 §3.2 [S]) are the Asymptotic tier; the paper's own width bound is shown as
/// "statement not available"; the experiment of spec §5 (protocol [P]) measures convergence beyond the NTK regime.
/// </summary>
public sealed class Razborov2022Theorem(ILinearAlgebraBackend backend) : ITheorem, ISweepable
{
    public const string Id = "razborov2022";

    /// <summary>The rate ratios η̂₂/η̂₁ of spec §5, each rate normalised by its kernel's top eigenvalue.</summary>
    internal static readonly (double Ratio, string Text)[] Ratios = [(0, "0"), (1e-2, "1e-2"), (1, "1"), (1e2, "1e2")];

    public TheoremInfo Info { get; } = new(
        Id,
        "Razborov 2022: two-layer ReLU networks, both layers trained by GD at different rates (only the abstract could be read)",
        "A. Razborov, Improved Convergence Guarantees for Shallow Neural Networks, arXiv:2212.02323 (abstract only; the full text was not available)",
        "depth 2, ReLU, quadratic loss, Gaussian data and initialisation, arbitrary labels, GD on both layers at rates η₁, η₂ ⇒ convergence to a global minimum [V, abstract] (a linear rate [M]); "
        + "the paper's width bound and rate conditions: statement not available",
        RzChecks.All)
    {
        PassMeans = "A Pass means: on every instance in scope, the hypotheses of our two-rate certificate [D] (theorems/Razborov2022/README.md) held at the "
            + "pessimistic ends of their inputs (λ_F certified from below, ‖F₀‖₂, ‖X‖₂, ‖a₀‖, ‖e₀‖ rounded up), and its conclusions (‖e_k‖ ≤ ρᵏ‖e₀‖, "
            + "‖W_k − W₀‖_F ≤ R_W, ‖a_k − a₀‖ ≤ R_a) were observed. It does not mean the paper's theorem applies: its statement is not available (only the "
            + "abstract could be read). The baselines' widths are the Asymptotic tier and the experiment's measurements (protocol [P]) carry no verdict: neither decides scope.",
    };

    public IReadOnlyList<Scenario> Scenarios(RunOptions options)
    {
        bool quick = options.Quick;
        int steps = quick ? 200 : 2000;
        var scenarios = new List<Scenario>
        {
            new("in-scope",
                $"A small instance where the certificate should hold: LeCun, n = 8, d = 8, m = 2048, y = u₀ + εz with ε = 10⁻³ (so ‖e₀‖ is small), "
                + $"η₂ = 0.9/‖F₀‖₂², η₁ = η₂/100; {steps} steps",
                2, context => InScope(context, steps)),
        };
        var (n, d) = quick ? (16, 4) : (64, 8);
        int[] widths = quick ? [4, 19, 86, 400] : [8, 20, 50, 126, 317, 800];
        int cap = quick ? 8000 : 40000;
        string[] labels = quick ? ["adversarial"] : ["adversarial", "gaussian"];
        string widths0 = BaselineNote(options.MasterSeed, n, d, widths.Max());
        foreach (var preset in new[] { RzPreset.LeCun, RzPreset.Ntk })
        {
            foreach (string label in labels)
            {
                foreach (var (ratio, text) in Ratios)
                {
                    string family = $"exp-{RzModel.Name(preset)}-{label}-r{text}";
                    foreach (int m in widths)
                    {
                        var problem = new ExperimentProblem(preset, label, ratio, n, d, m, cap);
                        scenarios.Add(new Scenario($"{family}-m{I(m)}",
                            $"Experiment (spec §5, protocol [P]): {(preset == RzPreset.LeCun ? "LeCun" : "NTK")} preset, n = {n}, d = {d}, m = {m} (md/n = {NumberFormat.Text(m * (double)d / n)}), "
                            + $"{label} labels{(label == "adversarial" ? " (bottom eigenvector of K₀ = η₁H(0) + η₂G(0), ‖y‖ = √n)" : "")}, rate ratio η̂₂/η̂₁ = {text} with "
                            + $"η₁λ_max(H(0)) + η₂λ_max(G(0)) = 1.8 (< 2); GD until ‖u − y‖² < 10⁻⁸‖y‖² or {I(cap)} steps",
                            quick ? 2 : 5, context => Experiment(context, problem, options))
                        {
                            Sweep = new SweepDeclaration(family, "m")
                            {
                                Markers = [Baselines.DuName, Baselines.OymakSoltanolkotabiName, Baselines.NguyenName],
                                Measured = [.. RzIndicators.Measured, Baselines.DuName, Baselines.OymakSoltanolkotabiName, Baselines.NguyenName, Baselines.RazborovName],
                                Drawn = [RzIndicators.ConvergedName, RzIndicators.KernelDriftName],
                                YesNo = [RzIndicators.ConvergedName, RzIndicators.BeyondNtkName],
                                Note = "Measured [P], no verdict: whether the run converged (‖u − y‖² < 10⁻⁸‖y‖² within the cap) and, on the converged runs only (spec §5: "
                                    + "indicators recorded when converged), the kernel drift ‖K_K − K₀‖₂/‖K₀‖₂ against the width m at this rate ratio (figures), and in the table "
                                    + "every measurement per width: steps to ε, the relative movement of each layer, the pattern-flip fraction, the drift, the observed per-step "
                                    + $"factor over the kernel's prediction 1 − λ_min(K₀), and the fraction of runs that converged with drift > {NumberFormat.Text(RzIndicators.BeyondNtkDrift)} (\"beyond NTK\"). "
                                    + "Each baseline's required width on the same (n, d) is marked on the figures (dashed vertical line, or named in the caption when beyond the grid) "
                                    + "and is the bound of its own figure (baseline-du-width [D], baseline-os-width [M], baseline-nguyen-width [S] vs m); " + widths0 + ". "
                                    + $"Razborov 2022's own width bound: {Baselines.RazborovWidth}. {GridNote(quick)}",
                            },
                        });
                    }
                }
            }
        }
        return scenarios;
    }

    /// <summary>How this grid differs from spec §5's protocol [P] (d ∈ {10, 20, 50}, n ∈ {100, 200, 500}, cap 10⁵, ≥ 5 seeds).</summary>
    private static string GridNote(bool quick) =>
        $"Grid: smaller than spec §5's (d ∈ {{10, 20, 50}}, n ∈ {{100, 200, 500}}, cap 10⁵ steps, ≥ 5 seeds), to fit two cores: "
        + (quick
            ? "--quick uses n = 16, d = 4, adversarial labels, 2 seeds and a cap of 8000 steps; the full run n = 64, d = 8, both label kinds, 5 seeds, cap 40000."
            : "n = 64, d = 8, both label kinds, 5 seeds, cap 40000 steps.")
        + " Widths run from md/n = 1 to 100 on a log grid, as the protocol asks.";

    /// <summary>The baselines' required widths on the first seed's data of the experiment (X as the instances draw it), as text for the sweeps' notes.</summary>
    private string BaselineNote(ulong masterSeed, int n, int d, int largest)
    {
        var x = Gaussian.Sample(n, d, new Xoshiro256StarStar(Seeds.Derive(masterSeed, $"{Id}/experiment-data/n{n}-d{d}", 0)));
        var baselines = Baselines.Of(backend, x, Matrix<double>.Build.Dense(n, 1));
        return $"on the first seed's inputs the required widths are: Du et al. [D] > {NumberFormat.Text(baselines.Du)} (taken at C = 0, a lower end: the instances use C = max|yᵢ|), "
            + $"Oymak–Soltanolkotabi [M] ≈ {NumberFormat.Text(baselines.OymakSoltanolkotabi)}, Nguyen 2021 §3.2 [S] N² = {NumberFormat.Text(baselines.Nguyen)}; the grid's largest m is {largest}";
    }

    private RzInstance InScope(InstanceContext context, int steps)
    {
        var random = context.CreateRandom();
        const int n = 8, d = 8, m = 2048;
        const double epsilon = 1e-3;
        var x = Gaussian.Sample(n, d, random);
        var network = RzModel.Draw(RzPreset.LeCun, m, d, Seeds.Derive(context.Seed, "network", 0));
        var y = network.Outputs(backend, x) + epsilon * Gaussian.Sample(n, 1, random);
        double featureNorm = backend.SingularValues(RzModel.PreActivations(backend, x, network.Weight(1)).Map(v => Math.Max(v, 0))).Max();
        double eta2 = 0.9 / (featureNorm * featureNorm), eta1 = eta2 / 100;
        return new RzInstance(backend, new RzSetup(x, y, network, eta1, eta2, steps), context,
            [Parameter.TextOnly("preset", "lecun"), Parameter.Number("ε", epsilon)]);
    }

    /// <summary>η₁λ_max(H(0)) + η₂λ_max(G(0)) in the experiment: below the stability limit 2 (spec §3), so λ_max(K₀) ≤ 1.8.</summary>
    internal const double RateSum = 1.8;

    internal sealed record ExperimentProblem(RzPreset Preset, string Labels, double Ratio, int N, int D, int M, int Cap);

    internal RzInstance Experiment(InstanceContext context, ExperimentProblem problem, RunOptions options)
    {
        // the data depend on the seed index only, so every width of a sweep (and every ratio) sees the same X
        var data = new Xoshiro256StarStar(Seeds.Derive(options.MasterSeed, $"{Id}/experiment-data/n{problem.N}-d{problem.D}", context.Index));
        var x = Gaussian.Sample(problem.N, problem.D, data);
        var gaussianLabels = Gaussian.Sample(problem.N, 1, data);
        var network = RzModel.Draw(problem.Preset, problem.M, problem.D, Seeds.Derive(context.Seed, "network", 0));
        var h = RzModel.FirstLayerKernel(backend, x, network);
        var g = RzModel.OutputKernel(backend, x, network);
        double lambdaH = RzModel.Largest(backend, h), lambdaG = RzModel.Largest(backend, g);
        double eta1 = RateSum / (1 + problem.Ratio) / lambdaH, eta2 = RateSum * problem.Ratio / (1 + problem.Ratio) / lambdaG;
        var y = problem.Labels == "adversarial" ? RzModel.AdversarialLabels(backend, eta1 * h + eta2 * g) : gaussianLabels;
        double target = 1e-8 * y.Enumerate().Sum(v => v * v);
        return new RzInstance(backend, new RzSetup(x, y, network, eta1, eta2, problem.Cap, target), context,
            [
                Parameter.TextOnly("preset", RzModel.Name(problem.Preset)),
                Parameter.TextOnly("labels", problem.Labels),
                Parameter.Number("η̂₂/η̂₁", problem.Ratio),
                Parameter.Number("λ_max(H(0))", lambdaH),
                Parameter.Number("λ_max(G(0))", lambdaG),
            ],
            experiment: true);
    }

    public string? Mismatch(NetworkSpec network, TrainingSpec training) => RzModel.Mismatch(network, training);

    /// <summary>The LeCun preset with per-layer rates (examples/lecun-two-rates), whose data are generated already.</summary>
    public (string Json, string Description) SweepBase => (
        """
        {
          "name": "razborov2022-sweep-base",
          "data": { "generator": "gaussian", "n": 8, "d": 8, "seed": 1, "labels": "gaussian" },
          "model": {
            "architecture": "mlp",
            "widths": [512, 1],
            "activation": "relu",
            "outputScale": 1.0,
            "init": { "scheme": "lecun", "seed": 1 }
          },
          "training": { "learningRate": [1e-5, 1e-3], "steps": 300 }
        }
        """,
        "The LeCun preset with two rates: n Gaussian inputs in d dimensions, Gaussian labels, widths [m, 1], ReLU, κ = 1, "
        + "η = [η₁, η₂] = [10⁻⁵, 10⁻³], 300 steps (defaults n = d = 8, m = 512)");

    public bool TrainsNetwork => true;

    public ISetupInstance CreateInstance(UserSetup setup, InstanceContext context)
    {
        var (x, y) = SetupData.Materialize(setup);
        var network = SetupData.InitialNetwork(setup, x.ColumnCount);
        var rates = setup.Training.StepSizes;
        return new RzInstance(backend, new RzSetup(x, y, network, rates[0], rates[1], setup.Training.Steps), context);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}

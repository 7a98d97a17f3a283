using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Core.Setup;
using Verify.Numerics;
using Verify.Training;

namespace Verify.Theorems.Du2019;

/// <summary>
/// Du, Zhai, Póczos, Singh (ICLR 2019): gradient descent on the first layer of a wide two-layer ReLU
/// network reaches zero training loss at a linear rate when λ₀ = λ_min(H∞) &gt; 0.
/// </summary>
public sealed class Du2019Theorem(ILinearAlgebraBackend backend) : ITheorem, ISetupCheckable
{
    /// <summary>The setup architecture this theorem covers.</summary>
    public const string Architecture = "two-layer-relu";

    public const string Id = "du2019";

    /// <summary>The δ of the theorem's "with probability at least 1 − δ" used for the Asymptotic tier.</summary>
    public const double Delta = 0.1;

    public TheoremInfo Info { get; } = new(
        Id,
        "Du et al. 2019: gradient descent provably optimizes over-parameterized two-layer ReLU networks",
        "S. S. Du, X. Zhai, B. Póczos, A. Singh. ICLR 2019 (arXiv:1810.02054), Theorem 4.1",
        "m = Ω(n⁶/(λ₀⁴δ³)), η = O(λ₀/n²) ⇒ w.p. ≥ 1 − δ, ‖y − u(k)‖² ≤ (1 − ηλ₀/2)ᵏ ‖y − u(0)‖² for all k",
        Du2019Checks.All);

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
                Sweep = new SweepDeclaration("paper-fig1", "m"),
            });
        }
        return scenarios;
    }

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

    public string? Mismatch(SetupFile setup) => setup.Model.Architecture == Architecture
        ? null
        : $"Du et al. 2019 covers two-layer ReLU networks with a fixed ±1 output layer (architecture \"{Architecture}\"); this setup's architecture is \"{setup.Model.Architecture}\"";

    public ISetupInstance CreateInstance(LoadedSetup setup, InstanceContext context)
    {
        var (x, y) = SetupData.Materialize(setup);
        var model = setup.File.Model;
        var (network, seed) = model.Init switch
        {
            SeedInit init => (TwoLayerReluNetwork.Initialize(model.Width, x.ColumnCount, new Xoshiro256StarStar(init.Seed)), (ulong?)init.Seed),
            FileInit => (new TwoLayerReluNetwork(setup.FirstLayer!, setup.OutputLayer!.ToArray()), null),
            _ => throw new InvalidOperationException($"unknown initialisation {model.Init}"),
        };
        var du = new Du2019Setup(x, y, network, setup.File.Training.LearningRate, setup.File.Training.Steps, setup.File.Delta,
            y.Count == 0 ? 0 : y.AbsoluteMaximum(), seed);
        return new Du2019Instance(backend, du, context);
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

using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Verify.Core;
using Verify.Theorems.Common;
using Verify.Core.Networks;
using Verify.Numerics;

namespace Verify.Theorems.Du2019;

/// <summary>Du et al. 2019, Theorem 3.1: if no two inputs are parallel, then λ₀ = λ_min(H∞) &gt; 0.</summary>
public sealed class Theorem31(ILinearAlgebraBackend backend) : ITheorem, ISweepable
{
    public const string Id = "du2019-thm31";

    private static readonly CheckSpec Lambda0Positive = CheckSpec.Conclusion(
        "conclusion-lambda0-positive", "λ₀ = λ_min(H∞) > 0: its enclosure (verified bounds on the computed H∞ widened by H∞'s assembly error) lies above 0", "Theorem 3.1", Provenance.Verified);

    public TheoremInfo Info { get; } = new(
        Id,
        "Du et al. 2019, Theorem 3.1: non-parallel inputs give a positive definite H∞",
        "S. S. Du, X. Zhai, B. Póczos, A. Singh. ICLR 2019 (arXiv:1810.02054), Theorem 3.1",
        "x_i ∦ x_j for all i ≠ j ⇒ λ_min(H∞) > 0",
        [Du2019Checks.NonParallel, Lambda0Positive])
    {
        PassMeans = "A Pass means: no two inputs are parallel (the hypothesis of the paper's Theorem 3.1 [V]) and λ₀ > 0 was "
            + "established: the lower end of its enclosure (verified bounds on the computed H∞, widened by its assembly error "
            + "with arccos taken as accurate to 1 ulp) is positive.",
    };

    public IReadOnlyList<Scenario> Scenarios(RunOptions options) =>
    [
        Sphere(n: 20, d: 3),
        Sphere(n: 100, d: 10),
        Sphere(n: 300, d: 300),
    ];

    private Scenario Sphere(int n, int d) => new(
        string.Create(CultureInfo.InvariantCulture, $"sphere-n{n}-d{d}"),
        string.Create(CultureInfo.InvariantCulture, $"n = {n} inputs uniform on the unit sphere in d = {d} (n > d allowed: the theorem needs no d ≥ n)"),
        3,
        context => new Instance(new DataAnalysis(backend, UnitSphere.Sample(n, d, context.CreateRandom()), Vector<double>.Build.Dense(n)), n, d));

    /// <summary>Theorem 3.1 is about the data alone, so it applies to every setup.</summary>
    public string? Mismatch(NetworkSpec network, TrainingSpec training) => null;

    /// <summary>Du2019's own base (<see cref="Du2019Theorem.SweepBase"/>): only its data matter here, so a grid over m repeats the data's draws.</summary>
    public (string Json, string Description) SweepBase => (
        Du2019Theorem.SweepBaseJson("du2019-thm31-sweep-base", width: 100),
        "Du et al.'s data: n inputs uniform on the unit sphere in d dimensions (defaults n = d = 8); the theorem is about the data "
        + "alone, so the network (two-layer ReLU, width m, default 100) is not trained and m changes nothing");

    /// <summary>Theorem 3.1 is about the data alone: nothing is trained.</summary>
    public bool TrainsNetwork => false;

    public ISetupInstance CreateInstance(UserSetup setup, InstanceContext context)
    {
        var (x, y) = SetupData.Materialize(setup);
        return new Instance(new DataAnalysis(backend, x, y.Column(0)), x.RowCount, x.ColumnCount);
    }

    private sealed class Instance(DataAnalysis data, int n, int d) : ISetupInstance
    {
        public IReadOnlyList<Parameter> Parameters { get; } = [Parameter.Number("n", n), Parameter.Number("d", d)];

        public IEnumerable<Check> Hypotheses() => [new(Du2019Checks.NonParallel, () => DataChecks.NonParallel(data))];

        public IEnumerable<Check> Outcomes() => [new(Lambda0Positive, () => DataChecks.Lambda0Positive(data))];

        public IEnumerable<Recommendation> Recommendations()
        {
            var nonParallel = DataChecks.NonParallel(data);
            if (nonParallel.Verdict != Verdict.Pass)
            {
                yield return new Recommendation(Du2019Checks.NonParallel.Id, "no width can fix this: the hypothesis is about the data alone", null,
                    $"{nonParallel.Note}; {Du2019Advice.ParallelConsequence(data)}");
            }
        }
    }
}

using Verify.Core;

namespace Verify.Core.Tests;

/// <summary>
/// A configurable toy theorem: "x ≤ 1 (hypothesis) ⇒ y ≤ 1 (conclusion)" where x and y are computed
/// from the instance's random draw by the given functions. Its one scenario declares <paramref name="sweep"/>, if given.
/// </summary>
internal sealed class ToyTheorem(
    Func<InstanceContext, double> hypothesisValue, Func<InstanceContext, double> conclusionValue, int instances = 3, SweepDeclaration? sweep = null) : ITheorem
{
    private readonly Func<InstanceContext, double> _hypothesisValue = hypothesisValue;
    private readonly Func<InstanceContext, double> _conclusionValue = conclusionValue;

    public static readonly CheckSpec DataHypothesis = CheckSpec.Hypothesis("x-small", Tier.Data, "x ≤ 1", "Toy 1", Provenance.Derived);
    public static readonly CheckSpec AsymptoticHypothesis = CheckSpec.Hypothesis("width", Tier.Asymptotic, "m ≥ 10⁹", "Toy 2", Provenance.Derived);
    public static readonly CheckSpec Conclusion = CheckSpec.Conclusion("y-small", "y ≤ 1", "Toy 3", Provenance.Derived);
    public static readonly CheckSpec Invariant = CheckSpec.Invariant("z", "z ≥ 0", "Toy 4", Provenance.Derived);

    public TheoremInfo Info { get; } = new("toy", "Toy theorem", "Nobody 2026", "x ≤ 1 ⇒ y ≤ 1",
        [DataHypothesis, AsymptoticHypothesis, Conclusion, Invariant]);

    public IReadOnlyList<Scenario> Scenarios(RunOptions options) =>
        [new Scenario("only", "the only scenario", instances, context => new Instance(this, context)) { Sweep = sweep }];

    private sealed class Instance(ToyTheorem theorem, InstanceContext context) : ITheoremInstance
    {
        public IReadOnlyList<Parameter> Parameters { get; } = [Parameter.Number("m", 10), Parameter.TextOnly("η", "λ₀/(4n²)")];

        public IEnumerable<Check> Hypotheses() =>
        [
            new Check(DataHypothesis, () => Evidence.Compare(theorem._hypothesisValue(context), Relation.LessOrEqual, 1)),
            new Check(AsymptoticHypothesis, () => Evidence.Compare(10, Relation.GreaterOrEqual, 1e9)),
        ];

        public IEnumerable<Check> Outcomes() =>
        [
            new Check(Conclusion, () => Evidence.Compare(theorem._conclusionValue(context), Relation.LessOrEqual, 1)),
            new Check(Invariant, () => Evidence.Compare(1, Relation.GreaterOrEqual, 0)),
        ];
    }
}

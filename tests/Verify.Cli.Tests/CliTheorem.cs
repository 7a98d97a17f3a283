using Verify.Core;

namespace Verify.Cli.Tests;

/// <summary>A one-check theorem whose conclusion outcome is fixed, to drive the CLI's exit codes.</summary>
internal sealed class CliTheorem(string id, Func<Evidence> conclusion) : ITheorem
{
    private static readonly CheckSpec Premise = CheckSpec.Hypothesis("premise", Tier.Instance, "1 ≤ 2", "Lemma 0", Provenance.Derived);
    private static readonly CheckSpec Claim = CheckSpec.Conclusion("claim", "the claim", "Theorem 0", Provenance.Memory);

    public TheoremInfo Info { get; } = new(id, $"Theorem {id}", "Test 2026", "a test theorem", [Premise, Claim]);

    public IReadOnlyList<Scenario> Scenarios(RunOptions options) =>
        [new Scenario("case", "the case", 2, _ => new Instance(conclusion))];

    private sealed class Instance(Func<Evidence> conclusion) : ITheoremInstance
    {
        public IReadOnlyList<Parameter> Parameters { get; } = [Parameter.Number("n", 4)];

        public IEnumerable<Check> Hypotheses() => [new Check(Premise, () => Evidence.Compare(1, Relation.LessOrEqual, 2))];

        public IEnumerable<Check> Outcomes() => [new Check(Claim, conclusion)];
    }
}

namespace Verify.Symbolic;

/// <summary>What Z3 concluded about a goal under its premises.</summary>
public enum ProofStatus
{
    /// <summary>The negated goal is unsatisfiable with the premises: the goal follows.</summary>
    Proved,

    /// <summary>The premises and the negated goal have a model: a counterexample to the goal.</summary>
    Refuted,

    /// <summary>Z3 gave up (resource limit, incomplete theory); nothing is decided.</summary>
    Unknown,
}

/// <summary>
/// The three-valued answer of <see cref="Z3Session.Prove"/> and <see cref="Z3Session.Check"/>: a closed
/// hierarchy of <see cref="Proved"/>, <see cref="Refuted"/> (with Z3's model) and <see cref="Unknown"/>
/// (with Z3's reason). Switch over the nested types, or over <see cref="Status"/> for an exhaustive switch.
/// </summary>
public abstract record ProofResult
{
    private ProofResult()
    {
    }

    /// <summary>The answer as an enumeration value.</summary>
    public abstract ProofStatus Status { get; }

    /// <summary>True only for <see cref="Proved"/>.</summary>
    public bool IsProved => Status == ProofStatus.Proved;

    /// <summary>Z3 answered <c>unsat</c> for the negated goal: the goal holds.</summary>
    public sealed record Proved : ProofResult
    {
        public override ProofStatus Status => ProofStatus.Proved;

        public override string ToString() => "proved";
    }

    /// <summary>Z3 answered <c>sat</c>: <paramref name="Model"/> is the text of <c>(get-model)</c>, a counterexample.</summary>
    public sealed record Refuted(string Model) : ProofResult
    {
        public override ProofStatus Status => ProofStatus.Refuted;

        public override string ToString() => $"refuted, model: {Model}";
    }

    /// <summary>Z3 answered <c>unknown</c>: <paramref name="Reason"/> is its <c>:reason-unknown</c>.</summary>
    public sealed record Unknown(string Reason) : ProofResult
    {
        public override ProofStatus Status => ProofStatus.Unknown;

        public override string ToString() => $"unknown: {Reason}";
    }
}

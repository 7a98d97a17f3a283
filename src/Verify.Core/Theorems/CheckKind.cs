namespace Verify.Core;

/// <summary>What a check is: a premise of the theorem, its conclusion, or an intermediate lemma of the proof.</summary>
public enum CheckKind
{
    Hypothesis,
    Conclusion,
    Invariant,
}

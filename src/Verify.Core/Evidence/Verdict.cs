namespace Verify.Core;

/// <summary>
/// The verdict of a check, an instance or a theorem. A check is Pass, Fail, Error or Inconclusive;
/// an instance or theorem may also be <see cref="BeyondScope"/>: its hypotheses do not hold, so its
/// conclusions were only observed, never judged.
/// </summary>
public enum Verdict
{
    Pass,
    Fail,
    BeyondScope,
    Error,
    Inconclusive,
}

namespace Verify.Reports;

/// <summary>
/// What a sweep's phase diagrams are drawn over: the numeric instance parameter on the horizontal axis
/// (<see cref="XAxis"/>, e.g. the width "m"), the one on the vertical axis (<see cref="YAxis"/>, e.g. "n"), and the
/// numeric parameter holding each instance's final loss ratio (<see cref="LossRatio"/>, e.g. "final loss ratio"), or null
/// when the sweep records none.
/// </summary>
public sealed record PhasePlan(string XAxis, string YAxis, string? LossRatio);

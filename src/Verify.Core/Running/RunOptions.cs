namespace Verify.Core;

/// <summary>Options of one `verify run`.</summary>
/// <param name="MasterSeed">The run's master seed; per-instance seeds derive from it.</param>
/// <param name="Quick">Smaller configurations (e.g. the paper's experiment at n = 200 instead of 1000).</param>
/// <param name="Instances">Instances per scenario; null means each scenario's default.</param>
/// <param name="OnlyInstance">Replay just this instance index of every scenario.</param>
/// <param name="Jobs">How many of a scenario's instances run at once (each on its own thread); reports keep index order.</param>
public sealed record RunOptions(ulong MasterSeed, bool Quick = false, int? Instances = null, int? OnlyInstance = null, int Jobs = 1)
{
    /// <summary>The master seed used when none is given (printed in every report).</summary>
    public const ulong DefaultMasterSeed = 20190101;

    /// <summary>`verify check --max-width`: the largest width a module's width search may try (null: the module's default cap).</summary>
    public long? MaxSearchWidth { get; init; }
}

namespace Verify.Core;

/// <summary>
/// A theorem that declares the setup a sweep plan varies when the plan names no setup of its own (`verify sweep`): a
/// setup.json text with generated data, whose n, d, width, step size and steps the plan's grid overrides.
/// </summary>
public interface ISweepable : ISetupCheckable
{
    /// <summary>The base setup (JSON text, generated data), and in a sentence what it is.</summary>
    (string Json, string Description) SweepBase { get; }
}

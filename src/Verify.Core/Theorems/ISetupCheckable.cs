using Verify.Core.Networks;

namespace Verify.Core;

/// <summary>A theorem that can check a user's own setup (`verify check`).</summary>
public interface ISetupCheckable
{
    /// <summary>
    /// Null when the theorem covers a network of this structure trained this way; otherwise why not (shown to the user).
    /// Decided from the structure (depth, widths, activation properties, which layers train), never from a name.
    /// </summary>
    string? Mismatch(NetworkSpec network, TrainingSpec training);

    /// <summary>The user's setup as an instance of this theorem: its data, initial weights and step size, used exactly.</summary>
    ISetupInstance CreateInstance(UserSetup setup, InstanceContext context);

    /// <summary>
    /// Whether checking a setup trains its network (the report then shows that training). When no matching theorem
    /// does, `verify check` trains the setup itself and reports the training observed.
    /// </summary>
    bool TrainsNetwork { get; }
}

/// <summary>An instance built from a user's setup: besides its checks, it says what to change.</summary>
public interface ISetupInstance : ITheoremInstance
{
    /// <summary>The smallest width, the largest step size, and what no width can fix, for this data.</summary>
    IEnumerable<Recommendation> Recommendations();
}

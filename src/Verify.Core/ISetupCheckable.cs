using Verify.Core.Setup;

namespace Verify.Core;

/// <summary>A theorem that can check a user's own setup (`verify check`).</summary>
public interface ISetupCheckable
{
    /// <summary>Null when the theorem's model matches the setup; otherwise why it does not (shown to the user).</summary>
    string? Mismatch(SetupFile setup);

    /// <summary>The user's setup as an instance of this theorem: its data, initial weights and step size, used exactly.</summary>
    ISetupInstance CreateInstance(LoadedSetup setup, InstanceContext context);
}

/// <summary>An instance built from a user's setup: besides its checks, it says what to change.</summary>
public interface ISetupInstance : ITheoremInstance
{
    /// <summary>The smallest width, the largest step size, and what no width can fix, for this data.</summary>
    IEnumerable<Recommendation> Recommendations();
}

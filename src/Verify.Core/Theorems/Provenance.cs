namespace Verify.Core;

/// <summary>Where a statement or constant comes from, as tagged in the project's theorem texts (shown in every report).</summary>
public enum Provenance
{
    /// <summary>[V] verified against the paper.</summary>
    Verified,

    /// <summary>[D] derived here (our own reconstruction or proof step).</summary>
    Derived,

    /// <summary>[M] from memory, not yet checked against the paper.</summary>
    Memory,

    /// <summary>[S] from a secondary source.</summary>
    Secondary,

    /// <summary>[P] our proposal (a protocol or measurement of ours, not the paper's and not a proved statement).</summary>
    Proposal,
}

/// <summary>The one-letter tags used in the theorem texts and reports.</summary>
public static class ProvenanceTags
{
    public static string Tag(this Provenance provenance) => provenance switch
    {
        Provenance.Verified => "[V]",
        Provenance.Derived => "[D]",
        Provenance.Memory => "[M]",
        Provenance.Secondary => "[S]",
        Provenance.Proposal => "[P]",
        _ => throw new ArgumentOutOfRangeException(nameof(provenance)),
    };
}

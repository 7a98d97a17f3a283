using Verify.Core;

namespace Verify.Reports;

/// <summary>How a verdict reads in the report: its words and its coloured badge.</summary>
internal static class Verdicts
{
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.BeyondScope => "beyond scope",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    public static string Badge(Verdict verdict) =>
        $"<span class=\"badge {verdict.ToString().ToLowerInvariant()}\">{Text(verdict)}</span>";
}

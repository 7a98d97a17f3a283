using System.Globalization;
using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// The run in one line, for the page's title and top heading: each theorem's verdict with how many of its instances were
/// in scope ("du2019 pass (2 of 8 instances in scope), du2019-thm31 beyond scope (0 of 4 instances in scope)"), so a
/// run whose instances are all beyond scope never reads as "pass".
/// </summary>
internal static class RunSummary
{
    public static string Text(RunReport report) => report.Theorems.Count == 0
        ? "no theorem run"
        : string.Join(", ", report.Theorems.Select(t => $"{t.Id} {Verdicts.Text(t.Verdict)} ({InScope(t)})"));

    /// <summary>"2 of 8 instances in scope".</summary>
    public static string InScope(TheoremReport theorem)
    {
        int inScope = theorem.Instances.Count(i => i.InScope == true);
        int count = theorem.Instances.Count;
        return string.Create(CultureInfo.InvariantCulture, $"{inScope} of {count} instance{(count == 1 ? "" : "s")} in scope");
    }
}

using Verify.Core;

namespace Verify.Reports;

/// <summary>The caption under a check's figure: the check and its statement, then what the figure leaves out and why.</summary>
internal static class FigureCaption
{
    public static string For(CheckReport check)
    {
        ArgumentNullException.ThrowIfNull(check.Figure);
        return string.Join(" ", new[] { $"{check.Id}: {check.Statement.TrimEnd('.')}.", check.Figure.Note, AutoLogAxis.Note(check.Figure) }.OfType<string>());
    }
}

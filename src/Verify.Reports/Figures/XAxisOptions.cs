namespace Verify.Reports;

/// <summary>
/// How <see cref="FigureRenderer"/> draws the x axis: <see cref="Log"/> plots log10 of x with 10ⁿ tick labels
/// (non-positive x left out), as the y axis of a figure with LogY; <see cref="Padded"/> leaves a little room
/// left and right so that the markers of a few points at the ends are not cut in half.
/// </summary>
internal readonly record struct XAxisOptions(bool Log, bool Padded)
{
    /// <summary>What every check figure uses: linear, tight around the data.</summary>
    public static XAxisOptions Default => new(Log: false, Padded: false);
}

namespace Verify.Reports;

/// <summary>
/// A heatmap over a grid, ready to draw (<see cref="HeatmapRenderer"/>): one coloured cell per (x, y) value, its colour
/// given by <see cref="Values"/>[column, row] on <see cref="Scale"/> (NaN: no value, drawn grey), an optional text per cell,
/// and the boundaries drawn over it. <see cref="Xs"/> and <see cref="Ys"/> are increasing; an axis whose values are all
/// positive is drawn logarithmic.
/// </summary>
internal sealed record Heatmap(
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<double> Xs,
    IReadOnlyList<double> Ys,
    double[,] Values,
    string?[,] Texts,
    ColourScale Scale,
    IReadOnlyList<HeatmapBoundary> Boundaries)
{
    public bool LogX => Xs.All(x => x > 0);

    public bool LogY => Ys.All(y => y > 0);
}

/// <summary>
/// How a heatmap maps values to colour: from <see cref="Low"/> to <see cref="High"/> on the viridis colormap, on a log
/// scale when <see cref="Log"/> (then both ends are positive), with <see cref="Label"/> beside the colour bar.
/// </summary>
internal sealed record ColourScale(string Label, double Low, double High, bool Log);

/// <summary>A boundary drawn over a heatmap, named in its legend.</summary>
internal abstract record HeatmapBoundary(string Name);

/// <summary>
/// A boundary at a value of x per row (NaN: none in that row), e.g. the median of a width bound at each n: a dashed line
/// through the points inside the plotted range, with a marker at each.
/// </summary>
internal sealed record ValueBoundary(string Name, IReadOnlyList<double> XPerRow) : HeatmapBoundary(Name);

/// <summary>
/// A boundary at the left edge of a cell per row (null: none in that row), e.g. the smallest width at which a tier held
/// on every instance: a solid staircase along the left edges of those cells.
/// </summary>
internal sealed record CellEdgeBoundary(string Name, IReadOnlyList<int?> ColumnPerRow) : HeatmapBoundary(Name);

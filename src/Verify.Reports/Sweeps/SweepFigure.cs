using Verify.Core;

namespace Verify.Reports;

/// <summary>
/// One figure of a sweep, ready to draw: the figure, how its x axis is drawn, its size, a caption, and the
/// stem of its PNG file name (without the theorem id, which <see cref="FigureFiles"/> puts in front).
/// </summary>
internal sealed record SweepFigure(string FileStem, string Caption, Figure Figure, XAxisOptions XAxis, int Width, int Height)
{
    public string ToSvg() => FigureRenderer.ToSvg(Figure, XAxis, Width, Height);

    public string ToPng(string path) => FigureRenderer.ToPng(Figure, XAxis, path, Width, Height);
}

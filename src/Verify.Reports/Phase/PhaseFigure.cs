namespace Verify.Reports;

/// <summary>One phase diagram, ready to draw: the heatmap, its caption, and the stem of its PNG file name (without the theorem id).</summary>
internal sealed record PhaseFigure(string FileStem, string Caption, Heatmap Heatmap)
{
    public string ToSvg() => HeatmapRenderer.ToSvg(Heatmap);

    public string ToPng(string path) => HeatmapRenderer.ToPng(Heatmap, path);
}

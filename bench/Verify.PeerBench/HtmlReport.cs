using System.Net;
using System.Text;
using Verify.Core;
using Verify.Reports;

namespace Verify.PeerBench;

/// <summary>
/// Writes <c>index.html</c> (self-contained: inline CSS and SVG), <c>table.txt</c> (the console report) and one PNG
/// per sweep into the output folder.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Wide enough for the legend of six series beside the plot.</summary>
    private const int FigureWidth = 900;

    private const string Css =
        """
        body { font-family: "DejaVu Sans", sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; font-size: 0.9em; }
        td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }
        td:nth-child(-n+3), th { text-align: left; }
        pre { background: #f6f6f6; padding: 0.8em; font-size: 0.85em; overflow-x: auto; }
        .missed { color: #b00; } .met { color: #070; }
        """;

    public static string Write(string folder, BenchResults results, string text)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "table.txt"), text);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Verify vs peers</title><style>")
            .Append(Css).Append("</style></head><body><h1>Verify against PyTorch and NumPy</h1>");
        html.Append("<pre>").Append(Encode(string.Join('\n', results.Header))).Append("</pre>");
        AppendTable(html, results);
        html.Append("<h2>Targets</h2><ul>");
        foreach (var line in Targets.Describe(results))
        {
            var css = line.StartsWith("met", StringComparison.Ordinal) ? "met" : "missed";
            html.Append($"<li class=\"{css}\">").Append(Encode(line)).Append("</li>");
        }

        html.Append("</ul><h2>Scaling</h2>");
        foreach (var sweep in results.Sweeps)
        {
            var figure = SweepFigures.Of(sweep);
            FigureRenderer.ToPng(figure, Path.Combine(folder, $"scaling-{sweep.Parameter}.png"), FigureWidth);
            html.Append("<figure>").Append(FigureRenderer.ToSvg(figure, FigureWidth)).Append("</figure>");
        }

        html.Append("<h2>Full report</h2><pre>").Append(Encode(text)).Append("</pre></body></html>");
        return AtomicFile.WriteAllText(Path.Combine(folder, "index.html"), html.ToString());
    }

    private static void AppendTable(StringBuilder html, BenchResults results)
    {
        html.Append("<h2>Side by side (medians)</h2><table><tr><th>workload</th><th>shape</th><th>Verify</th><th>median s</th>")
            .Append("<th>peer</th><th>median s</th><th>Verify/peer</th><th>Verify % DGEMM</th><th>peer % DGEMM</th><th>step/GEMMs</th></tr>");
        foreach (var row in results.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in new[]
            {
                row.Workload, row.Shape, row.Verify, Format.Seconds(row.VerifyMedian), row.Peer, Format.Seconds(row.PeerMedian),
                Format.Ratio(row.Ratio), Format.Percent(row.VerifyDgemm), Format.Percent(row.PeerDgemm),
                row.StepOverGemms is { } g ? Format.Ratio(g) : "",
            })
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

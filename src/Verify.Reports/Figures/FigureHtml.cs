using System.Text;

namespace Verify.Reports;

/// <summary>
/// One figure in the HTML report: a <c>&lt;figure&gt;</c> with the inline SVG and a caption, or, when drawing
/// fails, a warning that says which figure is missing and why (a broken figure must not cost the report).
/// </summary>
internal static class FigureHtml
{
    public static void Append(StringBuilder html, string cssClass, Func<string> render, string caption)
    {
        string svg;
        try
        {
            svg = render();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            html.AppendLine($"<p class=\"warning\">⚠ figure not drawn ({Html.Escape(caption)}): {Html.Escape(exception.Message)}</p>");
            return;
        }
        string classAttribute = cssClass.Length > 0 ? $" class=\"{cssClass}\"" : "";
        html.AppendLine($"<figure{classAttribute}>{svg}<figcaption>{Html.Escape(caption)}</figcaption></figure>");
    }
}

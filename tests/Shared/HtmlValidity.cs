using AngleSharp.Html.Dom.Events;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Verify.Tests.Shared;

/// <summary>
/// Parses a page with AngleSharp's HTML5 parser (the WHATWG algorithm browsers use) and collects every parse error it
/// reports (an unescaped '&lt;' in text, a stray end tag, a misnested element …) as "line:column message". One report is
/// left out: AngleSharp calls an SVG end tag with a camel-case name (<c>&lt;/clipPath&gt;</c>) a mismatch, although the
/// standard compares it lowercased ("if node's tag name, converted to ASCII lowercase, is not the same as the tag name of
/// the token") and browsers accept it.
/// </summary>
public static partial class HtmlValidity
{
    public static IReadOnlyList<string> ParseErrors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            if (IsCamelCaseSvgEndTag(html, error))
            {
                return;
            }
            errors.Add($"{error.Position.Line}:{error.Position.Column} {error.Message}: {Excerpt(html, error.Position.Index)}");
        };
        parser.ParseDocument(html);
        return errors;
    }

    private static bool IsCamelCaseSvgEndTag(string html, HtmlErrorEvent error)
    {
        string line = html.Split('\n')[error.Position.Line - 1].TrimStart();
        return error.Message.Contains("closing tag", StringComparison.OrdinalIgnoreCase) && CamelCaseEndTag().IsMatch(line);
    }

    [GeneratedRegex("^</(clipPath|linearGradient|radialGradient|foreignObject|textPath)>")]
    private static partial Regex CamelCaseEndTag();

    private static string Excerpt(string html, int index)
    {
        int start = Math.Clamp(index - 40, 0, html.Length);
        int end = Math.Clamp(index + 40, start, html.Length);
        return html[start..end].ReplaceLineEndings(" ");
    }
}

using System.Text;

namespace Verify.Setup;

/// <summary>1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
internal static class TextPosition
{
    /// <summary>The 1-based line of byte <paramref name="offset"/>.</summary>
    public static int Line(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;

    /// <summary>The 1-based column (in characters) of byte <paramref name="offset"/>.</summary>
    public static int Column(ReadOnlySpan<byte> text, int offset)
    {
        int lineStart = text[..offset].LastIndexOf((byte)'\n') + 1;
        return Encoding.UTF8.GetCharCount(text[lineStart..offset]) + 1;
    }

    /// <summary>"line L, column C" of byte <paramref name="offset"/>.</summary>
    public static string Describe(ReadOnlySpan<byte> text, int offset) =>
        $"line {Line(text, offset)}, column {Column(text, offset)}";

    /// <summary>The byte offset where 0-based line <paramref name="line"/> starts (the end of the text if it has fewer lines).</summary>
    public static int LineStart(ReadOnlySpan<byte> text, long line)
    {
        int offset = 0;
        for (long i = 0; i < line; i++)
        {
            int next = text[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return text.Length;
            }
            offset += next + 1;
        }
        return offset;
    }
}

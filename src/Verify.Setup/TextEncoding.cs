using System.Text;

namespace Verify.Setup;

/// <summary>
/// Text files must be UTF-8: a UTF-8 byte-order mark is skipped silently; UTF-16 (by its byte-order mark, or by
/// NUL bytes), and bytes that are not UTF-8, are reported with what to do instead.
/// </summary>
internal static class TextEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes after any UTF-8 byte-order mark; null (reported) when the text is not UTF-8.</summary>
    public static ReadOnlyMemory<byte>? Utf8Body(byte[] bytes, string file, List<SetupProblem> problems)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problems.Add(new SetupProblem(file, "",
                $"the file is UTF-16 text (byte-order mark {bytes[0]:X2} {bytes[1]:X2}); save as UTF-8"));
            return null;
        }

        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes.AsMemory(start);
        int nul = body.Span.IndexOf((byte)0);
        if (nul >= 0)
        {
            problems.Add(new SetupProblem(file, $"line {TextPosition.Line(body.Span, nul)}",
                "the file contains NUL bytes: it looks like UTF-16 without a byte-order mark, or a binary file; save as UTF-8 text"));
            return null;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(body.Span);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Clamp(e.Index, 0, Math.Max(body.Length - 1, 0));
            string found = e.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
            problems.Add(new SetupProblem(file, $"line {TextPosition.Line(body.Span, at)}",
                $"the file is not valid UTF-8 ({found} at offset {start + at}); save as UTF-8"));
            return null;
        }
        return body;
    }

    /// <summary>The file's text; null (reported) when it is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string file, List<SetupProblem> problems) =>
        Utf8Body(bytes, file, problems) is { } body ? StrictUtf8.GetString(body.Span) : null;
}

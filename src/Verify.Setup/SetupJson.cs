using System.Text.Json;

namespace Verify.Setup;

/// <summary>
/// Reads the setup file as one JSON value: empty files, non-UTF-8 text, syntax errors (with line and column) and
/// text after the value are reported. Syntax errors end the reading; trailing text does not, so the value is
/// still checked.
/// </summary>
internal static class SetupJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>The largest setup file read: a setup is a few fields; its data live in their own files.</summary>
    public const int MaxBytes = 16 << 20;

    /// <summary>The parsed document, or null when nothing more can be checked (the problems say why).</summary>
    public static JsonDocument? Read(string path, string shown, List<SetupProblem> problems)
    {
        if (!File.Exists(path))
        {
            string why = Directory.Exists(path) ? "is a folder, not a file" : "does not exist";
            problems.Add(new SetupProblem(shown, "", $"the setup file {why} (looked for {Path.GetFullPath(path)}); expected a JSON file"));
            return null;
        }

        if (FileKind.NotRegular(Path.GetFullPath(path)) is { } kind)
        {
            problems.Add(new SetupProblem(shown, "", $"the setup file is {kind}, not a regular file ({Path.GetFullPath(path)}); expected a JSON file"));
            return null;
        }

        byte[] bytes;
        try
        {
            var (read, size) = DataFileBytes.ReadAtMost(path, MaxBytes);
            if (read is null)
            {
                problems.Add(new SetupProblem(shown, "",
                    $"the setup file is too large to be one ({size}); expected a JSON file of at most {MaxBytes} bytes ({ByteSize.Format(MaxBytes)}; data go in .csv or .npy files)"));
                return null;
            }
            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SetupProblem(shown, "", $"the setup file cannot be read: {e.Message}"));
            return null;
        }

        if (TextEncoding.Utf8Body(bytes, shown, problems) is not { } body)
        {
            return null;
        }
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add(new SetupProblem(shown, "",
                "the setup file is empty; expected a JSON object with \"data\", \"model\" and \"training\""));
            return null;
        }
        return Parse(body, shown, problems);
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> body, string shown, List<SetupProblem> problems)
    {
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions
        {
            AllowMultipleValues = true,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = DocumentOptions.MaxDepth,
        });

        JsonDocument document;
        try
        {
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            problems.Add(SyntaxProblem(e, body.Span, shown));
            return null;
        }

        var rest = body.Span[(int)reader.BytesConsumed..];
        int garbage = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (garbage >= 0)
        {
            int offset = (int)reader.BytesConsumed + garbage;
            string found = ShownText(body.Span[offset..]);
            problems.Add(new SetupProblem(shown, TextPosition.Describe(body.Span, offset),
                $"unexpected text after the JSON value: {JsonText.Quote(found)}; expected the end of the file (a setup file holds one JSON object)"));
        }
        return document;
    }

    private static SetupProblem SyntaxProblem(JsonException e, ReadOnlySpan<byte> body, string shown)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }
        string location = "";
        if (e.LineNumber is { } line)
        {
            int start = TextPosition.LineStart(body, line);
            int offset = (int)Math.Min(start + (e.BytePositionInLine ?? 0), body.Length);
            location = $"line {line + 1}, column {TextPosition.Column(body, offset)}";
        }
        return new SetupProblem(shown, location, $"invalid JSON: {message.Trim()}");
    }

    private static string ShownText(ReadOnlySpan<byte> rest)
    {
        int end = rest.IndexOfAny("\r\n"u8);
        var line = end < 0 ? rest : rest[..end];
        return System.Text.Encoding.UTF8.GetString(line[..Math.Min(line.Length, 40)]);
    }
}

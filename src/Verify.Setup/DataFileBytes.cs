using MathNet.Numerics.LinearAlgebra;

namespace Verify.Setup;

/// <summary>
/// The bytes of a data file (.csv or .npy), after checking that it exists, is a file, has a supported extension
/// and can be read. Problems are reported at <c>(problemFile, location)</c>: the setup file and the JSON path
/// that named the data file, when loading a setup.
/// </summary>
internal static class DataFileBytes
{
    /// <summary>The supported extensions, lower case.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".npy"];

    /// <summary>
    /// A data file read on its own (outside a setup) with <paramref name="parse"/>: the matrix, or null when any
    /// problem was found (each one appended to <paramref name="problems"/>).
    /// </summary>
    public static Matrix<double>? ReadMatrix(string path, List<SetupProblem> problems, Func<byte[], string, List<SetupProblem>, MatrixReading?> parse)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        int before = problems.Count;
        if (Read(path, path, path, "", problems) is not { } bytes)
        {
            return null;
        }
        var reading = parse(bytes, path, problems);
        return problems.Count == before ? reading?.Values : null;
    }

    /// <summary>
    /// The most bytes read from one data file: an eighth of the memory available to the GC (and at most
    /// <see cref="Array.MaxLength"/>). The bytes are held while they are parsed, and a CSV cell as short as two bytes
    /// ("1,") becomes an 8-byte double, so the file, its matrix and the copies a check keeps must fit together.
    /// </summary>
    public static long ReadLimit
    {
        get
        {
            long available = StorageLimits.AvailableBytes;
            return available > 0 ? Math.Min(Array.MaxLength, available / 8) : Array.MaxLength;
        }
    }

    /// <summary>The bytes, or null (reported).</summary>
    public static byte[]? Read(string path, string shown, string problemFile, string location, List<SetupProblem> problems) =>
        Read(path, shown, problemFile, location, problems, ReadLimit);

    /// <summary>The bytes, at most <paramref name="limit"/> of them, or null (reported).</summary>
    internal static byte[]? Read(string path, string shown, string problemFile, string location, List<SetupProblem> problems, long limit)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            string why = Directory.Exists(full) ? "is a folder, not a file" : "does not exist";
            problems.Add(new SetupProblem(problemFile, location,
                $"the file '{shown}' {why} (looked for {full})" + (location.Length > 0 ? "; paths are relative to the setup file's folder" : "")));
            return null;
        }
        if (FileKind.NotRegular(full) is { } kind)
        {
            problems.Add(new SetupProblem(problemFile, location,
                $"the file '{shown}' is {kind}, not a regular file ({full}); expected a regular .csv or .npy file " +
                "(a FIFO would wait for a writer, a device such as /dev/zero never ends)"));
            return null;
        }

        string extension = Path.GetExtension(full).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            string found = extension.Length == 0 ? "no extension" : $"extension '{extension}'";
            problems.Add(new SetupProblem(problemFile, location,
                $"unsupported file type for '{shown}' ({found}); expected a .csv file (comma-separated, '.' decimals) or a NumPy .npy file"));
            return null;
        }

        try
        {
            return ReadCapped(full, shown, problemFile, location, problems, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SetupProblem(problemFile, location, $"the file '{shown}' cannot be read: {e.Message}"));
            return null;
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes, stopping (reported) as soon as the file proves longer, even if it grows while read.</summary>
    private static byte[]? ReadCapped(string full, string shown, string problemFile, string location, List<SetupProblem> problems, long limit)
    {
        var (bytes, size) = ReadAtMost(full, limit);
        if (bytes is null)
        {
            problems.Add(TooLarge(shown, problemFile, location, size, limit));
        }
        return bytes;
    }

    /// <summary>
    /// The file's bytes when it holds at most <paramref name="limit"/> of them; otherwise null and its size as known
    /// ("123 bytes", or "more than <paramref name="limit"/> bytes" when it grew or cannot tell its length).
    /// </summary>
    internal static (byte[]? Bytes, string Size) ReadAtMost(string full, long limit)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        long length = stream.CanSeek ? stream.Length : 0;
        if (length > limit)
        {
            return (null, $"{length} bytes");
        }
        using var bytes = new MemoryStream((int)length);
        var chunk = new byte[Math.Min(1 << 16, limit + 1)];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (bytes.Length + read > limit)
            {
                return (null, $"more than {limit} bytes");
            }
            bytes.Write(chunk, 0, read);
        }
        return (bytes.Length == bytes.Capacity ? bytes.GetBuffer() : bytes.ToArray(), $"{bytes.Length} bytes");
    }

    private static SetupProblem TooLarge(string shown, string problemFile, string location, string size, long limit) =>
        new(problemFile, location,
            $"the file '{shown}' is too large to read ({size}); expected at most {limit} bytes ({ByteSize.Format(limit)}), " +
            "an eighth of the memory available, so that the file and the matrix parsed from it fit");

    /// <summary>Whether the path names a .npy file (otherwise .csv).</summary>
    public static bool IsNpy(string path) => Path.GetExtension(path).Equals(".npy", StringComparison.OrdinalIgnoreCase);
}

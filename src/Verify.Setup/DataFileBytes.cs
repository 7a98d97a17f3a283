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

    /// <summary>The bytes, or null (reported).</summary>
    public static byte[]? Read(string path, string shown, string problemFile, string location, List<SetupProblem> problems)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            string why = Directory.Exists(full) ? "is a folder, not a file" : "does not exist";
            problems.Add(new SetupProblem(problemFile, location,
                $"the file '{shown}' {why} (looked for {full})" + (location.Length > 0 ? "; paths are relative to the setup file's folder" : "")));
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
            long length = new FileInfo(full).Length;
            if (length > Array.MaxLength)
            {
                problems.Add(new SetupProblem(problemFile, location,
                    $"the file '{shown}' is too large to read ({length} bytes; at most {Array.MaxLength})"));
                return null;
            }
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SetupProblem(problemFile, location, $"the file '{shown}' cannot be read: {e.Message}"));
            return null;
        }
    }

    /// <summary>Whether the path names a .npy file (otherwise .csv).</summary>
    public static bool IsNpy(string path) => Path.GetExtension(path).Equals(".npy", StringComparison.OrdinalIgnoreCase);
}

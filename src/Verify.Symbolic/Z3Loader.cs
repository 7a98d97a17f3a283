using System.Globalization;
using System.Runtime.InteropServices;

namespace Verify.Symbolic;

/// <summary>Finds and binds <c>libz3</c>: Debian's <c>libz3.so.4</c> first, then other common names.</summary>
internal static class Z3Loader
{
    private const string InstallHint = "install libz3-4 (scripts/setup.sh)";

    private static readonly string[] _candidateNames =
    [
        "libz3.so.4",
        "libz3.so",
        "libz3.dylib",
        "libz3.dll",
    ];

    /// <summary>Loads the library named by <see cref="Z3Library.PathVariable"/> if set, else the first common name found.</summary>
    public static Z3LoadOutcome Load()
    {
        string? chosen = Environment.GetEnvironmentVariable(Z3Library.PathVariable);
        return Load(string.IsNullOrWhiteSpace(chosen) ? _candidateNames : [chosen]);
    }

    /// <summary>Loads the first of <paramref name="candidates"/> (file names or paths) that exists and binds it.</summary>
    public static Z3LoadOutcome Load(IReadOnlyList<string> candidates)
    {
        foreach (string name in candidates)
        {
            if (!NativeLibrary.TryLoad(name, out nint library))
            {
                continue;
            }

            string path = FindMappedPath(library, name);
            try
            {
                return new Z3LoadOutcome(Z3NativeApi.Bind(library), path, null);
            }
            catch (EntryPointNotFoundException exception)
            {
                NativeLibrary.Free(library);
                return new Z3LoadOutcome(null, path, $"Z3 at {path} is unusable ({exception.Message}): {InstallHint}.");
            }
        }

        string tried = string.Join(", ", candidates);
        return new Z3LoadOutcome(null, string.Empty, $"Z3's native library was not found (tried {tried}): {InstallHint}.");
    }

    /// <summary>
    /// The file a library loaded by name really came from: on Linux, the mapping in /proc/self/maps
    /// that contains one of its exports; elsewhere (or if that fails) the name itself.
    /// </summary>
    private static string FindMappedPath(nint library, string name)
    {
        const string maps = "/proc/self/maps";
        if (!OperatingSystem.IsLinux() || !File.Exists(maps)
            || !NativeLibrary.TryGetExport(library, "Z3_mk_config", out nint export))
        {
            return name;
        }

        try
        {
            ulong address = (ulong)export;
            foreach (string line in File.ReadLines(maps))
            {
                // Format: start-end perms offset dev inode path
                string[] fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 6)
                {
                    continue;
                }

                string[] range = fields[0].Split('-');
                ulong start = ulong.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                ulong end = ulong.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (address >= start && address < end)
                {
                    return fields[5].Trim();
                }
            }
        }
        catch (Exception exception) when (exception is IOException or FormatException or UnauthorizedAccessException)
        {
            // Fall back to the name the library was loaded by.
        }

        return name;
    }
}

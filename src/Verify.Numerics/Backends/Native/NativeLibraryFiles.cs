using System.Runtime.InteropServices;

namespace Verify.Numerics;

/// <summary>Loading a shared library from a list of candidate names or paths, and reporting which file it was.</summary>
internal static class NativeLibraryFiles
{
    /// <summary>
    /// dlopens the first candidate that loads, with the given <see cref="LibC"/> RTLD_* flags; on failure the message
    /// lists every candidate's dlerror.
    /// </summary>
    public static bool TryLoad(IReadOnlyList<string> candidates, int flags, out IntPtr handle, out string failures)
    {
        var errors = new List<string>();
        foreach (var candidate in candidates)
        {
            handle = LibC.Dlopen(candidate, flags, out var error);
            if (handle != IntPtr.Zero)
            {
                failures = "";
                return true;
            }

            errors.Add(error);
        }

        handle = IntPtr.Zero;
        failures = errors.Count == 0 ? "no candidate paths" : string.Join("; ", errors);
        return false;
    }

    /// <summary>The real file (symbolic links resolved) that defines <paramref name="symbol"/> in a loaded library.</summary>
    public static string? ResolvedPath(IntPtr library, string symbol)
    {
        if (!NativeLibrary.TryGetExport(library, symbol, out var address))
        {
            return null;
        }

        var path = LibC.SharedObjectPath(address);
        return string.IsNullOrEmpty(path) ? null : LibC.RealPath(path) ?? path;
    }
}

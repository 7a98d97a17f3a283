namespace Verify.Symbolic;

/// <summary>
/// Z3's native library (<c>libz3</c>, Debian package <c>libz3-4</c>), loaded once per process on first
/// use, thread-safely. Loading never throws: when the library is missing, <see cref="IsAvailable"/> is
/// false and <see cref="LoadError"/> says what to install. The environment variable
/// <see cref="PathVariable"/> names a specific library file to load instead of searching the usual names.
/// </summary>
public static class Z3Library
{
    /// <summary>Environment variable that, when set, names the only library file to load (e.g. a Z3 build of one's own).</summary>
    public const string PathVariable = "VERIFY_Z3_LIBRARY";

    private static readonly Lazy<Z3LoadOutcome> _outcome =
        new(Z3Loader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when <c>libz3</c> was found and exports every entry point Verify uses.</summary>
    public static bool IsAvailable => _outcome.Value.Api is not null;

    /// <summary>Why Z3 could not be loaded, or null when it was.</summary>
    public static string? LoadError => _outcome.Value.Error;

    /// <summary>Z3's full version string (e.g. <c>4.8.12.0</c>); empty when Z3 is not available.</summary>
    public static string FullVersion => _outcome.Value.Api?.FullVersion ?? string.Empty;

    /// <summary>The file the library was loaded from (or the name it was loaded by); empty when not available.</summary>
    public static string LibraryPath => _outcome.Value.LibraryPath;

    /// <summary>The bound entry points; throws <see cref="Z3UnavailableException"/> when Z3 is missing.</summary>
    internal static Z3NativeApi Api =>
        _outcome.Value.Api ?? throw new Z3UnavailableException(_outcome.Value.Error ?? "Z3 is not available.");
}

namespace Verify.Numerics;

/// <summary>What a loaded backend is: its kind, a display name, the library file it came from, its version and thread count.</summary>
/// <param name="Kind">The backend kind.</param>
/// <param name="Name">A display name such as "Intel MKL".</param>
/// <param name="LibraryPath">The resolved shared-library file, or null for the managed backend.</param>
/// <param name="Version">The library's own version string.</param>
/// <param name="Threads">The number of threads the library will use.</param>
public sealed record BackendDescription(BackendKind Kind, string Name, string? LibraryPath, string Version, int Threads);

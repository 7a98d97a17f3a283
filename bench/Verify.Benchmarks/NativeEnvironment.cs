using System.Runtime.InteropServices;

namespace Verify.Benchmarks;

/// <summary>
/// Reads the native (libc) environment. Verify.Numerics sets <c>OPENBLAS_CORETYPE</c> through libc's setenv before
/// loading OpenBLAS, which <see cref="Environment.GetEnvironmentVariable(string)"/> does not see.
/// </summary>
internal static partial class NativeEnvironment
{
    public static string? Get(string name)
    {
        var value = GetEnv(name);
        return value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);
    }

    [LibraryImport("libc.so.6", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}

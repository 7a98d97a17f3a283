using System.Runtime.InteropServices;

namespace Verify.Symbolic;

/// <summary>
/// The process's SIGINT disposition, saved and restored byte for byte with libc's <c>sigaction</c>.
/// <para>
/// Z3 4.8's SMT-LIB2 front end wraps every command (<c>check-sat</c>, <c>push</c>, <c>eval</c>, …) in a
/// <c>scoped_ctrl_c</c>: it installs its own SIGINT handler with <c>signal()</c> and, on the way out, puts back
/// the handler it found, again with <c>signal()</c>, which drops <c>SA_SIGINFO</c> and the mask. Neither the
/// <c>ctrl_c</c> solver parameter nor any global parameter reaches that code in 4.8.12. Restoring the exact
/// disposition after each call keeps .NET's own handler in charge between calls.
/// </para>
/// </summary>
internal static unsafe class SigintDisposition
{
    /// <summary>SIGINT on Linux and macOS.</summary>
    public const int Sigint = 2;

    /// <summary>Larger than <c>struct sigaction</c> on every supported platform (152 bytes on glibc x86-64/arm64).</summary>
    private const int ActionBytes = 512;

    private static readonly delegate* unmanaged[Cdecl]<int, byte*, byte*, int> _sigaction = (delegate* unmanaged[Cdecl]<int, byte*, byte*, int>)Bind("sigaction");
    private static readonly delegate* unmanaged[Cdecl]<int, int, int> _kill = (delegate* unmanaged[Cdecl]<int, int, int>)Bind("kill");

    /// <summary>True where libc's <c>sigaction</c> and <c>kill</c> were found (not on Windows).</summary>
    public static bool IsSupported => _sigaction != null && _kill != null;

    /// <summary>The current SIGINT disposition, or null where unsupported.</summary>
    public static byte[]? Save()
    {
        if (!IsSupported)
        {
            return null;
        }

        byte[] saved = new byte[ActionBytes];
        fixed (byte* savedPtr = saved)
        {
            return _sigaction(Sigint, null, savedPtr) == 0 ? saved : null;
        }
    }

    /// <summary>Reinstalls a disposition returned by <see cref="Save"/> (nothing for null).</summary>
    public static void Restore(byte[]? saved)
    {
        if (saved is null)
        {
            return;
        }

        fixed (byte* savedPtr = saved)
        {
            _ = _sigaction(Sigint, savedPtr, null);
        }
    }

    /// <summary>
    /// The meaningful fields of a saved disposition on Linux (glibc's <c>struct sigaction</c>: handler, the
    /// kernel's 64-signal mask, flags), for comparison; glibc leaves the rest of its 1024-bit mask undefined.
    /// Null elsewhere.
    /// </summary>
    public static (nint Handler, ulong Mask, int Flags)? Describe(byte[]? saved) =>
        saved is null || !OperatingSystem.IsLinux() || IntPtr.Size != 8
            ? null
            : ((nint)BitConverter.ToInt64(saved, 0), BitConverter.ToUInt64(saved, 8), BitConverter.ToInt32(saved, 8 + 128));

    /// <summary>Sends SIGINT to this process again, e.g. one that Z3's handler consumed.</summary>
    public static void Raise()
    {
        if (IsSupported)
        {
            _ = _kill(Environment.ProcessId, Sigint);
        }
    }

    private static nint Bind(string name) =>
        !OperatingSystem.IsWindows() && NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out nint address)
            ? address
            : 0;
}

using System.Runtime.InteropServices;

namespace Verify.Numerics;

/// <summary>
/// The few libc/libdl functions .NET does not expose: <c>dlopen</c> with chosen flags (NativeLibrary.Load always uses
/// RTLD_LAZY | RTLD_LOCAL), <c>setenv</c>/<c>getenv</c> on the native environment (Environment.SetEnvironmentVariable is not seen
/// by native code) and <c>dladdr</c>/<c>realpath</c> to find which file a symbol came from. Bound through function pointers.
/// </summary>
internal static unsafe class LibC
{
    /// <summary>Resolve function symbols on first call (what NativeLibrary.Load uses).</summary>
    public const int RtldLazy = 0x1;

    /// <summary>Resolve every symbol at load time.</summary>
    public const int RtldNow = 0x2;

    /// <summary>Make the library's symbols available to libraries loaded later.</summary>
    public const int RtldGlobal = 0x100;

    /// <summary>Resolve the library's own references in itself and its dependencies before the global scope.</summary>
    public const int RtldDeepBind = 0x8;

    private static readonly Lazy<Functions> _functions = new(Bind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary><c>dlopen(path, flags)</c>: the handle (usable with NativeLibrary.GetExport), or zero and <c>dlerror()</c>.</summary>
    public static IntPtr Dlopen(string path, int flags, out string error)
    {
        var f = _functions.Value;
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            var handle = f.Dlopen((byte*)name, flags);
            error = handle != IntPtr.Zero ? "" : (Marshal.PtrToStringUTF8((IntPtr)f.Dlerror()) ?? "dlopen failed");
            return handle;
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    /// <summary>The canonical absolute path (all symbolic links resolved), or null.</summary>
    public static string? RealPath(string path)
    {
        var f = _functions.Value;
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            var resolved = f.Realpath((byte*)name, null);
            if (resolved == null)
            {
                return null;
            }

            var result = Marshal.PtrToStringUTF8((IntPtr)resolved);
            f.Free(resolved);
            return result;
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    /// <summary>The native process environment's value of a variable, or null.</summary>
    public static string? GetEnvironmentVariable(string name)
    {
        var f = _functions.Value;
        var nativeName = Marshal.StringToCoTaskMemUTF8(name);
        try
        {
            return Marshal.PtrToStringUTF8((IntPtr)f.Getenv((byte*)nativeName));
        }
        finally
        {
            Marshal.FreeCoTaskMem(nativeName);
        }
    }

    /// <summary>Sets a variable in the native environment (seen by native libraries' <c>getenv</c>) and in .NET's.</summary>
    public static void SetEnvironmentVariable(string name, string value)
    {
        var f = _functions.Value;
        var nativeName = Marshal.StringToCoTaskMemUTF8(name);
        var nativeValue = Marshal.StringToCoTaskMemUTF8(value);
        try
        {
            if (f.Setenv((byte*)nativeName, (byte*)nativeValue, 1) != 0)
            {
                throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastSystemError()}.");
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(nativeName);
            Marshal.FreeCoTaskMem(nativeValue);
        }

        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>The file of the loaded shared object that contains <paramref name="address"/>, or null.</summary>
    public static string? SharedObjectPath(IntPtr address)
    {
        var f = _functions.Value;
        DlInfo info;
        return f.Dladdr(address, &info) != 0 ? Marshal.PtrToStringUTF8((IntPtr)info.FileName) : null;
    }

    private static Functions Bind()
    {
        // glibc ≥ 2.34 has dl* in libc.so.6; older systems keep them in libdl.so.2.
        var libc = NativeLibrary.Load("libc.so.6");
        var libdl = NativeLibrary.TryLoad("libdl.so.2", out var dl) ? dl : libc;
        return new Functions(
            (delegate* unmanaged<byte*, int, IntPtr>)Export(libdl, libc, "dlopen"),
            (delegate* unmanaged<byte*>)Export(libdl, libc, "dlerror"),
            (delegate* unmanaged<IntPtr, DlInfo*, int>)Export(libdl, libc, "dladdr"),
            (delegate* unmanaged<byte*, byte*>)NativeLibrary.GetExport(libc, "getenv"),
            (delegate* unmanaged<byte*, byte*, int, int>)NativeLibrary.GetExport(libc, "setenv"),
            (delegate* unmanaged<byte*, byte*, byte*>)NativeLibrary.GetExport(libc, "realpath"),
            (delegate* unmanaged<void*, void>)NativeLibrary.GetExport(libc, "free"));
    }

    private static IntPtr Export(IntPtr preferred, IntPtr fallback, string name) =>
        NativeLibrary.TryGetExport(preferred, name, out var address) ? address : NativeLibrary.GetExport(fallback, name);

    [StructLayout(LayoutKind.Sequential)]
    private struct DlInfo
    {
        public byte* FileName;
        public IntPtr FileBase;
        public byte* SymbolName;
        public IntPtr SymbolAddress;
    }

    private sealed class Functions(
        delegate* unmanaged<byte*, int, IntPtr> dlopen,
        delegate* unmanaged<byte*> dlerror,
        delegate* unmanaged<IntPtr, DlInfo*, int> dladdr,
        delegate* unmanaged<byte*, byte*> getenv,
        delegate* unmanaged<byte*, byte*, int, int> setenv,
        delegate* unmanaged<byte*, byte*, byte*> realpath,
        delegate* unmanaged<void*, void> free)
    {
        public delegate* unmanaged<byte*, int, IntPtr> Dlopen { get; } = dlopen;

        public delegate* unmanaged<byte*> Dlerror { get; } = dlerror;

        public delegate* unmanaged<IntPtr, DlInfo*, int> Dladdr { get; } = dladdr;

        public delegate* unmanaged<byte*, byte*> Getenv { get; } = getenv;

        public delegate* unmanaged<byte*, byte*, int, int> Setenv { get; } = setenv;

        public delegate* unmanaged<byte*, byte*, byte*> Realpath { get; } = realpath;

        public delegate* unmanaged<void*, void> Free { get; } = free;
    }
}

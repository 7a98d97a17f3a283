using System.Runtime.InteropServices;

namespace Verify.Setup;

/// <summary>
/// What a path names, from stat(2) (following symbolic links), so a data file is known to be a regular file before it
/// is opened. .NET reports a FIFO, a device and a socket as an ordinary file (<see cref="FileAttributes.Normal"/>,
/// length 0, checked on .NET 10 on Linux), yet opening a FIFO waits for a writer forever and a device such as
/// /dev/zero never ends. The file type comes from .NET's own native shim (<c>SystemNative_Stat</c> in
/// libSystem.Native, which ships with every .NET runtime on Unix and whose status struct starts with two 32-bit
/// fields, flags then mode, with the POSIX S_IF* type bits); where it cannot be called (Windows, another runtime) the
/// path is taken to be a regular file and the read is still capped (see <see cref="DataFileBytes"/>).
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int StatusBytes = 512;

    /// <summary>What the path is when it is not a regular file ("a FIFO", "a character device", …); null when it is one or cannot be told.</summary>
    public static string? NotRegular(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        int mode;
        try
        {
            var status = new byte[StatusBytes];
            if (Stat(fullPath, status) != 0)
            {
                return null;
            }
            mode = MemoryMarshal.Read<int>(status.AsSpan(sizeof(int)));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (mode & TypeMask) switch
        {
            0x8000 => null,
            0x1000 => "a FIFO",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => "not a regular file",
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}

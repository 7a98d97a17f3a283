using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Verify.Numerics;

/// <summary>The CPU vendor string from CPUID leaf 0 ("GenuineIntel", "AuthenticAMD", …), or "" off x86.</summary>
internal static class CpuVendor
{
    public static string Name { get; } = Read();

    public static bool IsIntel => Name == "GenuineIntel";

    private static string Read()
    {
        if (!X86Base.IsSupported)
        {
            return "";
        }

        // The 12 vendor bytes are EBX, EDX, ECX in that order.
        var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
        var bytes = new byte[12];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), ebx);
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), edx);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 4), ecx);
        return Encoding.ASCII.GetString(bytes);
    }
}

using System.Runtime.InteropServices;

namespace Verify.Numerics;

/// <summary>
/// Loads Intel MKL's single dynamic library <c>libmkl_rt.so</c>. It needs an OpenMP runtime: loading it plainly
/// aborts the process with "undefined symbol: omp_get_num_procs", so <c>libgomp.so.1</c> is first loaded with
/// RTLD_GLOBAL and MKL is switched to the GNU threading layer and the LP64 interface before any other MKL call.
/// </summary>
internal static unsafe class MklLoader
{
    public const string InstallHint =
        "Install Intel MKL: the Debian package libmkl-rt, which is in the non-free component — run scripts/setup.sh " +
        "(it enables non-free and installs it).";

    public const string WaitPolicyVariable = "OMP_WAIT_POLICY";

    private const int InterfaceLp64 = 0;
    private const int ThreadingGnu = 3;

    public static IReadOnlyList<string> DefaultCandidates { get; } =
        ["libmkl_rt.so", "libmkl_rt.so.2", "/usr/lib/x86_64-linux-gnu/libmkl_rt.so"];

    /// <summary>Loads MKL from the first candidate that loads, or throws <see cref="BackendUnavailableException"/>.</summary>
    public static NativeBackend Load(IReadOnlyList<string> candidates)
    {
        // libgomp's threads spin while they wait by default. On 2 shared cores a spinning thread starves the
        // other one: measured with one busy process beside it, a 1000×1000 eigendecomposition took 4.3 s
        // (active) against 0.26 s (passive). libgomp reads the policy when it loads; the user's choice wins.
        if (LibC.GetEnvironmentVariable(WaitPolicyVariable) is null)
        {
            LibC.SetEnvironmentVariable(WaitPolicyVariable, "PASSIVE");
        }

        if (LibC.Dlopen("libgomp.so.1", LibC.RtldNow | LibC.RtldGlobal, out var gompError) == IntPtr.Zero)
        {
            throw Unavailable(
                $"Intel MKL needs the GNU OpenMP runtime libgomp.so.1, which did not load ({gompError}). " +
                "Install the Debian package libgomp1.");
        }

        if (!NativeLibraryFiles.TryLoad(candidates, LibC.RtldLazy, out var library, out var failures))
        {
            throw Unavailable($"Intel MKL (libmkl_rt.so) did not load ({failures}). {InstallHint}");
        }

        try
        {
            var setInterface = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(library, "MKL_Set_Interface_Layer");
            var setThreading = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(library, "MKL_Set_Threading_Layer");
            setInterface(InterfaceLp64);
            setThreading(ThreadingGnu);

            var lapack = NativeLapack.Bind(library);
            var threads = new NativeThreads(library, "MKL_Get_Max_Threads", "MKL_Set_Num_Threads");
            var description = new BackendDescription(
                BackendKind.Mkl,
                "Intel MKL",
                NativeLibraryFiles.ResolvedPath(library, "MKL_Get_Version_String"),
                VersionString(library),
                threads.Get());
            return new NativeBackend(description, lapack, threads);
        }
        catch (EntryPointNotFoundException e)
        {
            throw Unavailable($"The loaded libmkl_rt.so is not a usable Intel MKL: {e.Message} {InstallHint}", e);
        }
    }

    private static string VersionString(IntPtr library)
    {
        var getVersion = (delegate* unmanaged<byte*, int, void>)NativeLibrary.GetExport(library, "MKL_Get_Version_String");
        const int length = 512;
        var buffer = stackalloc byte[length];
        new Span<byte>(buffer, length).Clear();
        getVersion(buffer, length - 1);
        return (Marshal.PtrToStringUTF8((IntPtr)buffer) ?? "").Trim();
    }

    private static BackendUnavailableException Unavailable(string message, Exception? inner = null) =>
        new(BackendKind.Mkl, message, inner);
}

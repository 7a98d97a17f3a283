using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Verify.Numerics;

/// <summary>
/// Loads OpenBLAS (<c>libopenblas.so.0</c>). On CPUs with AVX-512, Debian's DYNAMIC_ARCH build picks its AVX2
/// (Haswell/Zen) kernels unless <c>OPENBLAS_CORETYPE=SkylakeX</c> is in the native environment when the library
/// initialises, so we set it (through libc's setenv) unless the user already chose a core type.
/// It is loaded with RTLD_DEEPBIND: libmkl_rt puts MKL's LAPACK symbols into the global scope, and without it the
/// LAPACK code inside OpenBLAS (dsyevr_ calling dsytrd_, dgesdd_ calling dgebrd_, …) binds to MKL's routines
/// whenever MKL was loaded first in the same process (measured with LD_DEBUG=bindings).
/// </summary>
internal static unsafe class OpenBlasLoader
{
    public const string InstallHint =
        "Install OpenBLAS: the Debian package libopenblas0-pthread (apt-get install libopenblas0-pthread, or run scripts/setup.sh).";

    public const string CoreTypeVariable = "OPENBLAS_CORETYPE";

    public static IReadOnlyList<string> DefaultCandidates { get; } =
        ["libopenblas.so.0", "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0"];

    /// <summary>Loads OpenBLAS from the first candidate that loads, or throws <see cref="BackendUnavailableException"/>.</summary>
    public static NativeBackend Load(IReadOnlyList<string> candidates)
    {
        if (Avx512F.IsSupported && LibC.GetEnvironmentVariable(CoreTypeVariable) is null)
        {
            LibC.SetEnvironmentVariable(CoreTypeVariable, "SkylakeX");
        }

        if (!NativeLibraryFiles.TryLoad(candidates, LibC.RtldNow | LibC.RtldDeepBind, out var library, out var failures))
        {
            throw new BackendUnavailableException(
                BackendKind.OpenBlas, $"OpenBLAS (libopenblas.so.0) did not load ({failures}). {InstallHint}");
        }

        try
        {
            var lapack = NativeLapack.Bind(library);
            var config = Marshal.PtrToStringUTF8(
                (IntPtr)((delegate* unmanaged<byte*>)NativeLibrary.GetExport(library, "openblas_get_config"))()) ?? "";
            var core = NativeLibrary.TryGetExport(library, "openblas_get_corename", out var getCore)
                ? Marshal.PtrToStringUTF8((IntPtr)((delegate* unmanaged<byte*>)getCore)())
                : null;
            var threads = new NativeThreads(library, "openblas_get_num_threads", "openblas_set_num_threads");
            var version = core is null || config.Contains(core, StringComparison.OrdinalIgnoreCase)
                ? config.Trim()
                : $"{config.Trim()} (core {core})";
            var description = new BackendDescription(
                BackendKind.OpenBlas,
                "OpenBLAS",
                NativeLibraryFiles.ResolvedPath(library, "openblas_get_config"),
                version,
                threads.Get());
            return new NativeBackend(description, lapack, threads);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new BackendUnavailableException(
                BackendKind.OpenBlas, $"The loaded libopenblas.so.0 is not a usable OpenBLAS: {e.Message} {InstallHint}", e);
        }
    }
}

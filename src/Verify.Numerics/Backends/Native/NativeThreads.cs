using System.Runtime.InteropServices;

namespace Verify.Numerics;

/// <summary>A native library's thread-count getter and setter (e.g. <c>openblas_get_num_threads</c> / <c>openblas_set_num_threads</c>).</summary>
internal sealed unsafe class NativeThreads(IntPtr library, string getter, string setter)
{
    private readonly delegate* unmanaged<int> _get = (delegate* unmanaged<int>)NativeLibrary.GetExport(library, getter);
    private readonly delegate* unmanaged<int, void> _set = (delegate* unmanaged<int, void>)NativeLibrary.GetExport(library, setter);

    public int Get() => _get();

    public void Set(int count) => _set(count);
}

namespace Verify.PeerBench;

/// <summary>
/// A temporary folder for the .npy files Verify writes and the peer reads: in /dev/shm (memory) when it exists,
/// so that the larger inputs of the scaling runs cost no disk I/O, else in the system's temporary folder. Deleted
/// on dispose.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private int _count;

    public Workspace()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        Root = Path.Combine(root, $"verify-peer-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A new empty subfolder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, $"{++_count:D2}-{name}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a folder made by <see cref="NewFolder"/> once its inputs are loaded on both sides.</summary>
    public static void Delete(string folder) => Directory.Delete(folder, recursive: true);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

using System.Text;

namespace Verify.Core;

/// <summary>Writes a file under a temporary name and renames it, so an interrupted run never leaves half a file.</summary>
public static class AtomicFile
{
    /// <summary>Writes UTF-8 text (no byte-order mark) and returns the full path.</summary>
    public static string WriteAllText(string path, string contents) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents));

    /// <summary>Writes the bytes and returns the full path.</summary>
    public static string WriteAllBytes(string path, byte[] bytes)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return fullPath;
    }
}

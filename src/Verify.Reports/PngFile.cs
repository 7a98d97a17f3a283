namespace Verify.Reports;

/// <summary>Writes image bytes under a temporary name and renames them, like <see cref="Verify.Core.AtomicFile"/>.</summary>
internal static class PngFile
{
    public static string Write(string path, byte[] bytes)
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

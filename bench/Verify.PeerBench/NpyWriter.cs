using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Verify.PeerBench;

/// <summary>
/// Writes NumPy .npy files (format 1.0, little-endian float64 '&lt;f8', C order) that <c>numpy.load</c> reads as
/// contiguous arrays, so the peer works on the same numbers in its natural layout. The header is padded with spaces
/// and a newline to a multiple of 64 bytes, as NumPy itself writes it.
/// </summary>
internal static class NpyWriter
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0];

    /// <summary>An n×d matrix as a 2-D C-order array (row i of the file is row i of the matrix).</summary>
    public static void Write(string path, Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int rows = matrix.RowCount, columns = matrix.ColumnCount;
        var values = matrix.AsColumnMajorArray()
            ?? throw new ArgumentException("expected a dense matrix", nameof(matrix));
        using var stream = Create(path, string.Create(CultureInfo.InvariantCulture, $"({rows}, {columns})"));
        var row = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                row[j] = values[(j * (long)rows) + i];
            }

            stream.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }

    /// <summary>A vector as a 1-D array.</summary>
    public static void Write(string path, IReadOnlyList<double> vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        using var stream = Create(path, string.Create(CultureInfo.InvariantCulture, $"({vector.Count},)"));
        stream.Write(MemoryMarshal.AsBytes(vector.ToArray().AsSpan()));
    }

    private static FileStream Create(string path, string shape)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("NpyWriter writes '<f8' from memory and needs a little-endian machine.");
        }

        var dictionary = $"{{'descr': '<f8', 'fortran_order': False, 'shape': {shape}, }}";
        var unpadded = Magic.Length + 2 + dictionary.Length + 1;
        var header = dictionary + new string(' ', (64 - (unpadded % 64)) % 64) + "\n";
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write(Magic);
        Span<byte> length = [(byte)(header.Length & 0xFF), (byte)(header.Length >> 8)];
        stream.Write(length);
        stream.Write(Encoding.ASCII.GetBytes(header));
        return stream;
    }
}

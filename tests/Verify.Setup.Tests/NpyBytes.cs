using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Verify.Setup.Tests;

/// <summary>
/// Writes .npy files byte by byte as the NumPy format specification describes (magic, version, little-endian
/// header length, a Python dict literal padded with spaces to a multiple of 64 and ending in a newline, the data).
/// </summary>
internal static class NpyBytes
{
    public static byte[] Float64(long[] shape, bool fortranOrder, params double[] values) =>
        File("<f8", shape, fortranOrder, values.SelectMany(v =>
        {
            var item = new byte[8];
            BinaryPrimitives.WriteDoubleLittleEndian(item, v);
            return item;
        }).ToArray());

    public static byte[] Float32(long[] shape, bool fortranOrder, params float[] values) =>
        File("<f4", shape, fortranOrder, values.SelectMany(v =>
        {
            var item = new byte[4];
            BinaryPrimitives.WriteSingleLittleEndian(item, v);
            return item;
        }).ToArray());

    public static byte[] File(string descr, long[] shape, bool fortranOrder, byte[] data, int majorVersion = 1)
    {
        string shapeText = shape.Length == 1
            ? $"({shape[0]},)"
            : $"({string.Join(", ", shape.Select(n => n.ToString(CultureInfo.InvariantCulture)))})";
        string dict = $"{{'descr': '{descr}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shapeText}, }}";
        int preamble = majorVersion == 1 ? 10 : 12;
        int padding = 64 - ((preamble + dict.Length + 1) % 64);
        string header = dict + new string(' ', padding % 64) + "\n";

        var bytes = new List<byte> { 0x93 };
        bytes.AddRange("NUMPY"u8.ToArray());
        bytes.Add((byte)majorVersion);
        bytes.Add(0);
        if (majorVersion == 1)
        {
            bytes.AddRange(BitConverter.GetBytes((ushort)header.Length));
        }
        else
        {
            bytes.AddRange(BitConverter.GetBytes((uint)header.Length));
        }
        bytes.AddRange(Encoding.Latin1.GetBytes(header));
        bytes.AddRange(data);
        return bytes.ToArray();
    }
}

using System.Buffers.Binary;
using System.Text;

namespace Verify.Setup;

/// <summary>
/// The header of a .npy file (format versions 1.0, 2.0 and 3.0): magic <c>\x93NUMPY</c>, version, header length,
/// then a Python dict literal with exactly the keys <c>descr</c>, <c>fortran_order</c> and <c>shape</c>.
/// </summary>
internal sealed record NpyHeader(object? Descr, bool FortranOrder, IReadOnlyList<long> Shape, int DataOffset)
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];
    private static readonly string[] Keys = ["descr", "fortran_order", "shape"];

    /// <summary>The shape as Python prints it: <c>(3, 4)</c>, <c>(3,)</c>, <c>()</c>.</summary>
    public string ShapeText => Shape.Count == 1 ? $"({Shape[0]},)" : $"({string.Join(", ", Shape)})";

    /// <summary>The header, or null (reported at <paramref name="file"/>) when it is not a valid .npy header.</summary>
    public static NpyHeader? Parse(byte[] bytes, string file, List<SetupProblem> problems)
    {
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            string found = Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, Magic.Length)));
            problems.Add(new SetupProblem(file, "bytes 0-5",
                $"not a NumPy .npy file: bad magic (found hex {found}); expected \\x93NUMPY as written by numpy.save"));
            return null;
        }
        if (bytes.Length < 10)
        {
            problems.Add(new SetupProblem(file, "", $"bad header: the file ends after {bytes.Length} bytes, inside the preamble"));
            return null;
        }

        int major = bytes[6];
        int minor = bytes[7];
        int lengthBytes = major switch
        {
            1 => 2,
            2 or 3 => 4,
            _ => 0,
        };
        if (lengthBytes == 0)
        {
            problems.Add(new SetupProblem(file, "bytes 6-7",
                $"bad header: unsupported .npy format version {major}.{minor}; expected 1.0, 2.0 or 3.0"));
            return null;
        }
        int preamble = 8 + lengthBytes;
        if (bytes.Length < preamble)
        {
            problems.Add(new SetupProblem(file, "", $"bad header: the file ends after {bytes.Length} bytes, inside the preamble"));
            return null;
        }
        long headerLength = lengthBytes == 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8))
            : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        if (preamble + headerLength > bytes.Length)
        {
            problems.Add(new SetupProblem(file, "header",
                $"bad header: it declares {headerLength} bytes but the file has only {bytes.Length - preamble} after the preamble (truncated)"));
            return null;
        }

        var encoding = major == 3 ? Encoding.UTF8 : Encoding.Latin1;
        string text = encoding.GetString(bytes, preamble, (int)headerLength);
        return FromDict(text, preamble + (int)headerLength, file, problems);
    }

    private static NpyHeader? FromDict(string text, int dataOffset, string file, List<SetupProblem> problems)
    {
        object? literal;
        try
        {
            literal = PythonLiteral.Parse(text);
        }
        catch (FormatException e)
        {
            problems.Add(new SetupProblem(file, "header", $"bad header: {e.Message}; found {JsonText.Quote(text.Trim())}"));
            return null;
        }

        if (literal is not Dictionary<string, object?> dict)
        {
            problems.Add(new SetupProblem(file, "header", $"bad header: expected a dict, found {JsonText.Quote(text.Trim())}"));
            return null;
        }
        var missing = Keys.Where(key => !dict.ContainsKey(key)).ToList();
        var extra = dict.Keys.Where(key => !Keys.Contains(key)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            problems.Add(new SetupProblem(file, "header",
                $"bad header: expected exactly the keys descr, fortran_order, shape; found {string.Join(", ", dict.Keys)}"));
            return null;
        }
        if (dict["fortran_order"] is not bool fortran)
        {
            problems.Add(new SetupProblem(file, "header", "bad header: fortran_order is not True or False"));
            return null;
        }
        if (dict["shape"] is not List<object?> shapeItems || shapeItems.Any(item => item is not long n || n < 0))
        {
            problems.Add(new SetupProblem(file, "header",
                $"bad header: shape is not a tuple of non-negative integers; found {JsonText.Quote(text.Trim())}"));
            return null;
        }
        return new NpyHeader(dict["descr"], fortran, shapeItems.Cast<long>().ToList(), dataOffset);
    }
}

using System.Text;
using NUnit.Framework;
using Verify.Setup;

namespace Verify.Setup.Tests;

public sealed class NpyReaderTests : InTempFolder
{
    private static readonly double[,] OneToSix = { { 1, 2, 3 }, { 4, 5, 6 } };

    private (double[,]? Values, List<SetupProblem> Problems) Read(byte[] bytes)
    {
        string path = Folder.Write("array.npy", bytes);
        var problems = new List<SetupProblem>();
        var matrix = NpyReader.Read(path, problems);
        Assert.That(matrix is null, Is.EqualTo(problems.Count > 0), "a matrix is returned exactly when there are no problems");
        return (matrix?.ToArray(), problems);
    }

    [Test]
    public void Float64_COrder()
    {
        var (values, problems) = Read(NpyBytes.Float64([2, 3], fortranOrder: false, 1, 2, 3, 4, 5, 6));

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(OneToSix));
    }

    [Test]
    public void Float64_FortranOrder_ReadsBackTheSameMatrix()
    {
        var (values, problems) = Read(NpyBytes.Float64([2, 3], fortranOrder: true, 1, 4, 2, 5, 3, 6));

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(OneToSix));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Float32_IsWidenedExactly(bool fortranOrder)
    {
        float[] rowMajor = [0.1f, -2.5f, 3.3333333f, 1e-30f];
        float[] stored = fortranOrder ? [rowMajor[0], rowMajor[2], rowMajor[1], rowMajor[3]] : rowMajor;

        var (values, problems) = Read(NpyBytes.Float32([2, 2], fortranOrder, stored));

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(new double[,] { { 0.1f, -2.5f }, { 3.3333333f, 1e-30f } }));
        Assert.That(values![0, 0], Is.Not.EqualTo(0.1), "the float value itself, not the decimal it was written from");
    }

    [Test]
    public void OneDimensional_IsAColumn()
    {
        var (values, problems) = Read(NpyBytes.Float64([3], fortranOrder: false, 0.5, -1, 2));

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(new double[,] { { 0.5 }, { -1 }, { 2 } }));
    }

    [Test]
    public void NByOne_IsAColumn()
    {
        var (values, _) = Read(NpyBytes.Float64([3, 1], fortranOrder: false, 0.5, -1, 2));

        Assert.That(values, Is.EqualTo(new double[,] { { 0.5 }, { -1 }, { 2 } }));
    }

    [Test]
    public void Version2Header_IsRead()
    {
        var data = NpyBytes.Float64([2, 3], fortranOrder: false, 1, 2, 3, 4, 5, 6)[^48..];
        var (values, problems) = Read(NpyBytes.File("<f8", [2, 3], fortranOrder: false, data, majorVersion: 2));

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(OneToSix));
    }

    [TestCase("<i8", "64-bit signed integers")]
    [TestCase(">f8", "big-endian 64-bit floating point")]
    [TestCase("|O", "Python objects")]
    [TestCase("<f2", "16-bit floating point")]
    public void OtherDtypes_AreRejected(string descr, string described)
    {
        var (_, problems) = Read(NpyBytes.File(descr, [2], fortranOrder: false, new byte[16]));

        Assert.That(problems.Single().Message, Does.Contain($"'{descr}'").And.Contain(described).And.Contain("expected '<f8' (float64) or '<f4' (float32)"));
    }

    [Test]
    public void TruncatedBody_SaysExpectedAndActualBytes()
    {
        var bytes = NpyBytes.Float64([2, 3], fortranOrder: false, 1, 2, 3, 4, 5, 6);

        var (_, problems) = Read(bytes[..^8]);

        Assert.That(problems.Single().Message, Does.Contain("truncated body").And.Contain("expected 48 bytes, actual 40"));
    }

    [Test]
    public void ExtraBytesAfterTheData_AreReported()
    {
        var bytes = NpyBytes.Float64([2], fortranOrder: false, 1, 2);

        var (_, problems) = Read([.. bytes, 0, 0, 0, 0]);

        Assert.That(problems.Single().Message, Does.Contain("unexpected bytes after the data").And.Contain("actual 20"));
    }

    [Test]
    public void BadMagic_IsReported()
    {
        var (_, problems) = Read(Encoding.ASCII.GetBytes("1,2,3\n4,5,6\n"));

        Assert.That(problems.Single().Message, Does.Contain("bad magic"));
    }

    [TestCase("{'descr': '<f8', 'fortran_order': False}", "expected exactly the keys")]
    [TestCase("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), ", "bad header")]
    [TestCase("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (2,), }", "Maybe")]
    [TestCase("{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3), }", "non-negative")]
    public void BadHeaders_AreReported(string dict, string expected)
    {
        string header = dict + "\n";
        byte[] bytes = [0x93, .. "NUMPY"u8.ToArray(), 1, 0, (byte)header.Length, 0, .. Encoding.Latin1.GetBytes(header), .. new byte[48]];

        var (_, problems) = Read(bytes);

        Assert.That(problems.Single().Message, Does.Contain(expected));
    }

    [Test]
    public void NonFiniteValues_AreReportedWithTheirIndices()
    {
        var (_, problems) = Read(NpyBytes.Float64([2, 3], fortranOrder: true, 1, 4, double.NaN, 5, 3, double.NegativeInfinity));

        Assert.That(problems.Select(p => p.Location), Is.EqualTo(new[] { "element [0, 1]", "element [1, 2]" }));
        Assert.That(problems[0].Message, Does.Contain("NaN"));
        Assert.That(problems[1].Message, Does.Contain("−∞"));
    }

    [TestCase(new long[] { 3, 0 }, "d = 0")]
    [TestCase(new long[] { 0, 3 }, "no values")]
    [TestCase(new long[] { 2, 2, 2 }, "3-D")]
    [TestCase(new long[0], "scalar")]
    public void UnusableShapes_AreReported(long[] shape, string expected)
    {
        long count = shape.Aggregate(1L, (product, n) => product * n);
        var (_, problems) = Read(NpyBytes.File("<f8", shape, fortranOrder: false, new byte[count * 8]));

        Assert.That(problems.Single().Message, Does.Contain(expected));
    }

    [Test]
    public void EmptyFile_IsReported()
    {
        var (_, problems) = Read([]);

        Assert.That(problems.Single().Message, Does.Contain("empty"));
    }
}

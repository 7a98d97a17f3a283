using System.Text;
using NUnit.Framework;
using Verify.Setup;

namespace Verify.Setup.Tests;

public sealed class CsvMatrixReaderTests : InTempFolder
{
    private (double[,]? Values, List<SetupProblem> Problems) Read(string text) => Read(new UTF8Encoding(false).GetBytes(text));

    private (double[,]? Values, List<SetupProblem> Problems) Read(byte[] bytes)
    {
        string path = Folder.Write("data.csv", bytes);
        var problems = new List<SetupProblem>();
        var matrix = CsvMatrixReader.Read(path, problems);
        Assert.That(matrix is null, Is.EqualTo(problems.Count > 0), "a matrix is returned exactly when there are no problems");
        return (matrix?.ToArray(), problems);
    }

    private static readonly double[,] OneToSix = { { 1, 2, 3 }, { 4, 5, 6 } };

    [TestCase("1,2,3\n4,5,6\n", TestName = "Plain rows with a trailing newline")]
    [TestCase("1,2,3\n4,5,6", TestName = "No trailing newline")]
    [TestCase("1,2,3\r\n4,5,6\r\n", TestName = "CRLF line endings")]
    [TestCase("x1,x2,x3\n1,2,3\n4,5,6\n", TestName = "Header row")]
    [TestCase("\"a\",\"b\",\"c\"\r\n1,2,3\r\n4,5,6", TestName = "Quoted header and CRLF")]
    [TestCase(" 1, 2 ,3\n4 ,5,\t6\n", TestName = "Spaces around values")]
    [TestCase("\"1\",\"2\",\"3\"\n4,5,\"6\"\n", TestName = "Quoted numbers")]
    [TestCase("1.0,2e0,0.3e1\n+4,5.000,60E-1\n\n\n", TestName = "Exponents and trailing blank lines")]
    public void ReadsTheSameMatrix(string text)
    {
        var (values, problems) = Read(text);

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(OneToSix));
    }

    [Test]
    public void Utf8ByteOrderMark_IsAcceptedSilently()
    {
        var (values, problems) = Read([0xEF, 0xBB, 0xBF, .. "a,b,c\n1,2,3\n4,5,6\n"u8.ToArray()]);

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(OneToSix));
    }

    [Test]
    public void ScientificNotationAndNegativeNumbers_AreExact()
    {
        var (values, problems) = Read("-1.5e-3,2.5E+2,-0.1\n1e308,-4.9e-324,0.30000000000000004\n");

        Assert.That(problems, Is.Empty);
        Assert.That(values![0, 0], Is.EqualTo(-0.0015));
        Assert.That(values[0, 1], Is.EqualTo(250.0));
        Assert.That(values[0, 2], Is.EqualTo(-0.1));
        Assert.That(values[1, 0], Is.EqualTo(1e308));
        Assert.That(values[1, 1], Is.EqualTo(-double.Epsilon));
        Assert.That(values[1, 2], Is.EqualTo(0.1 + 0.2));
    }

    [Test]
    public void SingleColumn_IsNByOne()
    {
        var (values, problems) = Read("y\n0.5\n-0.25\n");

        Assert.That(problems, Is.Empty);
        Assert.That(values, Is.EqualTo(new double[,] { { 0.5 }, { -0.25 } }));
    }

    [Test]
    public void RaggedRows_NameTheLinesAndColumnCounts()
    {
        var (_, problems) = Read("a,b,c\n1,2,3\n4,5\n6,7,8,9\n");

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems[0].Location, Is.EqualTo("line 3"));
        Assert.That(problems[0].Message, Does.Contain("2 columns").And.Contain("line 2 has 3"));
        Assert.That(problems[1].Location, Is.EqualTo("line 4"));
        Assert.That(problems[1].Message, Does.Contain("4 columns"));
    }

    [Test]
    public void NonNumericCellsAndNonFiniteValues_AreAllReportedWithLineAndColumn()
    {
        var (_, problems) = Read("1,abc,3\nNaN,5,inf\n7,,1e400\n");

        var byLocation = problems.ToDictionary(p => p.Location, p => p.Message);
        Assert.That(byLocation["line 1, column 2"], Does.Contain("\"abc\" is not a number"));
        Assert.That(byLocation["line 2, column 1"], Does.Contain("NaN"));
        Assert.That(byLocation["line 2, column 3"], Does.Contain("∞"));
        Assert.That(byLocation["line 3, column 2"], Does.Contain("empty cell"));
        Assert.That(byLocation["line 3, column 3"], Does.Contain("overflows"));
        Assert.That(problems, Has.Count.EqualTo(5));
    }

    [Test]
    public void ManyBadValues_AreCappedWithACount()
    {
        var (_, problems) = Read(string.Concat(Enumerable.Repeat("NaN,1\n", 25)));

        Assert.That(problems, Has.Count.EqualTo(11));
        Assert.That(problems[^1].Message, Does.Contain("15 more"));
    }

    [TestCase("1,5;2,3\n4,5;6,7\n")]
    [TestCase("\"1,5\",\"2,3\"\n\"4,5\",\"6,7\"\n")]
    [TestCase("a;b\n1.5;2.5\n")]
    public void DecimalCommasOrSemicolons_AreRecognised(string text)
    {
        var (_, problems) = Read(text);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Message, Does.Contain("looks like decimal commas / semicolons; expected comma-separated values with '.' decimals"));
    }

    [TestCase(new byte[] { 0xFF, 0xFE, (byte)'1', 0, (byte)'\n', 0 }, "FF FE")]
    [TestCase(new byte[] { 0xFE, 0xFF, 0, (byte)'1', 0, (byte)'\n' }, "FE FF")]
    public void Utf16_AsksForUtf8(byte[] bytes, string mark)
    {
        var (_, problems) = Read(bytes);

        Assert.That(problems.Single().Message, Does.Contain("UTF-16").And.Contain(mark).And.Contain("save as UTF-8"));
    }

    [Test]
    public void Latin1Text_IsNotUtf8()
    {
        var (_, problems) = Read([(byte)'1', (byte)',', 0xE9, (byte)'\n']);

        Assert.That(problems.Single().Message, Does.Contain("not valid UTF-8"));
    }

    [TestCase("", "empty")]
    [TestCase("a,b,c\n", "header row")]
    [TestCase("\n\n\n", "d = 0")]
    [TestCase("1,2\n\n3,4\n", "blank line")]
    [TestCase("1,\"2\n", "never closed")]
    public void BrokenFiles_AreReported(string text, string expected)
    {
        var (_, problems) = Read(text);

        Assert.That(problems, Is.Not.Empty);
        Assert.That(problems[0].Message, Does.Contain(expected));
        Assert.That(problems[0].File, Does.EndWith("data.csv"));
    }

    [Test]
    public void MissingFileAndWrongExtension_AreReported()
    {
        var problems = new List<SetupProblem>();

        Assert.That(CsvMatrixReader.Read(Path.Combine(Folder.Path, "nope.csv"), problems), Is.Null);
        Assert.That(CsvMatrixReader.Read(Folder.Write("data.txt", "1,2\n"), problems), Is.Null);
        Assert.That(problems[0].Message, Does.Contain("does not exist"));
        Assert.That(problems[1].Message, Does.Contain("unsupported file type").And.Contain(".txt"));
    }
}

using NUnit.Framework;

namespace Verify.Setup.Tests;

public sealed class DataFileBytesTests : InTempFolder
{
    [Test]
    public void Read_StopsAtTheLimit()
    {
        string path = Folder.Write("x.csv", new string('1', 100));
        var problems = new List<SetupProblem>();

        Assert.That(DataFileBytes.Read(path, "x.csv", "setup.json", "$.data.inputs", problems, limit: 99), Is.Null);
        Assert.That(problems.Single().ToString(), Does.Contain("the file 'x.csv' is too large to read (100 bytes); expected at most 99 bytes"));

        problems.Clear();
        Assert.That(DataFileBytes.Read(path, "x.csv", "setup.json", "$.data.inputs", problems, limit: 100), Has.Length.EqualTo(100));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void ReadLimit_IsAnEighthOfTheAvailableMemory() =>
        Assert.That(DataFileBytes.ReadLimit, Is.EqualTo(Math.Min(Array.MaxLength, StorageLimits.AvailableBytes / 8)));

    [Test]
    public void FileKind_TellsARegularFileFromADevice()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True);
        Assert.That(FileKind.NotRegular(Folder.Write("x.csv", "1")), Is.Null);
        Assert.That(FileKind.NotRegular("/dev/null"), Is.EqualTo("a character device"));
    }

    [Test]
    public void SetupFileLargerThanTheCap_IsRefusedUnread()
    {
        string path = Folder.Write("setup.json", new byte[SetupJson.MaxBytes + 1]);

        var problems = Assert.Throws<SetupException>(() => SetupLoader.Load(path, []))!.Problems;

        Assert.That(problems.Single().Message, Does.StartWith($"the setup file is too large to be one ({SetupJson.MaxBytes + 1} bytes)"));
    }
}

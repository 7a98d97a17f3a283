using NUnit.Framework;

namespace Verify.Setup.Tests;

/// <summary>A fixture whose every test gets a fresh <see cref="TempFolder"/> (NUnit runs this SetUp before a derived one).</summary>
public abstract class InTempFolder
{
    protected TempFolder Folder { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => Folder.Dispose();
}

using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3LibraryTests
{
    [SetUp]
    public void RequireZ3() => Z3Requirement.Ensure();

    [Test]
    public void ReportsTheFullVersionOfTheLoadedLibrary()
    {
        TestContext.Out.WriteLine($"Z3 {Z3Library.FullVersion} from {Z3Library.LibraryPath}");

        Assert.That(Z3Library.LoadError, Is.Null);
        Assert.That(Z3Library.FullVersion, Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(File.Exists(Z3Library.LibraryPath), Is.True, Z3Library.LibraryPath);
    }

    [Test]
    public void VersionAgreesWithZ3sOwnAnswerAndTheInstalledDebianPackage()
    {
        using var session = new Z3Session();
        string version = session.Evaluate("(get-info :version)");
        string[] parts = Z3Library.FullVersion.Split('.');
        Assert.That(version, Does.Contain($"{parts[0]}.{parts[1]}.{parts[2]}"));

        // Where libz3-4 is a Debian package (this project's machines: 4.8.12, e.g. "4.8.12-3.1"), its version must
        // be the one the library reports; elsewhere the check against Z3's own answer above is all there is.
        string? debianVersion = DebianPackageVersion("libz3-4");
        if (debianVersion is not null)
        {
            Assert.That(debianVersion, Does.StartWith($"{parts[0]}.{parts[1]}.{parts[2]}"));
        }
    }

    private static string? DebianPackageVersion(string package)
    {
        const string status = "/var/lib/dpkg/status";
        if (!File.Exists(status))
        {
            return null;
        }

        bool inPackage = false;
        foreach (string line in File.ReadLines(status))
        {
            if (line.StartsWith("Package: ", StringComparison.Ordinal))
            {
                inPackage = line == $"Package: {package}";
            }
            else if (inPackage && line.StartsWith("Version: ", StringComparison.Ordinal))
            {
                return line["Version: ".Length..];
            }
        }

        return null;
    }
}

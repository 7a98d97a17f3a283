using NUnit.Framework;

namespace Verify.Symbolic.Tests;

[TestFixture]
public sealed class Z3LoaderTests
{
    [Test]
    public void AMissingLibraryIsAnErrorThatSaysWhatToInstall()
    {
        var outcome = Z3Loader.Load(["libz3-does-not-exist.so.99", "/nonexistent/libz3.so.4"]);

        Assert.That(outcome.Api, Is.Null);
        Assert.That(outcome.Error, Does.Contain("install libz3-4 (scripts/setup.sh)"));
        Assert.That(outcome.Error, Does.Contain("libz3-does-not-exist.so.99"));
    }

    [Test]
    public void ALibraryWithoutZ3sEntryPointsIsAnErrorThatSaysWhatToInstall()
    {
        // libc is loadable but is not Z3.
        var outcome = Z3Loader.Load(["libc.so.6"]);
        if (outcome.LibraryPath.Length == 0)
        {
            Assert.Ignore("libc.so.6 is not loadable here.");
        }

        Assert.That(outcome.Api, Is.Null);
        Assert.That(outcome.Error, Does.Contain("Z3_mk_config").And.Contain("install libz3-4"));
    }
}

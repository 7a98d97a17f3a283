using NUnit.Framework;

namespace Verify.Cli.Tests;

public sealed class DoctorTests
{
    [Test]
    public void Doctor_ListsBackendsZ3AndCpuFeatures()
    {
        var output = new StringWriter();
        int code = VerifyCli.Run(["doctor"], output, new StringWriter());
        string text = output.ToString();

        Assert.That(text, Does.Contain("mkl").And.Contain("openblas").And.Contain("managed").And.Contain("Z3").And.Contain("AVX-512F"));
        Assert.That(text, Does.Contain("auto order for CPU vendor ").And.Not.Contain(" on a "), "no 'on a AuthenticAMD CPU'");
        if (Environment.GetEnvironmentVariable("CI") is not null)
        {
            // CI installs MKL, OpenBLAS and Z3 (scripts/setup.sh): doctor must be satisfied there.
            Assert.That(code, Is.EqualTo(0), text);
            Assert.That(text, Does.Contain("4.8"));
        }
        else
        {
            Assert.That(code, Is.EqualTo(text.Contains("PROBLEM") ? 1 : 0), text);
        }
    }
}

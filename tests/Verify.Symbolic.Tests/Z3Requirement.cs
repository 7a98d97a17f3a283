using NUnit.Framework;

namespace Verify.Symbolic.Tests;

/// <summary>
/// Gate for tests that need Z3: when the library is missing they are Ignored with the load error, except on
/// CI (environment variable <c>CI</c> set), where a missing Z3 is a failure.
/// </summary>
internal static class Z3Requirement
{
    public static void Ensure()
    {
        if (Z3Library.IsAvailable)
        {
            return;
        }

        string reason = Z3Library.LoadError ?? "Z3 is not available.";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"CI is set, so Z3 must load: {reason}");
        }

        Assert.Ignore(reason);
    }
}

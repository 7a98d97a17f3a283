using NUnit.Framework;
using Verify.Numerics;

namespace Verify.Training.Tests;

/// <summary>
/// Backends for parameterised tests, as in Verify.Numerics.Tests: a native backend that does not load fails the test
/// when the environment variable CI is set, and otherwise reports it Ignored with the loader's reason.
/// </summary>
internal static class TestBackends
{
    public static readonly BackendKind[] All = [BackendKind.Mkl, BackendKind.OpenBlas, BackendKind.Managed];

    public static ILinearAlgebraBackend Managed => Backends.Load(BackendChoice.Managed);

    public static ILinearAlgebraBackend Require(BackendKind kind)
    {
        var probe = Backends.ProbeAll().Single(p => p.Kind == kind);
        if (!probe.IsAvailable)
        {
            var reason = $"{kind} backend not available: {probe.Error ?? "unknown error"}";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail("CI is set, so every native backend must load. " + reason);
            }

            Assert.Ignore(reason);
        }

        return Backends.Load(kind switch
        {
            BackendKind.Mkl => BackendChoice.Mkl,
            BackendKind.OpenBlas => BackendChoice.OpenBlas,
            _ => BackendChoice.Managed,
        });
    }
}

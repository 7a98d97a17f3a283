using NUnit.Framework;
using Verify.Numerics;

namespace Verify.Tests.Shared;

/// <summary>
/// Backends for parameterised tests (linked into the Numerics and Training tests). A native backend that does not load
/// fails the test when the environment variable CI is set, and otherwise reports it Ignored with the loader's reason — never a silent pass.
/// </summary>
internal static class TestBackends
{
    public static readonly BackendKind[] Native = [BackendKind.Mkl, BackendKind.OpenBlas];

    public static readonly BackendKind[] All = [BackendKind.Mkl, BackendKind.OpenBlas, BackendKind.Managed];

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static ILinearAlgebraBackend Managed => Backends.Load(BackendChoice.Managed);

    public static ILinearAlgebraBackend Require(BackendKind kind)
    {
        var probe = Backends.ProbeAll().Single(p => p.Kind == kind);
        if (probe.IsAvailable)
        {
            return Backends.Load(kind switch
            {
                BackendKind.Mkl => BackendChoice.Mkl,
                BackendKind.OpenBlas => BackendChoice.OpenBlas,
                _ => BackendChoice.Managed,
            });
        }

        SkipOrFail(kind, probe.Error ?? "unknown error", IsCi);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Fails (CI) or ignores (local run) a test whose backend did not load, always with the loader's reason.</summary>
    public static void SkipOrFail(BackendKind kind, string error, bool isCi)
    {
        var reason = $"{kind} backend not available: {error}";
        if (isCi)
        {
            Assert.Fail("CI is set, so every native backend must load. " + reason);
        }

        Assert.Ignore(reason);
    }
}

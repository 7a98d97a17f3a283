using System.Runtime.Intrinsics.X86;
using NUnit.Framework;

namespace Verify.Numerics.Tests;

[NonParallelizable]
public sealed class BackendLoadingTests
{
    [Test]
    public void OnCiBothNativeBackendsLoad()
    {
        var missing = Backends.ProbeAll().Where(p => p.Kind != BackendKind.Managed && !p.IsAvailable).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reasons = string.Join(Environment.NewLine, missing.Select(p => $"{p.Kind}: {p.Error}"));
        if (TestBackends.IsCi)
        {
            Assert.Fail("CI is set, so MKL and OpenBLAS must both load:" + Environment.NewLine + reasons);
        }

        Assert.Ignore("CI is not set; native backends missing here:" + Environment.NewLine + reasons);
    }

    [Test]
    public void LocallyAMissingBackendIsIgnoredWithItsReason()
    {
        var e = Assert.Throws<IgnoreException>(
            () => TestBackends.SkipOrFail(BackendKind.Mkl, "libmkl_rt.so: cannot open shared object file", isCi: false));

        Assert.That(e!.Message, Does.Contain("Mkl backend not available").And.Contain("cannot open shared object file"));
    }

    [Test]
    public void ProbeReportsEveryKindWithADescriptionOrAnError()
    {
        var probes = Backends.ProbeAll();

        Assert.That(probes.Select(p => p.Kind), Is.EqualTo(Enum.GetValues<BackendKind>()));
        foreach (var probe in probes)
        {
            Assert.That(probe.Description is null, Is.Not.EqualTo(probe.Error is null), probe.Kind.ToString());
            if (probe.Description is { } d)
            {
                Assert.That(d.Kind, Is.EqualTo(probe.Kind));
                Assert.That(d.Version, Is.Not.Empty);
                Assert.That(d.Threads, Is.GreaterThanOrEqualTo(1));
                TestContext.Out.WriteLine($"{d.Kind}: {d.Name} | {d.Version} | {d.LibraryPath} | threads {d.Threads}");
            }
            else
            {
                TestContext.Out.WriteLine($"{probe.Kind}: {probe.Error}");
            }
        }

        Assert.That(probes.Single(p => p.Kind == BackendKind.Managed).IsAvailable, Is.True);
    }

    [Test]
    public void LoadingIsCachedPerKind(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var first = TestBackends.Require(kind);
        Assert.That(TestBackends.Require(kind), Is.SameAs(first));
    }

    [Test]
    public void NativeDescriptionNamesTheLibraryFile(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var description = TestBackends.Require(kind).Description;

        Assert.That(description.LibraryPath, Is.Not.Null);
        Assert.That(File.Exists(description.LibraryPath), Is.True, description.LibraryPath);
        Assert.That(description.Version, Does.Contain(kind == BackendKind.Mkl ? "Intel" : "OpenBLAS"));
    }

    [Test]
    public void OpenBlasUsesSkylakeXKernelsOnAvx512()
    {
        var description = TestBackends.Require(BackendKind.OpenBlas).Description;
        if (!Avx512F.IsSupported)
        {
            Assert.Ignore("This CPU has no AVX-512.");
        }

        // The loader sets OPENBLAS_CORETYPE=SkylakeX unless the user chose a core type; either way OpenBLAS must
        // report the core type that is in the native environment.
        var coreType = LibC.GetEnvironmentVariable(OpenBlasLoader.CoreTypeVariable);
        Assert.That(coreType, Is.Not.Null);
        Assert.That(description.Version, Does.Contain(coreType).IgnoreCase);
    }

    [Test]
    public void MissingMklNamesTheDebianPackageAndSetupScript()
    {
        var e = Assert.Throws<BackendUnavailableException>(
            () => Backends.LoadFrom(BackendKind.Mkl, ["/nonexistent/libmkl_rt.so"]));

        Assert.That(e!.Kind, Is.EqualTo(BackendKind.Mkl));
        Assert.That(e.Message, Does.Contain("libmkl-rt").And.Contain("non-free").And.Contain("scripts/setup.sh"));
        Assert.That(e.Message, Does.Contain("/nonexistent/libmkl_rt.so"), "the message says what failed");
    }

    [Test]
    public void MissingOpenBlasNamesTheDebianPackage()
    {
        var e = Assert.Throws<BackendUnavailableException>(
            () => Backends.LoadFrom(BackendKind.OpenBlas, ["/nonexistent/libopenblas.so.0"]));

        Assert.That(e!.Kind, Is.EqualTo(BackendKind.OpenBlas));
        Assert.That(e.Message, Does.Contain("libopenblas0-pthread"));
        Assert.That(e.Message, Does.Contain("/nonexistent/libopenblas.so.0"));
    }

    [Test]
    public void EnvironmentVariableOverridesAuto()
    {
        var saved = Environment.GetEnvironmentVariable(Backends.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, "Managed");
            Assert.That(Backends.Load(BackendChoice.Auto).Description.Kind, Is.EqualTo(BackendKind.Managed));

            Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, "gpu");
            var e = Assert.Throws<ArgumentException>(() => Backends.Load(BackendChoice.Auto));
            Assert.That(e!.Message, Does.Contain(Backends.EnvironmentVariable).And.Contain("auto, mkl, openblas, managed"));

            Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, null);
            var available = Backends.ProbeAll().Where(p => p.IsAvailable).Select(p => p.Kind).ToHashSet();
            var best = Backends.AutoOrder.First(available.Contains);
            Assert.That(Backends.Load(BackendChoice.Auto).Description.Kind, Is.EqualTo(best), "auto takes the first of AutoOrder that loads");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, saved);
        }
    }

    [Test]
    public void ForcedChoiceLoadsThatKind(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        Assert.That(TestBackends.Require(kind).Description.Kind, Is.EqualTo(kind));
    }

    [Test]
    public void ThreadsCanBeSetAndRestored(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.All))] BackendKind kind)
    {
        var backend = TestBackends.Require(kind);
        var original = backend.Threads;
        try
        {
            backend.Threads = 1;
            Assert.That(backend.Threads, Is.EqualTo(1));
            Assert.Throws<ArgumentOutOfRangeException>(() => backend.Threads = 0);
        }
        finally
        {
            backend.Threads = original;
        }

        Assert.That(backend.Threads, Is.EqualTo(original));
    }

    [Test]
    public void AutoOrderFollowsTheCpuVendorInProcCpuinfo()
    {
        var vendorLine = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("vendor_id", StringComparison.Ordinal));
        Assume.That(vendorLine, Is.Not.Null, "no vendor_id in /proc/cpuinfo (not x86 Linux)");
        var vendor = vendorLine![(vendorLine!.IndexOf(':') + 1)..].Trim();

        Assert.That(Backends.CpuVendorName, Is.EqualTo(vendor));
        var first = vendor == "GenuineIntel" ? BackendKind.Mkl : BackendKind.OpenBlas;
        Assert.That(Backends.AutoOrder, Is.EqualTo(new[] { first, first == BackendKind.Mkl ? BackendKind.OpenBlas : BackendKind.Mkl, BackendKind.Managed }));
    }
}

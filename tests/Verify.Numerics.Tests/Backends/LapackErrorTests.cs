using NUnit.Framework;

namespace Verify.Numerics.Tests;

public sealed unsafe class LapackErrorTests
{
    [Test]
    public void IllegalArgumentNamesRoutineAndArgument(
        [ValueSource(typeof(TestBackends), nameof(TestBackends.Native))] BackendKind kind)
    {
        var backend = (NativeBackend)TestBackends.Require(kind);
        var a = new double[9];

        // LDA = 1 < N = 3 is illegal: dpotrf reports INFO = −4 (the library also prints its own xerbla line).
        var e = Assert.Throws<LapackException>(() =>
        {
            fixed (double* pa = a)
            {
                backend.Lapack.Dpotrf(3, pa, 1);
            }
        });

        Assert.That(e!.Routine, Is.EqualTo("dpotrf"));
        Assert.That(e.Info, Is.EqualTo(-4));
        Assert.That(e.Message, Does.Contain("dpotrf").And.Contain("argument 4 (LDA)"));
    }

    [Test]
    public void NoConvergenceNamesTheRoutine()
    {
        var e = Assert.Throws<LapackException>(() => LapackRoutine.Dgesdd.ThrowIfFailed(2));

        Assert.That(e!.Message, Does.Contain("dgesdd").And.Contain("converge"));
        Assert.That(e.Info, Is.EqualTo(2));
    }
}
